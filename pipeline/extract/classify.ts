/**
 * Decides whether an element looks like boilerplate by its class/id words or
 * by its whole text being a known label. Pure predicates: removal and its
 * guards live in preclean.ts.
 */
import { BOILERPLATE_LABELS, BOILERPLATE_PAIRS, BOILERPLATE_WORDS, WEAK_BOILERPLATE_WORDS } from './constants.js';
import { classOf, textOf, type DomElement } from './dom.js';
import { anyOf } from './patterns.js';

/** Word parts of one class or id token: "relatedPosts__item" → related, posts, item. */
export function tokenParts(token: string): string[] {
  return token
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Verdicts of isBoilerplateToken by token. Pages and the pages of one site
 * repeat the same class tokens on many elements, and splitting each token into
 * word parts again was most of the cost of the class/id pass. Emptied when
 * full, so a long run's memory stays bounded.
 */
const tokenVerdicts = new Map<string, boolean>();
const MAX_TOKEN_VERDICTS = 20_000;

/** True when a class or id token names boilerplate by a known word or word pair. */
export function isBoilerplateToken(token: string): boolean {
  let verdict = tokenVerdicts.get(token);
  if (verdict === undefined) {
    verdict = judgeToken(token);
    if (tokenVerdicts.size >= MAX_TOKEN_VERDICTS) tokenVerdicts.clear();
    tokenVerdicts.set(token, verdict);
  }
  return verdict;
}

/**
 * First word parts that make a token a modifier: it says what the element has or shows
 * ("has-right-sidebar", "with-ads", "no-comments", "non-sponsored"), not what it is.
 */
const MODIFIER_OPENINGS: ReadonlySet<string> = new Set(['has', 'with', 'without', 'no', 'non', 'not', 'show', 'hide', 'allow', 'enable', 'disable']);
/** Last word parts that make a token a state of the element's feature ("comments-open", "ads-enabled", "ad-free"). */
const STATE_ENDINGS: ReadonlySet<string> = new Set(['open', 'closed', 'enabled', 'disabled', 'allowed', 'free']);

function isModifier(parts: readonly string[]): boolean {
  return parts.length > 1 && (MODIFIER_OPENINGS.has(parts[0] ?? '') || STATE_ENDINGS.has(parts.at(-1) ?? ''));
}

function judgeToken(token: string): boolean {
  const parts = tokenParts(token);
  if (isModifier(parts)) return false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (BOILERPLATE_WORDS.has(part)) return true;
    if (i + 1 < parts.length && BOILERPLATE_PAIRS.has(`${part} ${parts[i + 1]}`)) return true;
  }
  return false;
}

/** A generated id: letters and digits of mixed case without separators ("AdDsWC", "hBioKz"). */
const GENERATED_ID = /^[A-Za-z0-9]{4,12}$/;
/** ...whose case changes cut it into this many parts at least, none longer than GENERATED_ID_MAX_PART. */
const GENERATED_ID_MIN_PARTS = 3;
const GENERATED_ID_MAX_PART = 3;

/**
 * True for an id a publishing system generates for every paragraph: a random run of letters
 * whose case changes split it into scraps ("AdDsWC" → ad, ds, wc). A scrap that spells a
 * boilerplate word ("ad", "bio", "cta") is chance, not a name.
 */
function isGeneratedId(token: string): boolean {
  if (!GENERATED_ID.test(token)) return false;
  const parts = tokenParts(token);
  return parts.length >= GENERATED_ID_MIN_PARTS && parts.every((part) => part.length <= GENERATED_ID_MAX_PART);
}

/** Letters and digits only, lower-cased. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const weakVerdicts = new Map<string, boolean>();

/** True when a class or id token names a block by a weak word only ("widget-area", "dealWidget"). */
function isWeakBoilerplateToken(token: string): boolean {
  let verdict = weakVerdicts.get(token);
  if (verdict === undefined) {
    verdict = !isModifier(tokenParts(token)) && tokenParts(token).some((part) => WEAK_BOILERPLATE_WORDS.has(part));
    if (weakVerdicts.size >= MAX_TOKEN_VERDICTS) weakVerdicts.clear();
    weakVerdicts.set(token, verdict);
  }
  return verdict;
}

/** True when the element's class names it by a weak boilerplate word (WEAK_BOILERPLATE_WORDS). */
export function hasWeakBoilerplateClass(el: DomElement): boolean {
  const cls = classOf(el).trim();
  return cls !== '' && cls.split(/\s+/).some(isWeakBoilerplateToken);
}

/**
 * True when the element's class or id marks it as boilerplate. An id that
 * spells the element's own text is a heading's anchor ("the-role-of-peer-support"),
 * named after what the section says rather than what the block is.
 */
export function hasBoilerplateAttributes(el: DomElement): boolean {
  const cls = classOf(el).trim();
  if (cls?.split(/\s+/).some(isBoilerplateToken)) return true;
  const id = el.getAttribute('id')?.trim();
  if (!id?.split(/\s+/).some((token) => isBoilerplateToken(token) && !isGeneratedId(token))) return false;
  return !squash(textOf(el)).startsWith(squash(id));
}

/** Lower-cased label text without surrounding punctuation, arrows and bullets. */
export function labelKey(text: string): string {
  let key = text.toLowerCase();
  if (key.includes('’')) key = key.replace(/[’]/g, "'");
  key = trimEdgeMarks(key);
  if (SEPARATOR_MARK.test(key)) key = key.replace(/\s*[·•|]\s*/g, ' · ');
  return key.replace(/\s+/g, ' ');
}

/** White space, punctuation and symbols: what a label key drops at both ends. */
const EDGE_MARK = /^[\s\p{P}\p{S}]$/u;
const SEPARATOR_MARK = /[·•|]/;

/**
 * `text` without the white space, punctuation and symbols (emoji included) at
 * its ends, as `text.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')` gives
 * it, read a character at a time from each end: that regex tried the trailing
 * run at every position of the text, which made label keys the largest cost of
 * judging paragraphs. A surrogate pair is read as the one character it encodes.
 */
function trimEdgeMarks(text: string): string {
  let start = 0;
  while (start < text.length) {
    const pair = isHighSurrogate(text.charCodeAt(start)) && isLowSurrogate(text.charCodeAt(start + 1));
    const width = pair ? 2 : 1;
    if (!EDGE_MARK.test(text.slice(start, start + width))) break;
    start += width;
  }
  let end = text.length;
  while (end > start) {
    const pair = end - 2 >= start && isLowSurrogate(text.charCodeAt(end - 1)) && isHighSurrogate(text.charCodeAt(end - 2));
    const width = pair ? 2 : 1;
    if (!EDGE_MARK.test(text.slice(end - width, end))) break;
    end -= width;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** A boilerplate label's key is at most this long. */
const LABEL_KEY_MAX_CHARS = 60;

/**
 * Verdicts of isBoilerplateLabel by text: the short texts it judges (menu
 * entries, section names, buttons) recur on every page of a site and across
 * sites. Emptied when full, so a long run's memory stays bounded.
 */
const labelVerdicts = new Map<string, boolean>();
const MAX_LABEL_VERDICTS = 20_000;

/** The label patterns tested as one (patterns.ts). */
const isLabelKey = anyOf(BOILERPLATE_LABELS);

/** True when a short text is, as a whole, a boilerplate label ("Related Posts", "Also read"). */
export function isBoilerplateLabel(text: string): boolean {
  // Trimming punctuation never shortens a real paragraph to a label's length: skip the work.
  if (text.length > LABEL_KEY_MAX_CHARS * 3) return false;
  let verdict = labelVerdicts.get(text);
  if (verdict === undefined) {
    const key = labelKey(text);
    verdict = key.length > 0 && key.length <= LABEL_KEY_MAX_CHARS && isLabelKey(key);
    if (labelVerdicts.size >= MAX_LABEL_VERDICTS) labelVerdicts.clear();
    labelVerdicts.set(text, verdict);
  }
  return verdict;
}
