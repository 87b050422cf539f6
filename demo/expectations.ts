import { ARTICLES } from './articles/index.js';
import { COOKIE_TEXT, NEWSLETTER_TEXT } from './clutter/chrome.js';
import { isoDay } from './html.js';
import { ampPath, feedVariantPaths, homeLinkPath } from './links.js';
import { outletById } from './outlets.js';
import { SCROLL_AD_LABEL } from './render/layouts/korea-frontline.js';
import type { OutletId } from './types.js';

/** What tests may assert about crawling and extracting one demo article. */
export interface DemoArticleExpectation {
  /** Seed file name without ".txt", e.g. "000_6275b9eade664fba". */
  seedId: string;
  outletId: string;
  /** Canonical path: what rel=canonical and og:url give, minus the base URL. */
  path: string;
  /**
   * Non-canonical paths (utm-tagged or AMP) the feeds list for the article, so
   * a crawler following every feed entry meets each of them. Empty when the
   * feeds give only the canonical URL.
   */
  variantPaths: string[];
  /** The AMP copy's path; always served, linked by rel=amphtml. */
  ampPath: string;
  /** The path (with query) the outlet's home page links the article with. */
  homePath: string;
  title: string;
  /** Publication date, YYYY-MM-DD, as in seed-claims.json. */
  published: string;
  /** Full ISO date-time the page states (article:published_time). */
  publishedAt: string;
  author: string;
  siteName: string;
  /** Verbatim body sentences a good extractor keeps (curly quotes as printed). */
  keySentences: string[];
  /** Clutter strings on this article's page (all in CLUTTER_STRINGS). */
  clutter: string[];
}

/** Clutter every article page has: cookie banner, share bar, newsletter, comment form, footer links. */
const COMMON_CLUTTER = [COOKIE_TEXT, NEWSLETTER_TEXT, 'Share on WhatsApp', 'Copy link', 'Leave a comment', 'Advertise with us'];

/** Clutter by outlet; comment sentences carry figures on purpose. */
const OUTLET_CLUTTER: Record<OutletId, string[]> = {
  northwire: [
    'Read More',
    'Related Posts',
    'You Missed',
    'By poster',
    '2 views',
    '5 views',
    'March 17, 2026',
    'Winter Storm Fern',
    'Prince Harry',
    'DJ Fat Tony',
    'Keir Starmer',
    'flesh-eating',
    '$50M',
    '12 cities',
    'plans to boost nuclear arsenal',
    'I read 50,000 were sent',
    '© 2026 Northwire Media Ltd.',
  ],
  'korea-frontline': [
    SCROLL_AD_LABEL,
    'Advertisement',
    'Scroll to continue',
    'Trending in North Korea',
    'Sohae launch site',
    'at least 3,000 of them died',
    'Copyright 2025 KF Media Co.',
  ],
  'global-dispatch': [
    'Others are reading now',
    'Also read',
    'Ads by MGDK',
    'KEITH J. GARDNER',
    'Wikimedia Commons',
    'Lottery jackpot climbs to 12 million',
    'Transylvanian village',
    'over 20,000 will be sent',
    'Dispatch Digital Publishing SRL',
  ],
  'daily-meridian': [
    'Most read',
    'Advertisement',
    'Storm Darragh',
    '86,000 homes',
    'Interest rates held at 4.75%',
    '2,500 were killed near Sudzha',
    'Registered in England No. 0421911',
  ],
};

const KEY_SENTENCES: Record<string, string[]> = {
  '000_6275b9eade664fba': [
    'More than 1,000 North Korean soldiers have been killed or wounded in Russia’s war with Ukraine, South Korea’s Joint Chiefs of Staff (JCS) has said.',
    'Seoul, Washington and Kyiv have said there are approximately 12,000 North Korean soldiers in Russia.',
    'North Korea has also been accused of providing missiles and artillery shells to Russia.',
    'Experts say North Korean leader Kim Jong Un is eager to acquire advanced technology from Russia and battle experience for his troops.',
  ],
  '001_3e04f3331c4ae288': [
    'Seoul said some 600 North Korean soldiers were killed and nearly 4,700 others killed or wounded.',
    'North Korea brought home alone this year some 2,000 wounded soldiers.',
    'Seoul has assured that North Korea deployed 18,000 troops to Russia in two waves.',
    'Seoul cautioned that Pyongyang might deploy even more troops in the future.',
  ],
  '002_dd3bf1ecb0a6c1c0': [
    'South Korea’s intelligence service estimates that around 6,000 North Korean soldiers fighting alongside Russian forces have been killed or wounded, Yonhap news agency reported.',
    'Approximately 10,000 North Korean troops, along with 1,000 military engineers, are said to be deployed in Russia’s Kursk region near the front lines.',
    'The agency also reported that about 1,100 soldiers returned to North Korea in December 2025.',
    'In August, Kim decorated troops and commanders who had taken part in operations in the Kursk region and met with the families of those killed.',
  ],
  '003_2895c678fcb53e31': [
    'At least 100 North Korean soldiers have reportedly been killed in the ongoing conflict in Ukraine since their deployment alongside Russian forces earlier this month.',
    'The reports also indicated that approximately 1,000 North Korean soldiers have sustained injuries, with some high-ranking officials among the casualties.',
    "Earlier reports had indicated that North Korea sent around 10,000 troops to support Russia's military efforts, marking a notable escalation in the collaboration between the two nations.",
    'Amid these developments, complaints have circulated within the Russian military regarding the perceived burden placed on its operations by the North Korean troops, given their lack of familiarity with modern combat technologies, particularly drones.',
  ],
  '004_d502b79e978679da': [
    'Over 1,100 North Korean soldiers have reportedly been killed or wounded in the ongoing war in Ukraine, according to South Korea’s Joint Chiefs of Staff (JCS).',
    'Ukrainian special operations forces claimed that Russia has been giving North Korean soldiers fake IDs to cover up the devastating number of losses.',
    'According to intelligence reports, nearly 12,000 North Korean soldiers have been deployed to Russia in total.',
    'As the situation develops, it’s clear that North Korea’s involvement in the war is causing significant strain, both on the soldiers fighting on the frontlines and on the broader geopolitical landscape.',
  ],
};

/** One expectation per seed article, in seed order. */
export const DEMO_ARTICLES: DemoArticleExpectation[] = ARTICLES.map((a) => ({
  seedId: a.seedId,
  outletId: a.outletId,
  path: a.path,
  variantPaths: feedVariantPaths(a),
  ampPath: ampPath(a),
  homePath: homeLinkPath(a),
  title: a.title,
  published: isoDay(a.publishedAt),
  publishedAt: a.publishedAt,
  author: a.author,
  siteName: outletById(a.outletId).name,
  keySentences: KEY_SENTENCES[a.seedId] ?? [],
  clutter: [...COMMON_CLUTTER, ...OUTLET_CLUTTER[a.outletId]],
}));

/**
 * Strings found only in page clutter, never in an article body: none of them
 * may appear in clean extracted text, and no claim may come from them.
 */
export const CLUTTER_STRINGS: string[] = [...new Set([...COMMON_CLUTTER, ...Object.values(OUTLET_CLUTTER).flat()])];
