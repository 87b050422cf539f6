/**
 * Labels a page instead of passing it on silently: bot challenges, paywalls,
 * section fronts and thin pages. Signals are read from the untouched page.
 */
import type { ArticleFlag } from '../types.js';
import {
  BOT_CHALLENGE_MARKERS, BOT_CHALLENGE_MAX_TEXT_CHARS, BOT_CHALLENGE_TITLES, FRONT_MAX_TEXT_CHARS,
  FRONT_MAX_MEAN_PARAGRAPH_CHARS, FRONT_MIN_CARDS, FRONT_MIN_LINKS, PAYWALL_MAX_TEXT_CHARS, THIN_TEXT_CHARS,
} from './constants.js';
import { normalizeSpace, toArray, type DomDocument } from './dom.js';
import { findArticleObject, type JsonObject } from './jsonld.js';
import { metaContent } from './meta-tags.js';

/** Facts about the raw page, gathered before cleaning removes them. */
export interface PageSignals {
  rawTitle: string;
  linkCount: number;
  cardCount: number;
  hasArticleMarkers: boolean;
  hasChallengeMarkers: boolean;
  paywallDeclared: boolean;
  hasPaywallMarkup: boolean;
}

const PAYWALL_SELECTOR = '[class*="paywall" i], [id*="paywall" i], [class*="piano-" i], .tp-modal, [class*="regwall" i], [data-paywall]';

export function readSignals(doc: DomDocument, html: string, ld: readonly JsonObject[]): PageSignals {
  const article = findArticleObject(ld);
  const free = article?.['isAccessibleForFree'];
  const tier = metaContent(doc, ['article:content_tier'])?.toLowerCase();
  const ogType = metaContent(doc, ['og:type'])?.toLowerCase();
  return {
    rawTitle: normalizeSpace(doc.title ?? ''),
    linkCount: doc.getElementsByTagName('a').length,
    cardCount: doc.getElementsByTagName('article').length,
    hasArticleMarkers: article !== undefined || ogType === 'article'
      || metaContent(doc, ['article:published_time']) !== undefined,
    hasChallengeMarkers: BOT_CHALLENGE_MARKERS.some((re) => re.test(html)),
    paywallDeclared: free === false || (typeof free === 'string' && free.toLowerCase() === 'false') || tier === 'locked',
    hasPaywallMarkup: toArray(doc.querySelectorAll(PAYWALL_SELECTOR)).length > 0,
  };
}

/** Flags for an extracted page, from its raw signals and its clean text. */
export function computeFlags(s: PageSignals, text: string): ArticleFlag[] {
  const flags: ArticleFlag[] = [];
  const textChars = text.length;
  const paragraphCount = text === '' ? 0 : text.split('\n\n').length;
  const meanParagraphChars = paragraphCount === 0 ? 0 : textChars / paragraphCount;
  const challengeTitle = BOT_CHALLENGE_TITLES.some((re) => re.test(s.rawTitle));
  // Captcha widgets also sit in login forms of real articles: markers alone need a near-empty page.
  if ((challengeTitle && textChars < BOT_CHALLENGE_MAX_TEXT_CHARS) || (s.hasChallengeMarkers && textChars < THIN_TEXT_CHARS)) {
    flags.push('bot_challenge');
  }
  // A front has many links or teaser cards, and its text is little or is short teaser lines.
  const linky = s.cardCount >= FRONT_MIN_CARDS || s.linkCount >= FRONT_MIN_LINKS;
  const teaserText = textChars < FRONT_MAX_TEXT_CHARS || meanParagraphChars < FRONT_MAX_MEAN_PARAGRAPH_CHARS;
  if (!s.hasArticleMarkers && linky && teaserText) flags.push('not_article');
  // A declared paywall flags even when the page carried the full text (metered sites do).
  if (s.paywallDeclared || (s.hasPaywallMarkup && textChars < PAYWALL_MAX_TEXT_CHARS)) flags.push('paywalled');
  if (textChars < THIN_TEXT_CHARS) flags.push('thin');
  return flags;
}
