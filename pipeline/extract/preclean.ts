/**
 * Removes page chrome before Readability sees the page: scripts and widgets by
 * tag, hidden elements, blocks named as boilerplate by class/id words, and
 * blocks headed by a boilerplate label ("Related Posts", "Also read").
 *
 * Invariant: the content root (the element holding most paragraph text) and its
 * ancestors are never removed, nor <article>, <main>, <body>, <html>, nor any
 * element holding more than PROTECT_TEXT_SHARE of the paragraph text.
 */
import { hasBoilerplateAttributes, hasWeakBoilerplateClass, isBoilerplateLabel, labelKey } from './classify.js';
import { DROP_TAGS, LABEL_BLOCK_EXTRA_CHARS, PROTECT_TEXT_SHARE, REFERENCE_LIST_LABEL } from './constants.js';
import { findContentRoot, paragraphChars, type ContentRoot } from './content-root.js';
import {
  classOf,
  DomTexts,
  elementsOf,
  linkDensity,
  linkTextLength,
  solidTextSizes,
  tagOf,
  toArray,
  type DomDocument,
  type DomElement,
  type DomNode,
  type TextReader,
} from './dom.js';

/** Site-learned boilerplate: hosts' repeated block signatures (class/id strings). */
export type BoilerplateBlocks = ReadonlySet<string>;

const NEVER_REMOVE: ReadonlySet<string> = new Set(['html', 'body', 'article', 'main']);

/** Chrome by ARIA role: menus, sidebars, site footers and banners, dialogs. */
const CHROME_ROLES: ReadonlySet<string> = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'dialog', 'alertdialog']);

/** True for elements the page marks as chrome: hidden from assistive tech, a chrome role, a breadcrumb trail. */
function isChrome(el: DomElement): boolean {
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role)) return true;
  if (el.getAttribute('itemtype')?.includes('BreadcrumbList')) return true;
  return el.getAttribute('aria-label')?.toLowerCase().includes('breadcrumb') ?? false;
}

const DROP_TAG_SET: ReadonlySet<string> = new Set(DROP_TAGS);
/** Tags whose whole text may be a boilerplate label ("Related Posts", "Also read"). */
const LABEL_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'span', 'strong', 'b', 'a', 'li', 'section', 'em']);

const INLINE_TAGS: ReadonlySet<string> = new Set(['span', 'strong', 'b', 'a', 'em']);

const HIDDEN_STYLE = /(display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Label matching looks only at elements whose text is at most this long. */
const LABEL_MAX_CHARS = 60;
/** A label block stops climbing at an ancestor with this much text. */
const LABEL_BLOCK_MAX_CHARS = 4000;
/** Siblings after a label with at least this link density are part of its block. */
const FOLLOWING_LINK_DENSITY = 0.5;

class Cleaner {
  /** Normalised text of an element, read once while nothing inside it is removed. */
  readonly read: TextReader;

  constructor(
    private readonly guard: ContentRoot,
    private readonly learned: BoilerplateBlocks | undefined,
    private readonly texts: DomTexts,
  ) {
    this.read = texts.read;
  }

  canRemove(el: DomElement): boolean {
    if (NEVER_REMOVE.has(tagOf(el)) || this.guard.protectedSet.has(el)) return false;
    const total = this.guard.totalParagraphChars;
    return total === 0 || paragraphChars(el, this.read) <= total * PROTECT_TEXT_SHARE;
  }

  tryRemove(el: DomElement): boolean {
    if (!el.parentNode || !this.canRemove(el)) return false;
    this.texts.remove(el);
    return true;
  }

  /** Paragraph text inside the content root: part of the story even when hidden. */
  holdsStoryText(el: DomElement): boolean {
    const root = this.guard.root;
    return root !== null && root !== el && root.contains(el) && paragraphChars(el, this.read) > 0;
  }

  isLearned(el: DomElement): boolean {
    if (!this.learned || this.learned.size === 0) return false;
    const signature = blockSignature(el);
    return signature !== '' && this.learned.has(signature);
  }
}

/** The class/id signature a site template records for a repeated block. */
export function blockSignature(el: DomElement): string {
  const id = el.getAttribute('id');
  const cls = classOf(el).trim().split(/\s+/).filter(Boolean).sort().join('.');
  return id ? `${tagOf(el)}#${id}` : cls ? `${tagOf(el)}.${cls}` : '';
}

function unhide(el: DomElement): void {
  el.removeAttribute('hidden');
  el.removeAttribute('style');
}

/**
 * Drops chrome by tag, then by role, then hidden elements, then page headers.
 * One walk sorts the elements into those groups (three selector queries over
 * the whole page cost more than the rest of pre-cleaning); each group is then
 * handled in that order, skipping what an earlier group already took out.
 */
function removeByTagAndRole(all: readonly DomElement[], c: Cleaner): void {
  const dropped: DomElement[] = [];
  const chrome: DomElement[] = [];
  const hidden: DomElement[] = [];
  const headers: DomElement[] = [];
  for (const el of all) {
    if (DROP_TAG_SET.has(el.localName)) dropped.push(el);
    else if (el.localName === 'header') headers.push(el);
    // Chrome and hiding are marked by attributes: most elements have none to read.
    if (!el.hasAttributes()) continue;
    if (isChrome(el)) chrome.push(el);
    if (el.hasAttribute('hidden') || HIDDEN_STYLE.test(el.getAttribute('style') ?? '')) hidden.push(el);
  }
  for (const el of dropped) c.tryRemove(el);
  for (const el of chrome) if (el.isConnected) c.tryRemove(el);
  for (const el of hidden) {
    if (!el.isConnected) continue;
    // Story text hidden for non-subscribers is still the story: show it to Readability.
    if (c.holdsStoryText(el) || !c.tryRemove(el)) unhide(el);
  }
  // A page header holds the masthead and menus; an article's own header only the headline block.
  for (const el of headers) {
    if (el.isConnected && !el.closest('article')) c.tryRemove(el);
  }
}

/**
 * A run of text inside a paragraph ("<p><span class=lead-in-text-callout>Ten years ago,</span> I ...")
 * is the paragraph's own words whatever its class says: class words name blocks, not runs.
 */
function isRunInParagraph(el: DomElement): boolean {
  return INLINE_TAGS.has(el.localName) && el.parentElement?.localName === 'p';
}

function removeByAttributes(inBody: readonly DomElement[], c: Cleaner): void {
  for (const el of inBody) {
    if (!el.hasAttributes() || (!el.hasAttribute('class') && !el.hasAttribute('id'))) continue;
    if (!el.isConnected || isRunInParagraph(el)) continue;
    if (hasBoilerplateAttributes(el) || c.isLearned(el) || (hasWeakBoilerplateClass(el) && paragraphChars(el, c.read) === 0)) c.tryRemove(el);
  }
}

/** The largest removable ancestor of a label that is still only the label's block. */
function labelBlock(label: DomElement, c: Cleaner, sizes: ReadonlyMap<DomNode, number>): DomElement {
  const labelChars = c.read(label).length;
  let block = label;
  for (let parent = label.parentElement; parent; parent = parent.parentElement) {
    // Solid text never exceeds text: a parent over the cap by it is over by its text too, unread.
    if ((sizes.get(parent) ?? 0) > LABEL_BLOCK_MAX_CHARS || !c.canRemove(parent)) break;
    const chars = c.read(parent).length;
    if (chars > LABEL_BLOCK_MAX_CHARS) break;
    // Climb over teaser links and images, never over prose.
    const prose = chars - labelChars - linkTextLength(parent, c.read);
    const linkDense = linkDensity(parent, c.read) >= FOLLOWING_LINK_DENSITY;
    if (prose > LABEL_BLOCK_EXTRA_CHARS && !linkDense) break;
    block = parent;
  }
  return block;
}

/** A label word inside running prose ("<strong>Comment:</strong> The two games…") is not a block. */
function isInlineInProse(label: DomElement, block: DomElement, read: TextReader): boolean {
  if (block !== label || !INLINE_TAGS.has(tagOf(label))) return false;
  return read(label.parentElement).length > read(label).length + LABEL_BLOCK_EXTRA_CHARS;
}

/** An image's block counts as a caption block while its text (white space aside) stays within this. */
const CAPTION_MAX_SOLID_CHARS = 250;
const MEDIA_TAGS: ReadonlySet<string> = new Set(['img', 'picture', 'video']);
/** Containers a caption block can be. */
const CAPTION_BLOCK_TAGS: ReadonlySet<string> = new Set(['div', 'figure', 'section']);
/** An image inside one of these is part of the text (an inline picture, a list entry): its block is never a caption. */
const TEXT_BLOCK_TAGS: ReadonlySet<string> = new Set(['p', 'li', 'td', 'th', 'dd', 'dt', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Removes the blocks that hold an image and its caption and credit but no
 * paragraph of prose: the largest ancestor of each image with little text and
 * no paragraph of MIN_PARAGRAPH_CHARS, unless the image sits inside a paragraph,
 * list item or cell (then it belongs to that text). Sites that print captions in plain divs
 * instead of <figcaption> leave the caption text to pass as a short paragraph.
 */
function removeCaptionBlocks(body: DomElement, inBody: readonly DomElement[], c: Cleaner, sizes: ReadonlyMap<DomNode, number>): void {
  for (const media of inBody) {
    if (!MEDIA_TAGS.has(media.localName)) continue;
    if (!media.isConnected) continue;
    let block: DomElement | null = null;
    for (let el = media.parentElement; el && el !== body; el = el.parentElement) {
      if (TEXT_BLOCK_TAGS.has(el.localName)) {
        block = null;
        break;
      }
      if ((sizes.get(el) ?? Infinity) > CAPTION_MAX_SOLID_CHARS || !c.canRemove(el) || paragraphChars(el, c.read) > 0) break;
      if (CAPTION_BLOCK_TAGS.has(el.localName)) block = el;
    }
    if (block && (sizes.get(block) ?? 0) > 0) c.tryRemove(block);
  }
}

const LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol']);

/**
 * A list whose every entry holds a link: under a teaser label ("Don't Miss:") each entry is another
 * story's blurb closing on its link ("Ken Griffin says ... Here's how to invest ..."), so the links
 * alone need not reach FOLLOWING_LINK_DENSITY.
 */
function isTeaserList(el: DomElement): boolean {
  if (!LIST_TAGS.has(el.localName)) return false;
  const items = el.children;
  if (items.length === 0) return false;
  for (const item of toArray(items)) if (item.localName !== 'li' || item.getElementsByTagName('a').length === 0) return false;
  return true;
}

function removeByLabels(inBody: readonly DomElement[], c: Cleaner, sizes: ReadonlyMap<DomNode, number>): void {
  for (const el of inBody) {
    const size = sizes.get(el);
    // No solid text (an upper bound) means white space only, no label: skipped unread.
    if (!LABEL_TAGS.has(el.localName) || (size ?? 0) > LABEL_MAX_CHARS || size === 0 || !el.isConnected) continue;
    const text = c.read(el);
    if (text.length === 0 || text.length > LABEL_MAX_CHARS || !isBoilerplateLabel(text)) continue;
    // A reference heading stays for postclean, which cuts the list under it when it closes the story.
    if (REFERENCE_LIST_LABEL.test(labelKey(text))) continue;
    const block = labelBlock(el, c, sizes);
    if (isInlineInProse(el, block, c.read)) continue;
    // Teasers that follow a heading as siblings ("<h3>Related</h3><ul>…</ul>") go with it.
    let next = block.nextElementSibling;
    while (next && (c.read(next) === '' || linkDensity(next, c.read) >= FOLLOWING_LINK_DENSITY || isTeaserList(next))) {
      const after = next.nextElementSibling;
      if (!c.tryRemove(next)) break;
      next = after;
    }
    c.tryRemove(block);
  }
}

/**
 * The elements of `all` (every element of the page in document order) that the
 * body held when the list was made: one list for the passes below. Those removed
 * since stay in it, and each pass skips them (isConnected) after its cheaper
 * tests: asking every element whether the body still holds it walked up from
 * each. A body's elements follow it in document order: the run ends at the last
 * element it still holds, and what lies past that was removed or sits outside it.
 */
function bodyElements(all: readonly DomElement[], body: DomElement): readonly DomElement[] {
  const start = all.indexOf(body) + 1;
  let end = all.length;
  while (end > start && !body.contains(all[end - 1] as DomElement)) end--;
  return all.slice(start, end);
}

/**
 * Cleans the document in place. `learned` are block signatures a site
 * template has seen on many pages of the host. `all` is every element of the
 * document in order (elementsOf), and `paragraphs` its <p> elements in order
 * (getElementsByTagName), when the caller has them already. `texts` reads the
 * document's texts for the caller's later readings too.
 */
export function precleanDocument(
  doc: DomDocument,
  learned?: BoilerplateBlocks,
  all: readonly DomElement[] = elementsOf(doc),
  paragraphs?: ArrayLike<DomElement>,
  texts: DomTexts = new DomTexts(),
): void {
  const cleaner = new Cleaner(findContentRoot(doc, paragraphs, texts.read), learned, texts);
  removeByTagAndRole(all, cleaner);
  const body = doc.body ?? doc.documentElement;
  const inBody = bodyElements(all, body);
  // Text sizes before the removals below: removing only shrinks them, so they stay upper bounds.
  const sizes = solidTextSizes(body);
  removeByLabels(inBody, cleaner, sizes);
  removeByAttributes(inBody, cleaner);
  removeCaptionBlocks(body, inBody, cleaner, sizes);
}
