/**
 * Date misses of our extractor on the extraction dev set, one block per page:
 * the truth day, our publishedAt and the three readings it is chosen from
 * (structured, the headline's date line, the URL), then every place the raw
 * page writes the truth day in any form this script knows (ISO and slashed
 * numbers in both day/month orders, two-digit years, month names, compact
 * digits, epoch seconds or milliseconds that fall on it in some zone, month
 * names of every language date-parse.ts reads, slashes escaped in JSON or URLs),
 * each with a little context. A miss whose truth day is written nowhere is
 * beyond reach of any reader of the page: the count of those is the ceiling's
 * gap. Beside it: the misses whose truth is reached only by moving a timestamp
 * written on another day into some zone (UTC-12 to UTC+14), and relative times
 * ("3 days ago") on the page, which need a fetch time the set does not give.
 *
 *   npx tsx bench/extract-date-misses.ts [--data DIR] [--limit N] [--context N] [--quiet]
 *   npx tsx bench/extract-date-misses.ts --without-metadata [--text-only]
 *
 * --without-metadata reads every page again with its meta tags and JSON-LD
 * removed, the way many pages of the open web come, and counts how many still
 * get a date, how many get the day the full page gives (the truth has slips
 * of its own, see above) and how many the truth's day: the readers of
 * <time>, visible date lines and URLs on their own. --text-only strips more:
 * every script, the structured attributes (datetime, content, data-*date*,
 * data-timestamp), and reads each page under an undated URL: the printed
 * lines (and the canonical link) on their own.
 */
import { pageElements, parseDocument } from '../pipeline/extract/dom.js';
import { dayFromUrl, structuredDate, visibleDays } from '../pipeline/extract/dates.js';
import { extractArticle } from '../pipeline/extract/index.js';
import { findArticleObject, readJsonLd } from '../pipeline/extract/jsonld.js';
import { indexMetaTags } from '../pipeline/extract/meta-tags.js';
import { MONTH_NAME_PATTERN, monthOf } from '../pipeline/extract/date-parse.js';
import { headlineElement, pageHeadings } from '../pipeline/extract/title.js';
import { argValue, openDevSet } from './extraction-dev-set.js';

const CONTEXT_CHARS = Number(argValue('--context') ?? 60);
const MAX_HITS_SHOWN = 8;
const quiet = process.argv.includes('--quiet');
/** The URL --text-only reads every page under: it states no day. */
const UNDATED_URL = 'https://example.com/story';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const HOUR_MS = 3_600_000;

const pad = (n: number) => String(n).padStart(2, '0');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regexes that match `day` (YYYY-MM-DD) written in the common and the less common forms. */
function dayForms(day: string): { form: string; re: RegExp }[] {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const yy = pad(y % 100);
  const mm = pad(m);
  const dd = pad(d);
  const name = MONTHS[m - 1] ?? '';
  const short = name.slice(0, 3);
  const monthWord = `(?:${escapeRegExp(name)}|${escapeRegExp(short)}\\.?|${name === 'september' ? 'sept\\.?' : short})`;
  const dayNum = `0?${d}(?:st|nd|rd|th)?`;
  const nb = '(?<!\\d)';
  const na = '(?!\\d)';
  return [
    { form: 'iso', re: new RegExp(`${nb}${y}-${mm}-${dd}${na}`, 'g') },
    { form: 'y/m/d', re: new RegExp(`${nb}${y}[/.]0?${m}[/.]0?${d}${na}`, 'g') },
    { form: 'm/d/y', re: new RegExp(`${nb}0?${m}[/.-]0?${d}[/.-](?:${y}|${yy})${na}`, 'g') },
    { form: 'd/m/y', re: new RegExp(`${nb}0?${d}[/.-]0?${m}[/.-](?:${y}|${yy})${na}`, 'g') },
    { form: 'compact', re: new RegExp(`${nb}${y}${mm}${dd}${na}`, 'g') },
    { form: 'month d, y', re: new RegExp(`${monthWord}\\s+${dayNum},?\\s+(?:${y}|'${yy})${na}`, 'gi') },
    { form: 'd month y', re: new RegExp(`${nb}${dayNum}\\.?\\s+(?:of\\s+|de\\s+)?${monthWord},?\\s+(?:de\\s+)?${y}${na}`, 'gi') },
    { form: 'escaped y/m/d', re: new RegExp(`${nb}${y}(?:\\\\u002F|%2F|\\\\/)0?${m}(?:\\\\u002F|%2F|\\\\/)0?${d}${na}`, 'gi') },
    { form: 'month d (no year)', re: new RegExp(`${monthWord}\\s+${dayNum}${na}(?!,?\\s+(?:19|20)\\d\\d)`, 'gi') },
  ];
}

/** 10- and 13-digit numbers whose instant falls on `day` in some zone in use (UTC-12 to UTC+14). */
function epochHits(html: string, day: string): { form: string; at: number; text: string }[] {
  const start = Date.parse(`${day}T00:00:00Z`);
  const from = start - 14 * HOUR_MS;
  const to = start + 24 * HOUR_MS + 12 * HOUR_MS;
  const hits: { form: string; at: number; text: string }[] = [];
  for (const m of html.matchAll(/(?<![\d.])(\d{10}|\d{13})(?![\d])/g)) {
    const n = Number(m[1]);
    const ms = m[1]?.length === 10 ? n * 1000 : n;
    if (ms >= from && ms < to) hits.push({ form: m[1]?.length === 10 ? 'epoch s' : 'epoch ms', at: m.index ?? 0, text: m[0] });
  }
  return hits;
}

/** A day and a month's name in any language date-parse.ts reads, then the year: "20 grudnia 2023", "20. Dezember 2023". */
const ANY_LANGUAGE_DAY = new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s+(?:de\\s+)?(${MONTH_NAME_PATTERN})\\.?,?\\s+(?:de\\s+)?((?:19|20)\\d\\d)(?!\\d)`, 'giu');

function anyLanguageHits(html: string, day: string): { form: string; at: number; text: string }[] {
  const [y, m, d] = day.split('-').map(Number);
  const hits: { form: string; at: number; text: string }[] = [];
  for (const hit of html.matchAll(ANY_LANGUAGE_DAY)) {
    if (Number(hit[1]) === d && monthOf(hit[2] ?? '') === m && Number(hit[3]) === y && !/^[a-z]+$/i.test(hit[2] ?? ''))
      hits.push({ form: 'd month y (any language)', at: hit.index ?? 0, text: hit[0] });
  }
  return hits;
}

/** ISO timestamps written on another day whose instant falls on `day` in some zone in use. */
function zoneShiftHits(html: string, day: string): { form: string; at: number; text: string }[] {
  const start = Date.parse(`${day}T00:00:00Z`);
  const hits: { form: string; at: number; text: string }[] = [];
  for (const m of html.matchAll(/\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)/g)) {
    const ms = Date.parse(m[0]);
    if (m[0].slice(0, 10) !== day && ms >= start - 14 * HOUR_MS && ms < start + 36 * HOUR_MS) hits.push({ form: 'zone shift', at: m.index ?? 0, text: m[0] });
  }
  return hits;
}

const RELATIVE_TIME = /\b\d+\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b/gi;

function around(html: string, at: number, length: number): string {
  return html
    .slice(Math.max(0, at - CONTEXT_CHARS), at + length + CONTEXT_CHARS)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where in the page an offset lies: a script, a comment, a meta or other tag, or text. */
function placeOf(html: string, at: number): string {
  const before = html.slice(0, at);
  const lastScript = before.lastIndexOf('<script');
  if (lastScript > before.lastIndexOf('</script')) {
    const tag = before.slice(lastScript, before.indexOf('>', lastScript) + 1);
    return /ld\+json/i.test(tag) ? 'json-ld' : 'script';
  }
  if (before.lastIndexOf('<!--') > before.lastIndexOf('-->')) return 'comment';
  const lastOpen = before.lastIndexOf('<');
  if (lastOpen > before.lastIndexOf('>')) {
    const tag = /^<([a-zA-Z0-9-]+)/.exec(before.slice(lastOpen))?.[1]?.toLowerCase() ?? '?';
    const attr = /([\w:-]+)=["']?[^"'=]*$/.exec(before.slice(lastOpen))?.[1] ?? '';
    return `<${tag} ${attr}>`;
  }
  return 'text';
}

const devSet = openDevSet();
if (process.argv.includes('--without-metadata')) {
  withoutMetadata();
  process.exit(0);
}

function withoutMetadata(): void {
  const textOnly = process.argv.includes('--text-only');
  let counted = 0;
  let answered = 0;
  let asFull = 0;
  let asTruth = 0;
  for (const t of devSet.truth<{ id: string; url: string; date: string }>()) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(t.date)) continue;
    counted++;
    const html = devSet.html(t.id);
    const full = extractArticle({ html, url: t.url }).publishedAt?.slice(0, 10);
    const bare = textOnly
      ? html
          .replace(/<meta[^>]*>/gi, '')
          .replace(/<script[\s\S]*?<\/script>/gi, '')
          .replace(/\s(datetime|content|data-[\w-]*date[\w-]*|data-timestamp)="[^"]*"/gi, '')
      : html.replace(/<meta[^>]*>/gi, '').replace(/<script[^>]*ld\+json[^>]*>[\s\S]*?<\/script>/gi, '');
    const day = extractArticle({ html: bare, url: textOnly ? UNDATED_URL : t.url }).publishedAt?.slice(0, 10);
    if (!day) continue;
    answered++;
    if (day === full) asFull++;
    else if (!quiet) console.log(`without metadata ${day}, full page ${full ?? '-'}, truth ${t.date}: ${t.url}`);
    if (day === t.date) asTruth++;
  }
  const what = textOnly ? 'without meta tags, JSON-LD, scripts, date attributes or a dated URL' : 'without meta tags and JSON-LD';
  console.log(`${what}: ${answered}/${counted} pages get a date; ${asFull} the full page's day, ${asTruth} the truth's`);
}
const truth = devSet.truth<{ id: string; url: string; date: string }>();
let counted = 0;
let right = 0;
let nowhere = 0;
let nowhereOtherYear = 0;
let onlyInScripts = 0;
/** Of the misses written nowhere: reached by moving a timestamp into some zone; with relative times on the page. */
let nowhereButZoneShift = 0;
let nowhereButRelative = 0;
/** Misses whose truth is the page's modification day where it states an earlier publication. */
let truthIsModified = 0;
const byForm = new Map<string, number>();
for (const t of truth) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t.date)) continue;
  counted++;
  const html = devSet.html(t.id);
  const ours = extractArticle({ html, url: t.url }).publishedAt;
  if (ours?.slice(0, 10) === t.date) {
    right++;
    continue;
  }
  const doc = parseDocument(html);
  const page = pageElements(doc);
  const ld = readJsonLd(doc, page.tags.byTag('script'));
  indexMetaTags(doc, page.tags.byTag('meta'));
  const article = findArticleObject(ld);
  const headline = headlineElement(pageHeadings(page.tags.byTag('h1')));
  const structured = structuredDate(doc, article, ld, 'published', page.all);
  const modified = structuredDate(doc, article, ld, 'modified', page.all);
  const line = visibleDays(headline, doc.title ?? '').join('|') || null;
  const urlDay = dayFromUrl(t.url);

  const hits: { form: string; at: number; text: string }[] = [];
  for (const { form, re } of dayForms(t.date)) for (const m of html.matchAll(re)) hits.push({ form, at: m.index ?? 0, text: m[0] });
  hits.push(...epochHits(html, t.date), ...anyLanguageHits(html, t.date));
  hits.sort((a, b) => a.at - b.at);
  const withYear = hits.filter((h) => h.form !== 'month d (no year)');
  if (withYear.length === 0) {
    nowhere++;
    if (zoneShiftHits(html, t.date).length > 0) nowhereButZoneShift++;
    if (RELATIVE_TIME.test(html)) nowhereButRelative++;
    RELATIVE_TIME.lastIndex = 0;
    // The page states the truth's month and day in another year (the truth's year slipped).
    const monthDay = t.date.slice(4);
    if ([ours, structured, modified, line].some((d) => d?.slice(4, 10) === monthDay)) nowhereOtherYear++;
  } else if (withYear.every((h) => ['script', 'comment'].includes(placeOf(html, h.at)))) onlyInScripts++;
  if (modified?.slice(0, 10) === t.date && structured !== null && structured.slice(0, 10) < t.date) truthIsModified++;
  for (const form of new Set(withYear.map((h) => h.form))) byForm.set(form, (byForm.get(form) ?? 0) + 1);
  if (quiet) continue;
  console.log(`\n== ${t.id} ${t.url}`);
  console.log(`truth ${t.date}  ours ${ours ?? '-'}  structured ${structured ?? '-'}  modified ${modified ?? '-'}  line ${line ?? '-'}  url ${urlDay ?? '-'}`);
  console.log(withYear.length === 0 ? `  truth day written nowhere (${hits.length} month-day hits without a year)` : `  truth day written ${withYear.length}x`);
  for (const h of hits.slice(0, MAX_HITS_SHOWN)) console.log(`  [${h.form}] ${placeOf(html, h.at)}: ${around(html, h.at, h.text.length)}`);
}
console.log(`\ndate same day ${right}/${counted} (${(right / counted).toFixed(3)}); misses ${counted - right}`);
console.log(`misses whose truth day is written nowhere on the page (any form above, with a year): ${nowhere}`);
console.log(`  of them, the page's own month and day in another year: ${nowhereOtherYear}`);
console.log(`  of them, reached only by moving a timestamp written on another day into some zone: ${nowhereButZoneShift}`);
console.log(`  of them, on pages with relative times ("3 days ago", no fetch time to read them against): ${nowhereButRelative}`);
console.log(`misses whose truth is the modification day of a page that states an earlier publication: ${truthIsModified}`);
console.log(`misses whose truth day is written only in scripts or comments: ${onlyInScripts}`);
console.log(`ceiling if every written truth day were read: ${((counted - nowhere) / counted).toFixed(3)}`);
console.log(`misses by form the truth day is written in: ${[...byForm].map(([f, n]) => `${f} ${n}`).join(', ')}`);
