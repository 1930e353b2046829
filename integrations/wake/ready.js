// client:ready — rendered on the server; taken over when the browser is idle (or, with
// client:ready="visible", when the island comes near the screen), or at once on the
// first touch: pointerdown, focusin, keydown or click inside the island. Nothing the
// visitor did before the island woke up is lost:
//   - clicks on buttons (and form submits) are held, so no native submit happens, and
//     clicked again once the island has hydrated and rendered the state below;
//   - form controls whose value or checked state differs from the server's default
//     keep it (hydration may reset a textarea) and get an `input` and a `change` event
//     after hydration, so the island's own handlers take them into its state;
//   - focus inside the island gets a `focusin` again.
// Islands need no code of their own for this: they render on the server as a new
// visitor sees them, and handle input, change and click events as usual.
// Kept small on purpose: Astro inlines it into every page with an island, and it
// counts toward the tool pages' JS budget.

/** @type {import('astro').ClientDirective} */
export default (load, options, el) => {
  const listen = (/** @type {string[]} */ types, /** @type {(e: Event) => void} */ f, on = true) =>
    types.forEach((t) => (on ? el.addEventListener : el.removeEventListener).call(el, t, f, true));
  const touches = ['pointerdown', 'focusin', 'keydown', 'click'];
  const held = ['click', 'submit'];
  /** @type {Set<HTMLElement>} */
  const clicks = new Set();
  let cancel = () => {};

  /** Holds clicks on buttons and form submits until the island is awake. */
  const hold = (/** @type {Event} */ e) => {
    const button = e.type == 'click' && /** @type {Element} */ (e.target).closest?.('button,[type=submit]');
    if (e.type == 'submit' || button) {
      e.preventDefault();
      e.stopPropagation();
      if (button) clicks.add(/** @type {HTMLElement} */ (button));
    }
  };

  const wake = async () => {
    cancel();
    cancel = () => {};
    listen(touches, wake, false);
    const hydrate = await load();
    /** @type {[any, string, boolean][]} */
    const changed = [];
    el.querySelectorAll('input,textarea,select').forEach((/** @type {any} */ c) => {
      const moved = c.options
        ? [...c.options].some((o) => o.selected != o.defaultSelected)
        : /radio|checkbox/.test(c.type)
          ? c.checked != c.defaultChecked
          : c.value != c.defaultValue;
      if (moved) changed.push([c, c.value, c.checked]);
    });
    try {
      await hydrate();
    } finally {
      listen(held, hold, false);
    }
    for (const [c, value, checked] of changed) {
      if (!c.isConnected) continue;
      if (/radio|checkbox/.test(c.type)) c.checked = checked;
      else c.value = value;
      for (const type of ['input', 'change']) c.dispatchEvent(new Event(type, { bubbles: true }));
    }
    // Let the island render what those events changed before the held clicks use it.
    if (clicks.size) await new Promise((r) => setTimeout(r));
    clicks.forEach((b) => el.contains(b) && b.click());
    const focused = document.activeElement;
    if (focused != el && el.contains(focused)) focused?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  };

  listen(held, hold);
  listen(touches, wake);
  // Focus that arrived before this script ran (a fast Tab) counts as a touch.
  if (el.contains(document.activeElement)) return void wake();
  if (options.value == 'visible') {
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && wake(), { rootMargin: '50% 0px' });
    [...el.children].forEach((child) => io.observe(child));
    cancel = () => io.disconnect();
  } else if (self.requestIdleCallback) {
    const id = requestIdleCallback(wake, { timeout: 1000 });
    cancel = () => cancelIdleCallback(id);
  } else {
    // Safari has no requestIdleCallback: wake shortly after load instead.
    const id = setTimeout(wake, 200);
    cancel = () => clearTimeout(id);
  }
};
