/**
 * The extract stage: raw article HTML in, clean text and metadata out.
 * Synchronous and pure: no I/O; site templates come in through `deps`.
 *
 * Path: parse (linkedom) → metadata, signals and the dek from the untouched page →
 * pre-clean chrome → Readability → post-clean paragraphs → fallbacks when the
 * text is missing or thin (JSON-LD, <article>, density, hydration JSON) → flags.
 */
import type { ExtractedArticle } from '../types.js';
import { labelKey } from './classify.js';
import { HYDRATION_MAX_TEXT_CHARS, JSONLD_PREFERRED_RATIO, MIN_GOOD_TEXT_CHARS } from './constants.js';
import { DomTexts, pageElements, parseDocument, toArray } from './dom.js';
import { capDomDepth, mayExceedDepth } from './limits.js';
import { articleElementCandidate, densityCandidate, jsonLdCandidate, readabilityCandidate, type Candidate } from './fallbacks.js';
import { clearCutCandidate } from './fast-path.js';
import { trimStoryFeed } from './feed.js';
import { findHeads } from './dek.js';
import { headlineElement, pageHeadings } from './title.js';
import { computeFlags, readSignals } from './flags.js';
import { hydrationCandidate } from './hydration.js';
import { findArticleObject, readJsonLd } from './jsonld.js';
import { indexMetaTags } from './meta-tags.js';
import { normalizeDate, readMetadata, type ExtractHints } from './metadata.js';
import { joinParagraphs, postclean } from './postclean.js';
import { precleanDocument } from './preclean.js';
import { withRecipe } from './recipe.js';
import { narrowString } from './narrow-string.js';

export { EXTRACTOR_VERSION } from './constants.js';
export { blockSignature } from './preclean.js';
export type { ExtractHints } from './metadata.js';

/** What the extractor reads about a site from past pages (learned templates). */
export interface SiteTemplates {
  /** Block signatures (see `blockSignature`) seen on many pages of a host: boilerplate. */
  boilerplateBlocks(host: string): ReadonlySet<string>;
}

/** Optional ports; extraction works without any of them. */
export interface ExtractDeps {
  templates?: SiteTemplates;
}

export interface ExtractInput {
  html: string;
  /** The final URL of the page: relative links and the canonical URL resolve against it. */
  url: string;
  /** What the feed said about the item; used when the page says nothing. */
  hints?: ExtractHints;
  /** When the page was fetched: a date more than a day after it is a template's mistake. Unknown: no such check. */
  fetchedAtMs?: number;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

interface Chosen {
  method: string;
  text: string;
}

function finish(candidate: Candidate, title: string, host: string, section: string | null): Chosen {
  return { method: candidate.method, text: joinParagraphs(postclean(candidate.paragraphs, title, section, host)) };
}

/** The fast path, then Readability; later paths only when it yields too little, keeping the longest text. */
function chooseText(candidates: ReadonlyArray<() => Candidate | null>, title: string, host: string, section: string | null): Chosen {
  let best: Chosen = { method: 'none', text: '' };
  for (const make of candidates) {
    const candidate = make();
    if (!candidate) continue;
    const chosen = finish(candidate, title, host, section);
    if (chosen.text.length > best.text.length) best = chosen;
    if (best.text.length >= MIN_GOOD_TEXT_CHARS) break;
  }
  return best;
}

/**
 * Extracts the article of one page. Never throws: a page the parser or a
 * cleaning step cannot handle comes back empty with `method: 'none'` and the
 * `thin` flag, so one broken page never stops a batch.
 */
export function extractArticle(input: ExtractInput, deps: ExtractDeps = {}): ExtractedArticle {
  try {
    return extractOrThrow(input, deps);
  } catch {
    return failedExtraction(input);
  }
}

function failedExtraction(input: ExtractInput): ExtractedArticle {
  return {
    url: input.url,
    canonicalUrl: input.url,
    title: input.hints?.title?.trim() ?? '',
    byline: input.hints?.author?.trim() || null,
    publishedAt: normalizeDate(input.hints?.publishedAt, input.fetchedAtMs),
    modifiedAt: null,
    language: null,
    siteName: null,
    leadImageUrl: null,
    section: null,
    text: '',
    flags: ['thin'],
    method: 'none',
  };
}

function extractOrThrow(input: ExtractInput, deps: ExtractDeps): ExtractedArticle {
  const doc = parseDocument(input.html);
  // One walk lists the untouched page's elements, in order and by tag, for every reader
  // below: a selector query or a getElementsByTagName each walked the whole page again.
  let page = pageElements(doc);
  // Every walk below costs up to the page's size times its depth (limits.ts); the list is made again when markup was flattened.
  if (mayExceedDepth(page.all) && capDomDepth(doc) > 0) page = pageElements(doc);
  const { all, tags } = page;
  const ld = readJsonLd(doc, tags.byTag('script'));
  indexMetaTags(doc, tags.byTag('meta'));
  const meta = readMetadata(doc, input.url, ld, input.hints, page, input.fetchedAtMs);
  const signals = readSignals(doc, input.html, ld, all);
  const lists = [...toArray(tags.byTag('ul')), ...toArray(tags.byTag('ol'))];
  const { dek, keyPoints } = findHeads(doc, all, headlineElement(pageHeadings(tags.byTag('h1')), meta.title), lists);
  // The texts of the page's elements, read once for trimming, cleaning and the text paths over the cleaned page.
  const texts = new DomTexts();
  const trimmed = trimStoryFeed(doc, meta.title, tags.byTag('article'), texts);
  // The index holds while nothing is removed: pre-cleaning lists the paragraphs afresh after a trim.
  precleanDocument(doc, deps.templates?.boilerplateBlocks(hostOf(input.url)), all, trimmed === 0 ? tags.byTag('p') : undefined, texts);

  const article = findArticleObject(ld);
  const host = hostOf(input.url);
  let chosen = chooseText(
    [
      () => clearCutCandidate(doc, texts.read),
      () => readabilityCandidate(doc),
      () => jsonLdCandidate(article),
      () => articleElementCandidate(doc, texts.read),
      () => densityCandidate(doc, texts.read),
    ],
    meta.title,
    host,
    meta.section,
  );
  // Script-rendered pages ship the full story only in JSON-LD. Post-cleaning only drops paragraphs:
  // a body whose every paragraph could not outgrow the text found is not cleaned to be compared.
  const ldCandidate = chosen.method === 'jsonld' ? null : jsonLdCandidate(article);
  if (ldCandidate && joinParagraphs(ldCandidate.paragraphs).length > chosen.text.length * JSONLD_PREFERRED_RATIO) {
    const fromLd = finish(ldCandidate, meta.title, host, meta.section);
    if (fromLd.text.length > chosen.text.length * JSONLD_PREFERRED_RATIO) chosen = fromLd;
  }
  // Others ship it as the hydration state of their front-end framework.
  const hydrated = chosen.text.length < HYDRATION_MAX_TEXT_CHARS && chosen.text !== '' ? hydrationCandidate(input.html, chosen.text) : null;
  if (hydrated && joinParagraphs(hydrated.paragraphs).length > chosen.text.length * JSONLD_PREFERRED_RATIO) {
    const fromState = finish(hydrated, meta.title, host, meta.section);
    if (fromState.text.length > chosen.text.length * JSONLD_PREFERRED_RATIO) chosen = fromState;
  }

  // Recipe pages print the ingredients and steps in widgets beside the story.
  chosen = { ...chosen, text: withRecipe(chosen.text, ld) };

  // The dek and the summary points head the text when the story found does not already carry them,
  // and when they are not the headline again (a description that repeats the title).
  const titleKey = labelKey(meta.title);
  const heads = [dek, ...keyPoints].filter((line): line is string => line !== null && !chosen.text.includes(line) && labelKey(line) !== titleKey);
  if (heads.length > 0 && chosen.text !== '') chosen = { ...chosen, text: `${heads.join('\n\n')}\n\n${chosen.text}` };

  const text = narrowString(chosen.text);
  return {
    url: input.url,
    ...meta,
    title: narrowString(meta.title),
    text,
    flags: computeFlags(signals, text),
    method: chosen.method,
  };
}
