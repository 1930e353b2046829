// The article's text as one string, and the way back from an offset in it to the DOM.
// Anchoring (src/lib/annotations/anchor.ts) works on the string; this file turns a
// selection into offsets and offsets into <mark> elements.

/**
 * Parts of the article that are not the study's text: controls, islands, our own UI, and
 * a term's explanation (a popover). The term itself is a button in the running text and
 * counts as text.
 */
const SKIP =
  'button:not(.begrip-tip__knop),input,textarea,select,script,style,template,svg,astro-island,nav,[popover],.stellingen,[data-annotations-ignore]';

export interface TextMap {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node starts. */
  starts: number[];
}

export function buildTextMap(root: Element): TextMap {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.TEXT_NODE
        ? NodeFilter.FILTER_ACCEPT
        : (node as Element).matches(SKIP)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    nodes.push(text);
    starts.push(length);
    parts.push(text.data);
    length += text.data.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/** Index of the last node that starts at or before `offset`. */
function nodeAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** True when `node` comes at or after the boundary just before `child`. */
function atOrAfter(child: Node, node: Node): boolean {
  return (
    child === node ||
    child.contains(node) ||
    Boolean(child.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)
  );
}

/** The text offset of a DOM boundary point (a selection's start or end). */
export function offsetOf(map: TextMap, container: Node, offset: number): number {
  if (container.nodeType === Node.TEXT_NODE) {
    const i = map.nodes.indexOf(container as Text);
    if (i !== -1) return map.starts[i]! + offset;
  }
  // An element boundary, or a text node we skip: the first mapped text at or after it.
  const child = container.nodeType === Node.TEXT_NODE ? null : container.childNodes[offset];
  const follows = child
    ? (n: Node) => atOrAfter(child, n)
    : (n: Node) =>
        !container.contains(n) &&
        Boolean(container.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING);
  let lo = 0;
  let hi = map.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (follows(map.nodes[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo < map.nodes.length ? map.starts[lo]! : map.text.length;
}

/**
 * Wraps text[start, end) in elements made by `make`, one per text node it crosses.
 * Spans must be wrapped from the last to the first (later offsets first): splitting a
 * node keeps its first part in place, so the map stays right for every earlier span.
 * Returns the elements in text order.
 */
export function wrapSpan(
  map: TextMap,
  start: number,
  end: number,
  make: () => HTMLElement,
): HTMLElement[] {
  const made: HTMLElement[] = [];
  if (end <= start || map.nodes.length === 0) return made;
  for (let i = nodeAt(map, end - 1); i >= 0; i--) {
    const node = map.nodes[i]!;
    const nodeStart = map.starts[i]!;
    if (nodeStart + node.data.length <= start) break;
    const from = Math.max(0, start - nodeStart);
    const to = Math.min(node.data.length, end - nodeStart);
    if (to <= from) continue;
    // Whitespace between blocks (a list's indentation) cannot hold a <mark>.
    if (!node.data.slice(from, to).trim()) continue;
    if (to < node.data.length) node.splitText(to);
    const target = from > 0 ? node.splitText(from) : node;
    const el = make();
    target.parentNode!.insertBefore(el, target);
    el.append(target);
    made.unshift(el);
  }
  return made;
}

/** Removes every mark made by wrapSpan under root, leaving the text as it was. */
export function unwrapAll(root: Element, selector: string): void {
  const parents = new Set<Node>();
  for (const el of root.querySelectorAll(selector)) {
    const parent = el.parentNode!;
    parents.add(parent);
    el.replaceWith(...el.childNodes);
  }
  for (const p of parents) p.normalize();
}
