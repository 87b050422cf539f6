/**
 * The headline of a page. Readers see the <h1>; publishers also declare titles
 * for sharing (og:title, JSON-LD headline, <title>), which are often social
 * variants or carry the site's name. The visible headline wins, cleaned of
 * what is not part of it: kickers ("Opinion", "College Sports |"), site names
 * before or after it, and media tags ("(video)", "[Watch]").
 */
import { normalizeSpace, textOf, toArray, type DomDocument, type DomElement } from './dom.js';
import { stringValue, type JsonObject } from './jsonld.js';
import { metaContent } from './meta-tags.js';

/** A title suffix (" | Site") is cut only when it is at most this long. */
const MAX_TITLE_SUFFIX_CHARS = 40;
const TITLE_SEPARATOR = /\s+[|\-–—:·•»]{1,2}\s+/;
const LEADING_SEPARATOR = /^\s*[|\-–—:·•»]{1,2}\s*/;

/** Share of words (of the longer of the two) an <h1> must share with a declared title to be the headline. */
const H1_AGREEMENT_SHARE = 0.6;
/** Only the first few <h1> elements are headline candidates; later ones are teasers. */
const MAX_H1_CANDIDATES = 3;
const MAX_TITLE_CHARS = 300;
/**
 * An <h1> that agrees with no declared title is still the headline when it has
 * at least this many words: the declared title is then a social variant. Shorter
 * ones are section names.
 */
const MIN_OWN_HEADLINE_WORDS = 3;
/** A kicker printed inside the <h1> before the headline is at most this many words. */
const MAX_KICKER_WORDS = 3;
/** Media tags that sites append to headlines: "(video)", "[Watch]", "(PHOTOS)". */
const MEDIA_TAG = /\s*[[(](video|videos|watch|photos?|pics|gallery|listen|audio|podcast)[\])]$/i;
/** A last segment that names the kind of piece, not its subject: "… | Editorial". */
const KIND_SUFFIX = /\s+[|\-–—]\s+(editorial|opinion|analysis|commentary|column|op-ed|explainer)$/i;

/** Drops tags and tag-like runs from a title; a lone "<" ("Tom <3 Jerry") stays. */
export function plainTitle(title: string): string {
  return normalizeSpace(title.replace(/<\/?[a-z!?][^>]*>?/gi, ' '));
}

/** Cuts a trailing " | Site Name" from a title, when the rest is still a headline. */
export function stripTitleSuffix(title: string, siteName: string | null): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1] ?? '';
  const isSite = siteName !== null && last.toLowerCase() === siteName.toLowerCase();
  if (!isSite && last.length > MAX_TITLE_SUFFIX_CHARS) return title;
  const rest = title.slice(0, title.length - last.length).replace(/\s*[|\-–—:·•»]{1,2}\s*$/, '');
  return rest.split(/\s+/).length >= 2 ? rest : title;
}

/** Letters and digits only, lower-cased: "The Harvard Crimson" ~ "harvardcrimson". */
function squash(text: string): string {
  return text
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** True when a title segment names the site (its name, or the host's main word). */
function namesSite(segment: string, siteName: string | null, host: string): boolean {
  const part = squash(segment);
  const site = squash(siteName ?? '');
  const hostWord = squash(host.replace(/^www\./, '').split('.')[0] ?? '');
  return part !== '' && ((site !== '' && (site.includes(part) || part.includes(site))) || part === hostWord);
}

/** Cuts trailing segments that name the site ("… | News | The Harvard Crimson", "… - Times of India"). */
function stripSiteSuffix(title: string, siteName: string | null, host: string): string {
  const parts = title.split(TITLE_SEPARATOR);
  const last = parts[parts.length - 1] ?? '';
  return parts.length >= 2 && namesSite(last, siteName, host) ? stripTitleSuffix(title, last) : title;
}

/** Cuts a leading "Site - " ("PolitiFact - Robert F. Kennedy Jr.’s campaign ..."). */
function stripSitePrefix(title: string, siteName: string | null, host: string): string {
  const first = title.split(TITLE_SEPARATOR)[0] ?? '';
  if (first === title || !namesSite(first, siteName, host)) return title;
  const rest = title.slice(first.length).replace(LEADING_SEPARATOR, '');
  return rest.split(/\s+/).length >= 2 ? rest : title;
}

/** Words of a title, lower-cased, for comparing headlines that differ in suffixes and quotes. */
function titleWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** True when the heading and one of the declared titles share most of their words (of the longer one). */
export function headlineAgrees(heading: string, declared: readonly string[]): boolean {
  const words = titleWords(heading);
  if (words.size === 0) return false;
  return declared.some((title) => {
    const other = titleWords(title);
    let shared = 0;
    for (const w of words) if (other.has(w)) shared++;
    return shared / Math.max(words.size, other.size) >= H1_AGREEMENT_SHARE;
  });
}

/** The declared title an <h1> ends with, when all the <h1> adds before it is a short kicker. */
function withoutKicker(heading: string, declared: readonly string[]): string {
  for (const title of declared) {
    if (title.length >= heading.length || !heading.endsWith(title)) continue;
    const before = heading.slice(0, heading.length - title.length);
    // "Colleges: Former star ..." is one headline; a colon or dash joins, a bar or a bare break separates.
    if (/[:\-–—]\s*$/.test(before)) continue;
    const kicker = before.replace(/[\s|·•»]+$/, '');
    const words = kicker.split(/\s+/).filter(Boolean).length;
    if (words >= 1 && words <= MAX_KICKER_WORDS) return title;
  }
  return heading;
}

/** A logo in an <h1> (an image or an SVG wordmark) is not a headline. */
function isLogo(h1: DomElement): boolean {
  return h1.querySelector('img,svg,picture') !== null;
}

/** An <h1> of the page that is not a logo, with its text. */
export interface Heading {
  el: DomElement;
  text: string;
}

/**
 * The page's <h1> elements that are not logos, in order (`h1s`: what
 * getElementsByTagName('h1') lists). Read once for both the title and the
 * headline's block: each read a logo query and the text of every <h1>.
 */
export function pageHeadings(h1s: ArrayLike<DomElement>): Heading[] {
  return toArray(h1s)
    .filter((h1) => !isLogo(h1))
    .map((el) => ({ el, text: textOf(el) }));
}

/**
 * Where the page prints its headline: the first <h1> that agrees with the
 * title, else the first that is not a logo. A section name set as an <h1>
 * above the story ("Anglophenia") is not the headline's block.
 */
export function headlineElement(headings: readonly Heading[], title = ''): DomElement | null {
  const h1s = headings.filter((h) => h.text !== '');
  const agreeing = title ? h1s.find((h) => headlineAgrees(h.text, [title])) : undefined;
  return (agreeing ?? h1s[0])?.el ?? null;
}

function headlineCandidates(headings: readonly Heading[]): string[] {
  return headings
    .slice(0, MAX_H1_CANDIDATES)
    .map((h) => h.text)
    .filter((text) => text !== '' && text.length <= MAX_TITLE_CHARS);
}

/** Cuts what sites wrap around a headline: a site-name prefix, a media tag, a kind-of-piece suffix. */
function cleanHeadline(title: string, siteName: string | null, host: string): string {
  return stripSitePrefix(title, siteName, host).replace(MEDIA_TAG, '').replace(KIND_SUFFIX, '');
}

/**
 * The page's headline: the first <h1> that agrees with a declared title, else
 * the first <h1> long enough to be a headline of its own (not the site name),
 * else the declared titles, og:title first. `headings`: pageHeadings of the page.
 */
export function findTitle(doc: DomDocument, article: JsonObject | undefined, siteName: string | null, host: string, headings: readonly Heading[]): string {
  const og = metaContent(doc, ['og:title', 'twitter:title']);
  const headline = stringValue(article?.headline);
  const fromTag = stripTitleSuffix(stripSiteSuffix(normalizeSpace(doc.title ?? ''), siteName, host), siteName);
  const declared = [og, headline, fromTag].filter((t): t is string => Boolean(t)).map(normalizeSpace);
  const h1s = headlineCandidates(headings);
  const agreeing = h1s.find((text) => headlineAgrees(text, declared));
  const own = h1s.find((text) => text.split(' ').length >= MIN_OWN_HEADLINE_WORDS && !namesSite(text, siteName, host));
  const title =
    agreeing !== undefined
      ? withoutKicker(agreeing, declared)
      : (own ?? (og ? stripSiteSuffix(og, siteName, host) : headline ? normalizeSpace(headline) : fromTag || textOf(doc.querySelector('h1'))));
  return cleanHeadline(title, siteName, host);
}
