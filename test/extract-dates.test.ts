/**
 * Page dates: publishedAt and modifiedAt are strict ISO 8601 whatever the page
 * writes, read from more sources (meta variants, JSON-LD variants, <time>,
 * dated URLs, date lines in several languages), and implausible ones refused.
 * Each page is hand-written for its case.
 */
import { describe, expect, it } from 'vitest';
import { dateLedDay, dayFromText, dayFromUrl, normalizeDate, numericOrderOf } from '../pipeline/extract/dates.js';
import { daysFromText } from '../pipeline/extract/day-text.js';
import { isStrictIso8601, parseDate } from '../pipeline/extract/date-parse.js';
import { extractStep, inThreadCompute } from '../pipeline/chain/index.js';
import { extractArticle } from '../pipeline/extract/index.js';

const PROSE = [
  'The council voted on Tuesday night to approve the new flood barrier along the river, after two years of debate over its cost and its route.',
  'Residents who lost homes in the last flood spoke for and against the plan, and the mayor promised that work would start before the spring rains.',
  'Engineers said the barrier would protect about four thousand homes, and that the state would pay for most of it through a resilience grant.',
  'Opponents argued that the money would be better spent moving families out of the flood plain altogether, a plan the council rejected last year.',
];

function page(head: string, body = '', title = 'Flood barrier approved'): string {
  return `<!doctype html><html><head><title>${title}</title>${head}</head><body><main><article><h1>${title}</h1>${body}${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;
}

const extract = (html: string, url = 'https://valley.example/news/flood', fetchedAtMs?: number) => extractArticle({ html, url, fetchedAtMs });

describe('page dates are strict ISO 8601, never the raw string', () => {
  it.each([
    ['Tue Jan 28 15:28:56 CET 2020', '2020-01-28T15:28:56+01:00'],
    ['Di., 25.01.2022 - 14:45', '2022-01-25'],
    ['2022-01-10T22:06:08:684Z', '2022-01-10T22:06:08.684Z'],
    ['2022-01-10T22:06:08', '2022-01-10'],
    ['2022-01-10 22:06', '2022-01-10'],
    ['December 22, 2023 10:22 PM EST', '2023-12-22T22:22:00-05:00'],
    ['1703257200', '2023-12-22T15:00:00Z'],
  ])('%s → %s', (raw, iso) => {
    const article = extract(page(`<meta property="article:published_time" content="${raw}">`));
    expect(article.publishedAt).toBe(iso);
    expect(isStrictIso8601(article.publishedAt ?? '')).toBe(true);
  });

  it('a value that is no date gives way to the next source instead of passing through', () => {
    const html = page(
      '<meta property="article:published_time" content="{{publishDate}}"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-02T08:00:00-04:00"}</script>',
    );
    expect(extract(html).publishedAt).toBe('2023-11-02T08:00:00-04:00');
  });

  it('modifiedAt is strict too, and an impossible value is null', () => {
    expect(extract(page('<meta property="article:modified_time" content="Sat, 23 Dec 2023 05:42:00 PST">')).modifiedAt).toBe('2023-12-23T05:42:00-08:00');
    expect(extract(page('<meta property="article:modified_time" content="2023-12-23T25:42:00Z">')).modifiedAt).toBeNull();
  });
});

describe('more sources of the publication date', () => {
  it.each([
    ['<meta name="sailthru.date" content="2023-03-05 10:00:00">', '2023-03-05'],
    ['<meta name="parsely-pub-date" content="2023-03-05T10:00:00Z">', '2023-03-05T10:00:00Z'],
    ['<meta name="pubdate" content="20230305">', '2023-03-05'],
    ['<meta name="dc.date" content="2023-03-05">', '2023-03-05'],
    ['<meta name="DC.date.issued" content="2023-03-05">', '2023-03-05'],
    ['<meta name="date" content="05.03.2023">', '2023-03-05'],
    ['<meta property="og:published_time" content="2023-03-05T10:00:00+01:00">', '2023-03-05T10:00:00+01:00'],
    ['<meta name="publish_date" content="March 5, 2023">', '2023-03-05'],
    ['<meta itemprop="datePublished" content="2023-03-05">', '2023-03-05'],
    ['<script type="application/ld+json">{"@type":"VideoObject","uploadDate":"2023-03-05T10:00:00Z"}</script>', '2023-03-05T10:00:00Z'],
    ['<script type="application/ld+json">{"@graph":[{"@type":"WebPage","dateCreated":"2023-03-05"}]}</script>', '2023-03-05'],
    ['<script type="application/ld+json">{"@type":"NewsArticle","datePublished":["2023-03-05T10:00:00Z"]}</script>', '2023-03-05T10:00:00Z'],
    ['<meta name="DCSext.articleFirstPublished" content="2023-03-05 10:14">', '2023-03-05'],
    ['<meta name="rnews:datePublished" content="2023-03-05T10:00:00Z">', '2023-03-05T10:00:00Z'],
    ['<meta property="vr:published_time" content="2023-03-05T10:00:00+01:00">', '2023-03-05T10:00:00+01:00'],
    ['<meta name="dc:date" content="2023-03-05">', '2023-03-05'],
  ])('%s', (head, iso) => {
    expect(extract(page(head)).publishedAt).toBe(iso);
  });

  it("where the page's own sources disagree, the earliest day is the publication (a re-publication bumps one)", () => {
    const head =
      '<meta name="datePublished" content="2023-12-23T17:43:09Z"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-12-22T20:31:25Z","dateModified":"2023-12-23T17:43:09Z"}</script>';
    expect(extract(page(head)).publishedAt).toBe('2023-12-22T20:31:25Z');
    // The same instant in the publisher's zone and in UTC: the publisher's day.
    const zoned = '<meta property="article:published_time" content="2023-12-23T03:00:00Z"><meta name="publish-date" content="2023-12-22T22:00:00-05:00">';
    expect(extract(page(zoned)).publishedAt).toBe('2023-12-22T22:00:00-05:00');
  });

  it('a bare day from the meta tags takes its time from a further source that gives one on that day', () => {
    const head = '<meta name="DCSext.articleFirstPublished" content="2023-12-22 12:14">';
    expect(extract(page(head, '<time itemprop="datePublished" datetime="2023-12-22T15:55+0000">22 December 2023</time>')).publishedAt).toBe(
      '2023-12-22T15:55:00+00:00',
    );
    // On another day the further source says nothing about the meta tag's day.
    expect(extract(page(head, '<span itemprop="datePublished" content="2023-12-23T15:55+0000"></span>')).publishedAt).toBe('2023-12-22');
  });

  it('of two own values on the earliest day, the one with a time', () => {
    const head =
      '<meta name="date" content="2023-12-22"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-12-22T17:35:00Z"}</script>';
    expect(extract(page(head)).publishedAt).toBe('2023-12-22T17:35:00Z');
  });

  it('reads <time datetime>', () => {
    expect(extract(page('', '<time datetime="2023-03-05T10:00:00+01:00">5 March</time>')).publishedAt).toBe('2023-03-05T10:00:00+01:00');
  });

  it('reads the day in a dated URL: slashes, dashes, compact and month names', () => {
    expect(dayFromUrl('https://n.example/2024/03/05/story')).toBe('2024-03-05');
    expect(dayFromUrl('https://n.example/news/20240305/story')).toBe('2024-03-05');
    expect(dayFromUrl('https://n.example/2024/mar/05/story')).toBe('2024-03-05');
    expect(dayFromUrl('https://n.example/2024/02/30/story')).toBeNull();
    expect(extract(page(''), 'https://valley.example/2024/03/05/flood-barrier').publishedAt).toBe('2024-03-05');
  });

  it('reads date lines in several languages', () => {
    expect(dayFromText('Veröffentlicht am 5. März 2024')).toBe('2024-03-05');
    expect(dayFromText('Publié le 12 février 2024')).toBe('2024-02-12');
    expect(dayFromText('6 de diciembre de 2023')).toBe('2023-12-06');
    expect(dayFromText('13 settembre 2023')).toBe('2023-09-13');
    expect(dayFromText('5 de março de 2024')).toBe('2024-03-05');
    expect(dayFromText('1 mei 2023')).toBe('2023-05-01');
  });

  it('reads the visible date line under the headline when nothing is structured', () => {
    const html = page('', '<div class="byline"><span>By Ann Lee</span> <span class="date">Published 5 March 2024</span></div>');
    expect(extract(html).publishedAt).toBe('2024-03-05');
  });
});

describe('zones that follow summer time, and zones no table lists', () => {
  it.each([
    ['December 22, 2023 10:22 AM ET', '2023-12-22T10:22:00-05:00'],
    ['July 4, 2023 10:00 AM ET', '2023-07-04T10:00:00-04:00'],
    ['Tue, 04 Jul 2023 10:00:00 PT', '2023-07-04T10:00:00-07:00'],
    ['2023-12-22T10:00:00 CT', '2023-12-22T10:00:00-06:00'],
    ['2023-07-04 10:00 Europe/Berlin', '2023-07-04T10:00:00+02:00'],
    // Either side of the spring change in New York (02:00 local on 12 March 2023).
    ['2023-03-12 01:30 America/New_York', '2023-03-12T01:30:00-05:00'],
    ['2023-03-12 03:30 America/New_York', '2023-03-12T03:30:00-04:00'],
  ])('%s → %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
    expect(parseDate(raw, { zoneless: 'utc' })).toBe(iso);
  });

  it('a zone word no table places keeps the day and drops the time, in feeds too', () => {
    expect(parseDate('Dec 22, 2023 10:22 AM WIB')).toBe('2023-12-22');
    expect(parseDate('Tue, 04 Jul 2023 10:00:00 XYZ', { zoneless: 'utc' })).toBe('2023-07-04');
    expect(parseDate('Tue, 04 Jul 2023 10:00:00 Mars/Olympus')).toBeNull();
  });
});

describe('Chinese, Japanese and Korean days', () => {
  it('in values and in visible date lines', () => {
    expect(parseDate('2023年12月22日 10:22')).toBe('2023-12-22');
    expect(parseDate('2023년 12월 22일 오전 10:22')).toBe('2023-12-22');
    expect(dayFromText('发布时间：2023年12月22日 10:22')).toBe('2023-12-22');
    expect(dayFromText('입력 2023년 12월 22일')).toBe('2023-12-22');
  });
});

describe('all-numeric visible days', () => {
  it('reads dotted, dashed, slashed and year-first days, two-digit years too', () => {
    expect(dayFromText('Di., 25.01.2022 - 14:45')).toBe('2022-01-25');
    expect(dayFromText('Stand: 25.01.22, 14:45 Uhr')).toBe('2022-01-25');
    expect(dayFromText('Posted 2022/01/25 at noon')).toBe('2022-01-25');
    expect(dayFromText('12/22/23 10:00 AM')).toBe('2023-12-22');
    expect(dayFromText('22-12-2023')).toBe('2023-12-22');
    // A version number or a score is no day.
    expect(dayFromText('Version 1.2.10.4 released')).toBeNull();
    expect(dayFromText('13/13/2023')).toBeNull();
  });

  it("reads an ambiguous day in the page's order and keeps the other reading beside it", () => {
    expect(numericOrderOf('en-US')).toBe('mdy');
    expect(numericOrderOf('en')).toBe('mdy');
    expect(numericOrderOf('en-GB')).toBe('dmy');
    expect(numericOrderOf('de_DE')).toBe('dmy');
    expect(daysFromText('05.12.2023', 'dmy')).toEqual(['2023-12-05', '2023-05-12']);
    expect(daysFromText('05.12.2023', 'mdy')).toEqual(['2023-05-12', '2023-12-05']);
    expect(daysFromText('25.12.2023', 'mdy')).toEqual(['2023-12-25']);
    expect(daysFromText('05.05.2023', 'mdy')).toEqual(['2023-05-05']);
  });

  it("a German page's date line under the headline, with nothing structured", () => {
    const html = page('', '<div class="meta"><span class="date">Di., 05.03.2024 - 14:45</span></div>').replace('<html>', '<html lang="de">');
    expect(extract(html).publishedAt).toBe('2024-03-05');
    expect(extract(html.replace('lang="de"', 'lang="en-US"')).publishedAt).toBe('2024-05-03');
  });

  it('an ambiguous date line whose other reading is the structured day keeps the structured value', () => {
    const html = page('<meta property="article:published_time" content="2023-12-05T10:01:00Z">', '<time>05-12-23</time>').replace(
      '<html>',
      '<html lang="en-US">',
    );
    expect(extract(html).publishedAt).toBe('2023-12-05T10:01:00Z');
  });
});

describe('several date lines near the headline', () => {
  it("a card's own <time> beside the byline does not displace the story's posted line that agrees with the metadata", () => {
    const card = '<div class="card"><a href="/tv/show">The Show</a><time class="caption">Nov 17, 2023</time></div>';
    const html = page(
      '<meta property="article:published_time" content="2023-12-22T17:05:00Z">',
      `${card}<div class="caption">Posted: Dec 22, 2023 5:05 pm</div>`,
    );
    expect(extract(html).publishedAt).toBe('2023-12-22T17:05:00Z');
  });

  it("a line labelled as the publication outranks an unlabelled one, even one on the structured value's day", () => {
    // The update's time printed apart from its label, on the day of the only structured value.
    const byline =
      '<div class="byline">By Ann Lee · <span class="date">Posted: Dec 22, 2023 8:25 AM EST</span> · Last updated <time datetime="2024-01-02T15:04:07Z">January 2, 2024</time></div>';
    expect(extract(page('', byline)).publishedAt).toBe('2023-12-22');
  });

  it("a teaser's <time datetime> is no source of the story's date; a permalink around the story's own is", () => {
    const teaser =
      '<div class="grid-item"><a href="/2023/12/22/robots">Sparks fly in Moscow at the finals of the robot battle</a><time datetime="2023-12-22T16:56:39+02:00">December 22, 2023</time></div>';
    expect(
      extract(page('', '', 'Flood barrier approved').replace('</main>', `</main><section>${teaser}</section>`), 'https://valley.example/2023/12/19/flood')
        .publishedAt,
    ).toBe('2023-12-19');
    const permalink =
      '<span class="posted-on">Posted on <a href="/flood" rel="bookmark"><time datetime="2023-12-19T08:00:00+01:00">December 19, 2023</time></a></span>';
    expect(extract(page('', permalink)).publishedAt).toBe('2023-12-19T08:00:00+01:00');
  });

  it('a byline that ends in an update states no publication day', () => {
    expect(dateLedDay('By Michelle Kaufman Updated December 26, 2023 10:48 AM')).toBeNull();
    const html = page(
      '<meta property="article:published_time" content="2023-12-22T11:09:34-05:00">',
      '<div class="byline">By Ann Lee <span>Updated December 26, 2023 10:48 AM</span></div>',
    );
    expect(extract(html).publishedAt).toBe('2023-12-22T11:09:34-05:00');
  });
});

describe('a date line elsewhere on the page, when nothing else states the day', () => {
  const blog = (body: string, lang = 'en') =>
    `<!doctype html><html lang="${lang}"><head><title>Notes from the valley</title></head><body><h1>Valley Notes</h1>${body}</body></html>`;
  const post = PROSE.map((p) => `<p>${p}</p>`).join('');

  it("a blog whose <h1> is the site's name: the line after it, under the post", () => {
    const html = blog(
      `<div class="post"><h2>Notes from the valley</h2>${post}<div class="entry-meta"><span class="posted-on">Posted on March 5, 2024</span></div></div>`,
    );
    expect(extract(html).publishedAt).toBe('2024-03-05');
  });

  it('in several languages, the published label read past the update label', () => {
    const line = '<p class="post-date">Aktualisiert am 6. März 2024, veröffentlicht am 5. März 2024</p>';
    expect(extract(blog(`<div class="post"><h2>Notes from the valley</h2>${post}${line}</div>`, 'de')).publishedAt).toBe('2024-03-05');
    // A French update line is read as one: the publication is the label's day where the page states one.
    const both = '<p class="post-date">Mis à jour le 6 mars 2024</p><p class="post-date">Publié le 5 mars 2024</p>';
    expect(extract(blog(`<div class="post"><h2>Notes from the valley</h2>${post}${both}</div>`, 'fr')).publishedAt).toBe('2024-03-05');
  });

  it("the story's own header inside its <article> is no masthead", () => {
    const html = blog(
      `<article><header class="article-header"><span class="date">Published December 22, 2023</span></header><div class="lead"><h2>Notes from the valley</h2></div>${post}</article>`,
    );
    expect(extract(html).publishedAt).toBe('2023-12-22');
  });

  it("a header-named block that shares more than the page with the headline is the story's, not the masthead", () => {
    const deep = (inner: string) => `<div><div><div><div><div><div>${inner}</div></div></div></div></div></div>`;
    const story = `<div class="story-row">${deep('<h1>Flood barrier approved</h1>')}<div class="content-sub-header"><time class="content-publish-date">December 13, 2023</time></div>${PROSE.map((p) => `<p>${p}</p>`).join('')}</div>`;
    const html = `<!doctype html><html><head><title>Flood barrier approved</title></head><body>${story}</body></html>`;
    expect(extract(html).publishedAt).toBe('2023-12-13');
  });

  it('a page that prints only when it was updated was published by then: that day is the last resort', () => {
    const line = '<div class="attribution-date">Updated on December 11, 2023</div>';
    expect(extract(blog(`<div class="post"><h2>Notes from the valley</h2>${line}${post}</div>`)).publishedAt).toBe('2023-12-11');
    const modified = blog(`<div class="post"><h2>Notes from the valley</h2>${line}${post}</div>`).replace(
      '</head>',
      '<meta property="article:modified_time" content="2023-12-10T09:00:00Z"></head>',
    );
    expect(extract(modified).publishedAt).toBe('2023-12-10T09:00:00Z');
  });

  it('an element marked as the modification is read only as an update', () => {
    const line = '<div class="wiki-page-date-modified">updated<time itemprop="dateModified">Sep 4, 2023</time></div>';
    const modified = blog(`<div class="post"><h2>Notes from the valley</h2>${line}${post}</div>`).replace(
      '</head>',
      '<meta property="article:modified_time" content="2023-09-04T19:51:56Z"></head>',
    );
    expect(extract(modified).publishedAt).toBe('2023-09-04T19:51:56Z');
    expect(extract(blog(`<div class="post"><h2>Notes from the valley</h2>${line}${post}</div>`)).publishedAt).toBe('2023-09-04');
  });

  it("other stories' and the masthead's days are not the story's", () => {
    const card = '<div class="story"><a href="/2024/01/02/other">A much longer headline of another story on the site</a><time>Jan 2, 2024</time></div>';
    expect(extract(blog(`<div class="post"><h2>Notes from the valley</h2>${post}</div>${card}`)).publishedAt).toBeNull();
    const masthead = '<header><span class="date">Sunday, December 24, 2023</span></header>';
    expect(extract(blog(`${masthead}<div class="post"><h2>Notes from the valley</h2>${post}</div>`)).publishedAt).toBeNull();
    const namedMasthead = '<div class="page-header-date">Sunday, December 24, 2023</div>';
    expect(extract(blog(`<div class="page">${namedMasthead}<div class="post"><h2>Notes from the valley</h2>${post}</div></div>`)).publishedAt).toBeNull();
    const related = '<div class="related-posts"><span class="date">January 3, 2024</span></div>';
    expect(extract(blog(`<div class="post"><h2>Notes from the valley</h2>${post}</div>${related}`)).publishedAt).toBeNull();
  });
});

describe('plausibility', () => {
  it('a printed day is checked like a structured one: not before 1995, not after the fetch', () => {
    const fetchedAtMs = Date.parse('2024-03-05T12:00:00Z');
    expect(extract(page('', '<span class="date">March 5, 2031</span>'), undefined, fetchedAtMs).publishedAt).toBeNull();
    expect(extract(page('', '<span class="date">December 22, 1972</span>')).publishedAt).toBeNull();
    expect(extract(page(''), 'https://valley.example/1972/12/22/flood').publishedAt).toBeNull();
  });

  it('refuses a date before 1995 and one more than a day after the fetch', () => {
    expect(normalizeDate('1970-01-01T00:00:00Z')).toBeNull();
    expect(normalizeDate('0001-01-01')).toBeNull();
    const fetchedAtMs = Date.parse('2024-03-05T12:00:00Z');
    expect(normalizeDate('2024-03-06T10:00:00Z', fetchedAtMs)).toBe('2024-03-06T10:00:00Z');
    expect(normalizeDate('2024-03-09T10:00:00Z', fetchedAtMs)).toBeNull();
    expect(extract(page('<meta property="article:published_time" content="2031-01-01T00:00:00Z">'), undefined, fetchedAtMs).publishedAt).toBeNull();
  });
});

describe('the fetch time reaches extraction', () => {
  it("the extract step passes the page's fetchedAt, so a date after it is refused", async () => {
    const url = 'https://valley.example/news/flood';
    const html = page('<meta property="article:published_time" content="2031-01-01T00:00:00Z">');
    const entry = { url, feedId: 'f' };
    const input = (fetchedAt: string) => ({
      origin: { feedId: 'f', feedUrl: 'https://valley.example/feed', entry },
      page: { requestedUrl: url, finalUrl: url, status: 200, contentType: 'text/html', fetchedAt, via: 'http' as const },
      source: html,
    });
    const publishedAt = async (fetchedAt: string) => {
      const result = await extractStep(input(fetchedAt), { compute: inThreadCompute() });
      return result.kind === 'next' && result.stage === 'dedup' ? result.input.article.publishedAt : 'skipped';
    };
    expect(await publishedAt('2024-03-05T12:00:00Z')).toBeNull();
    expect(await publishedAt('2031-01-01T06:00:00Z')).toBe('2031-01-01T00:00:00Z');
  });
});
