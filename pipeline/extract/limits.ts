/**
 * Structural budgets of the extract stage: what keeps a page's cost roughly
 * linear in its size. Readability (and the fallbacks) read, for every block,
 * the text and tags of its whole subtree, so their cost grows with the sum of
 * the depths of the nodes: quadratic on deeply nested markup (12,500 nested
 * divs took 5.5 s, 50,000 took 72 s). Below the depth cap the markup is
 * dropped and only its text is kept, so every walk above it costs at most
 * MAX_DOM_DEPTH times the page.
 *
 * The wall-clock deadline that bounds everything else lives with the threads
 * that run extraction (runtime/cpu-pool.ts).
 */
import { ELEMENT_NODE, TEXT_NODE, toArray, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { BLOCK_TAGS } from './paragraphs.js';

/**
 * Deepest element kept as markup. News pages of the extraction dev set reach
 * 18 at the median and 32 at the 99th percentile; one reaches 138 through
 * unclosed tags, and its story lies along that chain: a cap of 64 cut its text
 * by a third. Readability reads the text of every ancestor of a block, so a
 * chain this deep costs this many times its text: linear, with a constant that
 * the extraction deadline bounds (Chromium's parser stops nesting at 512).
 */
export const MAX_DOM_DEPTH = 256;

/** Elements whose start and end separate paragraphs when a subtree is flattened: the paragraph blocks, and line breaks and forms, which split text on a page too. */
const FLATTEN_BREAK_TAGS: ReadonlySet<string> = new Set([...BLOCK_TAGS, 'br', 'form']);

/** Below this many characters a flattened piece of text is joined to the next rather than made a paragraph. */
const FLAT_PARAGRAPH_MIN_CHARS = 200;

/**
 * Replaces the content of every element at depth `maxDepth` that still holds
 * elements by flat paragraphs: the text below it, in order, cut where a block
 * element starts or ends (short pieces joined). Returns how many elements were flattened (0 on any
 * sane page). Iterative: a recursive walk would overflow the stack on the very
 * pages this exists for.
 */
export function capDomDepth(doc: DomDocument, maxDepth: number = MAX_DOM_DEPTH): number {
  let flattened = 0;
  const stack: Array<{ node: DomElement; depth: number }> = [{ node: doc.documentElement, depth: 1 }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { node, depth } = top;
    if (depth >= maxDepth) {
      if (hasElementChild(node)) {
        flattenInto(doc, node);
        flattened++;
      }
      continue;
    }
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === ELEMENT_NODE) stack.push({ node: child as DomElement, depth: depth + 1 });
    }
  }
  return flattened;
}

/**
 * True when `capDomDepth` has something to flatten: an element of `all` (every
 * element of the page in document order, elementsOf) or of a <template>'s
 * contents, which that list leaves out, lies deeper than `maxDepth`. False
 * means the cap would leave the page as it is, and its walk over every node
 * (about 3% of extracting a dev-set page) is skipped. The depths come from the
 * order alone: the ancestors of the element in hand are the stack of open
 * elements. `baseDepth`: the depth of the element whose contents `all` lists.
 */
export function mayExceedDepth(all: readonly DomElement[], maxDepth: number = MAX_DOM_DEPTH, baseDepth = 0): boolean {
  const open: DomNode[] = [];
  for (const el of all) {
    const parent = el.parentNode;
    while (open.length > 0 && open[open.length - 1] !== parent) open.pop();
    const depth = baseDepth + open.push(el);
    if (depth > maxDepth) return true;
    if (el.localName === 'template' && mayExceedDepth(toArray(el.querySelectorAll('*')), maxDepth, depth)) return true;
  }
  return false;
}

function hasElementChild(node: DomNode): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === ELEMENT_NODE) return true;
  return false;
}

/** The paragraphs of `root`'s subtree, in document order, then those paragraphs as its only children. */
function flattenInto(doc: DomDocument, root: DomElement): void {
  const paragraphs: string[] = [];
  let current = '';
  // Short pieces join the next one: a deep chain of tiny blocks must not become as many paragraphs.
  const cut = (): void => {
    if (current.length >= FLAT_PARAGRAPH_MIN_CHARS) {
      // Checked once a paragraph, so the walk stays linear.
      if (/\S/.test(current)) paragraphs.push(current);
      current = '';
    } else if (current !== '' && !current.endsWith(' ')) {
      current += ' ';
    }
  };
  // Walks by sibling and parent links: no recursion, no child arrays.
  let node: DomNode | null = root.firstChild;
  while (node && node !== root) {
    const block = node.nodeType === ELEMENT_NODE && FLATTEN_BREAK_TAGS.has((node as DomElement).localName);
    if (node.nodeType === TEXT_NODE) current += node.textContent ?? '';
    if (block) cut();
    if (node.nodeType === ELEMENT_NODE && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === ELEMENT_NODE && FLATTEN_BREAK_TAGS.has((node as DomElement).localName)) cut();
    }
    if (node && node !== root) node = node.nextSibling;
  }
  if (/\S/.test(current)) paragraphs.push(current);
  root.textContent = '';
  for (const text of paragraphs) {
    const p = doc.createElement('p');
    p.textContent = text;
    root.appendChild(p);
  }
}
