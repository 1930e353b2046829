// @ts-check
// client:ready — rendered on the server; taken over when the browser is idle (or, with
// client:ready="visible", when the island comes near the screen), or at once on the
// first touch: pointerdown, focusin, keydown or click inside the island. Nothing the
// visitor did before the island woke up is lost:
//   - clicks on buttons are held (no native form submit, no lost click) and clicked
//     again once the island's handlers are there;
//   - form controls whose value or checked state differs from the server's default keep
//     it (hydration may reset a textarea) and get an `input` and a `change` event after
//     hydration, so the island's own handlers take them into its state (a ticked box, a
//     chosen radio, typed text);
//   - focus inside the island gets a `focusin` again, for handlers that react to it.
// Islands need no code of their own for this: they render on the server as a new
// visitor sees them, and handle input and change events as usual.

/** Events that mean the visitor is about to use the island. */
const WAKE_EVENTS = ['pointerdown', 'focusin', 'keydown', 'click'];

/** A click the island's handlers should get, not the browser's default action. */
const heldClick = (/** @type {EventTarget | null} */ target) =>
  target instanceof Element ? target.closest('button, input[type="submit"], input[type="button"]') : null;

/**
 * The form controls the visitor changed in the server's markup: each with its value or
 * checked state, taken just before hydration (which may reset a textarea's value).
 * @param {Element} el
 */
function changedControls(el) {
  /** @type {{ control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string, checked: boolean }[]} */
  const changed = [];
  for (const control of el.querySelectorAll('input, textarea, select')) {
    if (control instanceof HTMLInputElement) {
      const toggle = control.type === 'checkbox' || control.type === 'radio';
      if (toggle ? control.checked !== control.defaultChecked : control.value !== control.defaultValue) {
        changed.push({ control, value: control.value, checked: control.checked });
      }
    } else if (control instanceof HTMLTextAreaElement) {
      if (control.value !== control.defaultValue) changed.push({ control, value: control.value, checked: false });
    } else if (control instanceof HTMLSelectElement) {
      if ([...control.options].some((o) => o.selected !== o.defaultSelected)) {
        changed.push({ control, value: control.value, checked: false });
      }
    }
  }
  return changed;
}

/**
 * Puts the visitor's changes back where hydration undid them, and tells the island's
 * handlers about each with an input and a change event.
 * @param {ReturnType<typeof changedControls>} changed
 */
function replayControls(changed) {
  for (const { control, value, checked } of changed) {
    if (!control.isConnected) continue;
    if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) {
      control.checked = checked;
    } else {
      control.value = value;
    }
    control.dispatchEvent(new Event('input', { bubbles: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

/** @type {import('astro').ClientDirective} */
export default function ready(load, options, el) {
  /** @type {Element[]} */
  const clicks = [];
  let woken = false;
  let cancel = () => {};

  /** Held until the island is awake: clicks on buttons, and form submits. */
  const hold = (/** @type {Event} */ event) => {
    const target = event.type === 'submit' ? null : heldClick(event.target);
    if (event.type === 'submit' || target) {
      event.preventDefault();
      event.stopPropagation();
      if (target && !clicks.includes(target)) clicks.push(target);
    }
  };

  const wake = async () => {
    if (woken) return;
    woken = true;
    cancel();
    for (const type of WAKE_EVENTS) el.removeEventListener(type, wake, true);
    /** @type {ReturnType<typeof changedControls>} */
    let changed = [];
    try {
      const hydrate = await load();
      changed = changedControls(el);
      await hydrate();
    } finally {
      el.removeEventListener('click', hold, true);
      el.removeEventListener('submit', hold, true);
    }
    replayControls(changed);
    // Let the island render what those events changed before the held clicks use it.
    if (clicks.length > 0) await new Promise((resolve) => setTimeout(resolve));
    for (const target of clicks) {
      if (target.isConnected && el.contains(target) && target instanceof HTMLElement) target.click();
    }
    const focused = document.activeElement;
    if (focused && focused !== el && el.contains(focused)) {
      focused.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    }
  };

  el.addEventListener('click', hold, true);
  el.addEventListener('submit', hold, true);
  for (const type of WAKE_EVENTS) el.addEventListener(type, wake, true);
  // Focus that arrived before this script ran (a fast Tab) counts as a touch.
  if (el.contains(document.activeElement)) {
    void wake();
    return;
  }

  if (options.value === 'visible') {
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void wake();
      },
      { rootMargin: '50% 0px' },
    );
    for (const child of el.children) io.observe(child);
    cancel = () => io.disconnect();
  } else if ('requestIdleCallback' in window) {
    const id = requestIdleCallback(() => void wake(), { timeout: 1000 });
    cancel = () => cancelIdleCallback(id);
  } else {
    const id = setTimeout(() => void wake(), 200);
    cancel = () => clearTimeout(id);
  }
}
