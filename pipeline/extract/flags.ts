/**
 * Labels a page instead of passing it on silently: bot challenges, paywalls,
 * section fronts and thin pages. Signals are read from the untouched page.
 */
import type { ArticleFlag } from '../types.js';
import {
  BOT_CHALLENGE_MARKERS,
  BOT_CHALLENGE_MAX_TEXT_CHARS,
  BOT_CHALLENGE_TITLES,
  FRONT_MAX_TEXT_CHARS,
  FRONT_MAX_MEAN_PARAGRAPH_CHARS,
  FRONT_MIN_CARDS,
  FRONT_MIN_LINKS,
  PAYWALL_MAX_TEXT_CHARS,
  THIN_TEXT_CHARS,
} from './constants.js';
import { classOf, elementsOf, normalizeSpace, type DomDocument, type DomElement } from './dom.js';
import { findArticleObject, type JsonObject } from './jsonld.js';
import { metaContent } from './meta-tags.js';

/** Facts about the raw page, gathered before cleaning removes them. */
export interface PageSignals {
  rawTitle: string;
  linkCount: number;
  cardCount: number;
  hasArticleMarkers: boolean;
  /** Whether the raw page carries a challenge widget's markers; asked only for near-empty pages (a scan of the whole HTML). */
  hasChallengeMarkers: () => boolean;
  paywallDeclared: boolean;
  hasPaywallMarkup: boolean;
}

/** Class or id fragments of paywall and registration-wall markup (Piano's "tp-modal" and "piano-" widgets among them). */
const PAYWALL_CLASS = /paywall|regwall|piano-/i;
const PAYWALL_ID = /paywall/i;
const PAYWALL_CLASS_TOKEN = 'tp-modal';

/**
 * Links, <article> cards and paywall markup, counted in one walk over the page.
 * Paywall markup is in attributes: an element without any is skipped unread.
 */
function surveyElements(all: readonly DomElement[]): { links: number; cards: number; paywall: boolean } {
  let links = 0;
  let cards = 0;
  let paywall = false;
  for (const el of all) {
    if (el.localName === 'a') links++;
    else if (el.localName === 'article') cards++;
    if (paywall || !el.hasAttributes()) continue;
    const cls = classOf(el);
    paywall =
      PAYWALL_CLASS.test(cls) ||
      PAYWALL_ID.test(el.getAttribute('id') ?? '') ||
      (cls.includes(PAYWALL_CLASS_TOKEN) && cls.split(/\s+/).includes(PAYWALL_CLASS_TOKEN)) ||
      el.hasAttribute('data-paywall');
  }
  return { links, cards, paywall };
}

/** `all` is every element of the untouched page in order (elementsOf), when the caller has it already. */
export function readSignals(doc: DomDocument, html: string, ld: readonly JsonObject[], all: readonly DomElement[] = elementsOf(doc)): PageSignals {
  const article = findArticleObject(ld);
  const free = article?.isAccessibleForFree;
  const tier = metaContent(doc, ['article:content_tier'])?.toLowerCase();
  const ogType = metaContent(doc, ['og:type'])?.toLowerCase();
  const survey = surveyElements(all);
  let challenge: boolean | undefined;
  return {
    rawTitle: normalizeSpace(doc.title ?? ''),
    linkCount: survey.links,
    cardCount: survey.cards,
    hasArticleMarkers: article !== undefined || ogType === 'article' || metaContent(doc, ['article:published_time']) !== undefined,
    hasChallengeMarkers: () => (challenge ??= BOT_CHALLENGE_MARKERS.some((re) => re.test(html))),
    paywallDeclared: free === false || (typeof free === 'string' && free.toLowerCase() === 'false') || tier === 'locked',
    hasPaywallMarkup: survey.paywall,
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
  if ((challengeTitle && textChars < BOT_CHALLENGE_MAX_TEXT_CHARS) || (textChars < THIN_TEXT_CHARS && s.hasChallengeMarkers())) {
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
