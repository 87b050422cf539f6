/**
 * Labels a page instead of passing it on silently: bot challenges, paywalls,
 * section fronts and thin pages. Signals are read from the untouched page.
 */
import type { ArticleFlag } from '../types.js';
import {
  BOT_CHALLENGE_MARKERS, BOT_CHALLENGE_MAX_TEXT_CHARS, BOT_CHALLENGE_TITLES, FRONT_MAX_TEXT_CHARS,
  FRONT_MIN_CARDS, FRONT_MIN_LINKS, PAYWALL_MAX_TEXT_CHARS, THIN_TEXT_CHARS,
} from './constants.js';
import { normalizeSpace, toArray, type DomDocument } from './dom.js';
import { findArticleObject, type JsonObject } from './jsonld.js';
import { metaContent } from './metadata.js';

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

/** Flags for an extracted page, from its raw signals and the length of its clean text. */
export function computeFlags(s: PageSignals, textChars: number): ArticleFlag[] {
  const flags: ArticleFlag[] = [];
  const challengeTitle = BOT_CHALLENGE_TITLES.some((re) => re.test(s.rawTitle));
  // Captcha widgets also sit in login forms of real articles: markers alone need a near-empty page.
  if ((challengeTitle && textChars < BOT_CHALLENGE_MAX_TEXT_CHARS) || (s.hasChallengeMarkers && textChars < THIN_TEXT_CHARS)) {
    flags.push('bot_challenge');
  }
  // Teaser cards mark a listing even when their summaries add up to a lot of text.
  const listing = s.cardCount >= FRONT_MIN_CARDS || (s.linkCount >= FRONT_MIN_LINKS && textChars < FRONT_MAX_TEXT_CHARS);
  if (!s.hasArticleMarkers && listing) flags.push('not_article');
  if (s.paywallDeclared || (s.hasPaywallMarkup && textChars < PAYWALL_MAX_TEXT_CHARS)) flags.push('paywalled');
  if (textChars < THIN_TEXT_CHARS) flags.push('thin');
  return flags;
}
