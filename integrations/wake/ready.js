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
// Kept small: it is inlined into every page with an island.

/** @type {import('astro').ClientDirective} */
export default (load, options, el) => {
  const on = (/** @type {string} */ type, /** @type {(e: Event) => void} */ f) => el.addEventListener(type, f, true);
  const off = (/** @type {string} */ type, /** @type {(e: Event) => void} */ f) => el.removeEventListener(type, f, true);
  const touches = ['pointerdown', 'focusin', 'keydown', 'click'];
  /** @type {HTMLElement[]} */
  const clicks = [];
  let woken = false;
  let cancel = () => {};

  /** Holds clicks on buttons and form submits until the island is awake. */
  const hold = (/** @type {Event} */ e) => {
    const button = e.type == 'click' && e.target instanceof Element ? e.target.closest('button,input[type=submit]') : null;
    if (e.type == 'submit' || button) {
      e.preventDefault();
      e.stopPropagation();
      if (button instanceof HTMLElement && !clicks.includes(button)) clicks.push(button);
    }
  };

  const wake = async () => {
    if (woken) return;
    woken = true;
    cancel();
    touches.forEach((t) => off(t, wake));
    const hydrate = await load();
    /** @type {[HTMLInputElement, string, boolean][]} */
    const changed = [];
    el.querySelectorAll('input,textarea,select').forEach((node) => {
      const c = /** @type {HTMLInputElement} */ (node);
      const toggle = c.type == 'checkbox' || c.type == 'radio';
      const select = c instanceof HTMLSelectElement && [...c.options].some((o) => o.selected != o.defaultSelected);
      if (select || (toggle ? c.checked != c.defaultChecked : c.value != c.defaultValue)) changed.push([c, c.value, c.checked]);
    });
    try {
      await hydrate();
    } finally {
      off('click', hold);
      off('submit', hold);
    }
    for (const [c, value, checked] of changed) {
      if (!c.isConnected) continue;
      if (c.type == 'checkbox' || c.type == 'radio') c.checked = checked;
      else c.value = value;
      c.dispatchEvent(new Event('input', { bubbles: true }));
      c.dispatchEvent(new Event('change', { bubbles: true }));
    }
    // Let the island render what those events changed before the held clicks use it.
    if (clicks.length) await new Promise((r) => setTimeout(r));
    clicks.forEach((b) => b.isConnected && el.contains(b) && b.click());
    const focused = document.activeElement;
    if (focused != el && el.contains(focused)) focused?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  };

  on('click', hold);
  on('submit', hold);
  touches.forEach((t) => on(t, wake));
  // Focus that arrived before this script ran (a fast Tab) counts as a touch.
  if (el.contains(document.activeElement)) return void wake();
  if (options.value == 'visible') {
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && wake(), { rootMargin: '50% 0px' });
    [...el.children].forEach((child) => io.observe(child));
    cancel = () => io.disconnect();
  } else {
    const id = (self.requestIdleCallback || setTimeout)(wake, { timeout: 1000 });
    cancel = () => (self.cancelIdleCallback || clearTimeout)(id);
  }
};
