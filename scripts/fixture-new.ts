/**
 * Turns a saved page into a golden extraction case for test/extract.test.ts:
 * `test/fixtures/pages/<slug>/source.html` + `expected.json`, the expectations
 * written from what the extractor gives today. They are a draft to review, not
 * a truth: a wrong field is corrected by hand, and the test then fails until
 * the extractor is fixed.
 *
 *   npm run fixture:new -- FILE --url URL [--slug NAME] [--out DIR] [--force]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { decodeBody } from '../crawlers/charset.js';
import { extractArticle } from '../pipeline/extract/index.js';
import type { ExtractedArticle } from '../pipeline/types.js';

export const DEFAULT_PAGES_DIR = 'test/fixtures/pages';

/** The metadata fields a golden case pins (the text is checked through paragraphs and strings). */
const PINNED_FIELDS = [
  'title',
  'byline',
  'publishedAt',
  'modifiedAt',
  'canonicalUrl',
  'language',
  'siteName',
  'leadImageUrl',
  'section',
  'flags',
  'method',
] as const;

/** Paragraphs at most this long, without closing punctuation, are taken for headings. */
const MAX_HEADING_CHARS = 80;
const MAX_HEADINGS = 3;
/** Page strings left out of the text that become `mustNotContain` candidates. */
const MAX_CLUTTER_STRINGS = 6;
const MIN_CLUTTER_CHARS = 12;
const MAX_CLUTTER_CHARS = 120;
/** Where clutter usually sits: its text, when absent from the extraction, is worth pinning as absent. */
const CLUTTER_SELECTOR = 'nav, aside, footer, header, form, [class*="related"], [class*="promo"], [class*="newsletter"], [class*="share"], [id*="related"]';
const CLUTTER_STRINGS_PER_PLACE = 2;
/** Elements whose text is one string of a clutter place, unless they hold a block of their own. */
const LEAF_SELECTOR = 'a, li, p, h2, h3, h4, h5, button, figcaption';
const BLOCK_SELECTOR = 'li, p, h2, h3, h4, h5, ul, ol, div';
const MAX_SLUG_CHARS = 60;

/** The shape test/extract.test.ts reads. */
export interface GoldenCase {
  url: string;
  expected: Partial<Pick<ExtractedArticle, (typeof PINNED_FIELDS)[number]>>;
  paragraphs: string[];
  mustContain: string[];
  mustNotContain: string[];
  minParagraphs: number;
}

export interface FixtureOptions {
  /** The saved page (raw bytes as the server sent them, or as a browser saved them). */
  file: string;
  /** The URL the page was fetched from: links and the canonical URL resolve against it. */
  url: string;
  slug?: string;
  /** Folder of golden pages; default test/fixtures/pages. */
  outDir?: string;
  /** Overwrite an existing case. */
  force?: boolean;
}

export interface FixtureResult {
  dir: string;
  golden: GoldenCase;
  charset: string;
}

/** A folder name from the URL's last path segment that has words (or the file name): lower-case words joined by '-'. */
export function slugFor(url: string, file: string): string {
  // A segment without a letter (an id, a date) names nothing.
  const wordsOf = (name: string): string[] => {
    const base = name.replace(/\.[a-z0-9]+$/i, '').toLowerCase();
    return /[a-z]/.test(base) ? (base.match(/[a-z0-9]+/g) ?? []) : [];
  };
  let segments: string[] = [];
  try {
    segments = new URL(url).pathname.split('/').filter(Boolean).reverse();
  } catch {
    // Not a URL: the file name serves.
  }
  const words = [...segments, basename(file)].map(wordsOf).find((w) => w.length > 0) ?? [];
  const slug = words.join('-').slice(0, MAX_SLUG_CHARS).replace(/-+$/, '');
  return slug === '' ? 'page' : slug;
}

function isHeading(paragraph: string): boolean {
  return paragraph.length <= MAX_HEADING_CHARS && !/[.!?:;"”’)]$/.test(paragraph);
}

/**
 * Strings from the page's usual clutter places that the extracted text (and
 * title) leave out: the text of short leaf blocks (a link, a list item, a
 * heading), a few from each place so that every place is represented.
 */
function clutterStrings(html: string, result: ExtractedArticle): string[] {
  const { document } = parseHTML(html);
  const found: string[] = [];
  for (const place of document.querySelectorAll(CLUTTER_SELECTOR)) {
    let taken = 0;
    for (const leaf of place.querySelectorAll(LEAF_SELECTOR)) {
      if (leaf.querySelector(BLOCK_SELECTOR) !== null) continue;
      const s = (leaf.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (s.length < MIN_CLUTTER_CHARS || s.length > MAX_CLUTTER_CHARS || result.text.includes(s) || result.title.includes(s) || found.includes(s)) continue;
      found.push(s);
      if (found.length >= MAX_CLUTTER_STRINGS) return found;
      if (++taken >= CLUTTER_STRINGS_PER_PLACE) break;
    }
  }
  return found;
}

/** The golden case the current extractor gives for a page. */
export function draftGolden(html: string, url: string): GoldenCase {
  const result = extractArticle({ html, url });
  const paragraphs = result.text === '' ? [] : result.text.split('\n\n');
  const first = paragraphs[0];
  const last = paragraphs.length > 1 ? paragraphs[paragraphs.length - 1] : undefined;
  const headings = paragraphs.slice(1, -1).filter(isHeading).slice(0, MAX_HEADINGS);
  const expected: GoldenCase['expected'] = {};
  for (const field of PINNED_FIELDS) (expected as Record<string, unknown>)[field] = result[field];
  const ends = [first, last].filter((p): p is string => p !== undefined);
  return {
    url,
    expected,
    paragraphs: [...new Set([...ends, ...headings])],
    mustContain: ends,
    mustNotContain: clutterStrings(html, result),
    minParagraphs: paragraphs.length,
  };
}

/** Writes `<outDir>/<slug>/source.html` (UTF-8) and `expected.json`; refuses to overwrite without `force`. */
export function writeFixture(options: FixtureOptions): FixtureResult {
  const bytes = readFileSync(options.file);
  const decoded = decodeBody(bytes, undefined);
  const slug = options.slug ?? slugFor(options.url, options.file);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) throw new Error(`slug "${slug}": lower-case letters, digits and "-" only`);
  const dir = resolve(options.outDir ?? DEFAULT_PAGES_DIR, slug);
  if (existsSync(dir) && !options.force) throw new Error(`${dir} exists: choose another --slug, or --force to overwrite it`);
  const golden = draftGolden(decoded.text, options.url);
  mkdirSync(dir, { recursive: true });
  // The golden test reads source.html as UTF-8, so the page is stored decoded.
  writeFileSync(join(dir, 'source.html'), decoded.text);
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(golden, null, 2)}\n`);
  return { dir, golden, charset: decoded.charset };
}

/** What to check before committing the case, printed after writing it. */
export function reviewNotes(result: FixtureResult): string {
  const { golden } = result;
  const shown = (s: string): string => (s.length > 100 ? `${s.slice(0, 97)}...` : s);
  return [
    `wrote ${result.dir}/source.html (decoded from ${result.charset}) and expected.json`,
    '',
    'Review expected.json against the page before committing it:',
    ...Object.entries(golden.expected).map(([k, v]) => `  ${k.padEnd(13)} ${JSON.stringify(v)}`),
    '  Correct any wrong field to the truth (null where the page states none); drop a field you do not want pinned.',
    `paragraphs (${golden.minParagraphs} extracted; minParagraphs is that count): each listed one must be a whole paragraph:`,
    ...golden.paragraphs.map((p) => `  - ${shown(p)}`),
    '  Check the first is where the story starts and the last where it ends; add a heading or a paragraph the extractor missed.',
    'mustNotContain (page strings from nav/aside/footer/related blocks, absent from the text now):',
    ...golden.mustNotContain.map((s) => `  - ${shown(s)}`),
    '  Keep the ones that are clutter; add clutter the text still contains (the test then fails until it is fixed).',
    'Then: npx vitest run test/extract.test.ts',
  ].join('\n');
}

const USAGE = 'usage: npm run fixture:new -- FILE --url URL [--slug NAME] [--out DIR] [--force]';

/** Parses the command line (after `--`); throws with the usage on a bad one. */
export function parseFixtureArgs(argv: string[]): FixtureOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { url: { type: 'string' }, slug: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  const file = positionals[0];
  if (file === undefined || positionals.length > 1 || values.url === undefined) throw new Error(USAGE);
  try {
    new URL(values.url);
  } catch {
    throw new Error(`--url ${values.url}: not an absolute URL\n${USAGE}`);
  }
  return { file, url: values.url, force: values.force, ...(values.slug ? { slug: values.slug } : {}), ...(values.out ? { outDir: values.out } : {}) };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    console.log(reviewNotes(writeFixture(parseFixtureArgs(process.argv.slice(2)))));
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(2);
  }
}
