/**
 * Publication days of pages that come without meta tags or JSON-LD, as many
 * pages of the open web do: read from <time>, date lines near the headline,
 * bylines, data attributes and permalinks, in several languages. Each page is
 * hand-written for its case.
 */
import { describe, expect, it } from 'vitest';
import { relativeDay } from '../pipeline/extract/date-relative.js';
import { extractArticle } from '../pipeline/extract/index.js';

const PROSE = [
  'The council voted on Tuesday night to approve the new flood barrier along the river, after two years of debate over its cost and its route.',
  'Residents who lost homes in the last flood spoke for and against the plan, and the mayor promised that work would start before the spring rains.',
  'Engineers said the barrier would protect about four thousand homes, and that the state would pay for most of it through a resilience grant.',
  'Opponents argued that the money would be better spent moving families out of the flood plain altogether, a plan the council rejected last year.',
].map((p) => `<p>${p}</p>`);
const STORY = PROSE.join('');
const TITLE = 'Flood barrier approved after two years';

/** A page with no meta tags and no JSON-LD: `body` is everything inside <body>. */
function bare(body: string, lang = 'en', title = TITLE): string {
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>${body}</body></html>`;
}

const day = (html: string, url = 'https://valley.example/news/flood', fetchedAtMs?: number) => extractArticle({ html, url, fetchedAtMs }).publishedAt;

describe('the story time beside boilerplate', () => {
  it('a permalink holding the time and its update time is the date itself, not a link to another story', () => {
    const meta =
      '<div class="entry-meta"><span class="posted-on"><a href="https://valley.example/news/flood" rel="bookmark"><time class="entry-date published" datetime="2023-11-10T17:19:16+01:00">1 month ago</time><time class="updated" datetime="2023-11-12T09:00:00+01:00">1 month ago</time></a></span></div>';
    expect(day(bare(`<article><header class="entry-header"><h1>${TITLE}</h1>${meta}</header>${STORY}</article>`))).toBe('2023-11-10T17:19:16+01:00');
  });

  it("a widget's script inside a link is no teaser's headline", () => {
    const figure = `<div class="media"><a href="#"><script>window.gallery && gallery.init({ autoplay: false, captions: true });</script></a></div>`;
    const html = bare(
      `<article><div class="top"><h1>${TITLE}</h1></div><div class="row">${figure}<div class="sub-header"><div class="byline-and-date"><time class="publish-date" datetime="2023-12-06T11:00:00+00:00">December 6, 2023</time></div></div></div>${STORY}</article>`,
    );
    expect(day(html)).toBe('2023-12-06T11:00:00+00:00');
  });

  it('a byline block beside the headline keeps its date even with a long boilerplate link in it', () => {
    const byline =
      '<div class="article-meta"><div class="bylines"><div class="bylines-group"><span>By Ann Lee</span><a href="/about#process">Learn about our editorial process here</a><div class="byline-item-date">Updated on December 14, 2023</div></div></div></div>';
    expect(day(bare(`<article><div class="article-header"><h1>${TITLE}</h1>${byline}</div>${STORY}</article>`))).toBe('2023-12-14');
  });

  it("a navigation bar's date (the masthead's today, written by a script) is not the story's", () => {
    const navbar = '<div id="mainnavbar-wrap"><div class="site-nav-main"><div class="nm-menu-date">July 10, 2022</div></div></div>';
    expect(day(bare(`${navbar}<article><h1>${TITLE}</h1>${STORY}</article>`))).toBeNull();
  });

  it('a teaser card away from the headline still keeps its day out', () => {
    const card =
      '<div class="card"><div class="card-body"><a href="/news/other">A much longer headline of another story on the site</a><span class="date">Jan 2, 2024</span></div></div>';
    expect(day(bare(`<article><h1>${TITLE}</h1>${STORY}</article><div class="rail">${card}</div>`))).toBeNull();
  });
});

describe('a page without an <h1>', () => {
  it('the <h2> that agrees with the title is where its byline date is read', () => {
    const html = bare(
      `<main><article><header class="entry-header"><h2 class="entry-title">${TITLE}</h2><div class="entry-meta"><div class="latest-by">By <a href="/author/ann-lee/">Ann Lee</a> • December 15, 2023 12:25 pm</div></div></header>${STORY}</article></main>`,
    );
    expect(day(html)).toBe('2023-12-15');
  });

  it("a quoted story's card footer under the headline is not the story's byline", () => {
    const quoted =
      '<section class="pick"><article class="statement"><div class="statement-quote">Flood walls never work</div><footer class="statement-footer">By Bo Hart • November 28, 2023</footer></article></section>';
    const html = bare(
      `<div class="row"><div class="left"><span class="author-date">December 21, 2023</span></div><div class="center"><header><h2 class="title">${TITLE}</h2></header><article class="textblock">${PROSE[0]}${quoted}${PROSE.slice(1).join('')}</article></div></div>`,
    );
    expect(day(html, 'https://valley.example/news/2023/dec/21/flood')).toBe('2023-12-21');
  });
});

describe('a date element that states its day in an attribute', () => {
  it('an empty slot a script fills: data-datetime on the named element or its only child', () => {
    const slot = '<div class="article__date"><p data-datetime="11/21/2023 14:59:38" js-date-to-convert=""></p></div>';
    expect(day(bare(`<article><h1>${TITLE}</h1>${slot}${STORY}</article>`))).toBe('2023-11-21');
    const own = '<span class="post-date" data-date="2023-11-21T14:59:38Z"></span>';
    expect(day(bare(`<article><h1>${TITLE}</h1>${own}${STORY}</article>`))).toBe('2023-11-21');
  });

  it('an epoch number in data-timestamp is read in UTC', () => {
    const slot = '<span class="timestamp" data-timestamp="1700578778"></span>';
    expect(day(bare(`<article><h1>${TITLE}</h1>${slot}${STORY}</article>`))).toBe('2023-11-21');
  });

  it('a relative time ("3 days ago") under the story takes its day from datetime', () => {
    const blog = `<h1>Valley Notes</h1><div class="post"><h2>Other words</h2>${STORY}<span class="published-on"><time datetime="2023-11-18">3 days ago</time></span></div>`;
    // No <h2> agrees with the title here, so only the page-wide reader can find it.
    expect(day(bare(blog, 'en', 'Notes from the valley'))).toBe('2023-11-18');
  });

  it('a day no attribute states stays unknown, and an attribute is not read on an unnamed element', () => {
    expect(day(bare(`<article><h1>${TITLE}</h1><div class="article__date"><p></p></div>${STORY}</article>`))).toBeNull();
    expect(day(bare(`<article><h1>${TITLE}</h1><div data-date="2023-11-21">${PROSE[0]}</div>${STORY}</article>`))).toBeNull();
  });
});

describe('date lines in several languages', () => {
  /** An unnamed line right under the headline, in the language `lang` (the headline agrees with the title). */
  const under = (line: string, lang: string) =>
    day(bare(`<article><div class="head"><h1>${TITLE}</h1><div class="meta"><span>${line}</span></div></div>${STORY}</article>`, lang));

  it.each([
    ['Mittwoch, 20. Dezember 2023, 14:45 Uhr', 'de', '2023-12-20'],
    ['Von Anna Berg | 20.12.2023', 'de', '2023-12-20'],
    ['le mercredi 20 décembre 2023 à 10h12', 'fr', '2023-12-20'],
    ['Par Jean Roy, le 20 décembre 2023', 'fr', '2023-12-20'],
    ['Por María López - 20 de diciembre de 2023', 'es', '2023-12-20'],
    ['miércoles, 20 de diciembre de 2023', 'es', '2023-12-20'],
    ['di Marco Rossi - 20 dicembre 2023', 'it', '2023-12-20'],
    ['quarta-feira, 20 de dezembro de 2023', 'pt', '2023-12-20'],
    ['Door Eva de Vries · 20 december 2023', 'nl', '2023-12-20'],
    ['onsdag 20 december 2023', 'sv', '2023-12-20'],
    ['Przez Jan Nowak, 20 grudnia 2023', 'pl', '2023-12-20'],
    ['20. prosince 2023', 'cs', '2023-12-20'],
    ['20 декабря 2023', 'ru', '2023-12-20'],
    ['20 грудня 2023', 'uk', '2023-12-20'],
    ['20 Aralık 2023', 'tr', '2023-12-20'],
    ['20 Desember 2023', 'id', '2023-12-20'],
    ['20. joulukuuta 2023', 'fi', '2023-12-20'],
    ['20 decembrie 2023', 'ro', '2023-12-20'],
    ['Stand: 20.12.2023', 'de', '2023-12-20'],
  ])('%s (%s)', (line, lang, expected) => {
    expect(under(line, lang)).toBe(expected);
  });

  it.each([
    ['Valley Daily News / 05:42 AM December 20, 2023', 'en', '2023-12-20'],
    ['City Desk | Dec. 20, 2023', 'en', '2023-12-20'],
    ['10:22 PM, December 20, 2023', 'en', '2023-12-20'],
    ['By Ann Lee | 09:45 AM Dec 20, 2023', 'en', '2023-12-20'],
    ['14.45 Uhr, 20. Dezember 2023', 'de', '2023-12-20'],
  ])('a source before the date, or a time: %s (%s)', (line, lang, expected) => {
    expect(under(line, lang)).toBe(expected);
  });

  it('a line of prose before a date is still no date line', () => {
    expect(under('The council met at 10:22 PM on December 20, 2023', 'en')).toBeNull();
    expect(under('Read the council minutes / December 20, 2023', 'en')).toBeNull();
  });

  it.each([
    ['Publicerad 20 december 2023, uppdaterad 21 december 2023', 'sv', '2023-12-20'],
    ['Opublikowano: 20 grudnia 2023', 'pl', '2023-12-20'],
    ['Julkaistu 20.12.2023', 'fi', '2023-12-20'],
    ['Опубликовано 20 декабря 2023', 'ru', '2023-12-20'],
  ])('a labelled publication: %s (%s)', (line, lang, expected) => {
    expect(under(line, lang)).toBe(expected);
  });

  it('an update-only line in another language is read as an update: the last resort, after a publication line', () => {
    const update = '<span>Zaktualizowano 21 grudnia 2023</span>';
    const lines = (more: string) => bare(`<article><div class="head"><h1>${TITLE}</h1><div class="meta">${update}${more}</div></div>${STORY}</article>`, 'pl');
    expect(day(lines(''))).toBe('2023-12-21');
    expect(day(lines('<span class="date">20 grudnia 2023</span>'))).toBe('2023-12-20');
  });

  it('prose that names a day is no date line, in any language', () => {
    const html = bare(
      `<article><div class="head"><h1>${TITLE}</h1><div class="meta"><span>Die Sitzung am 20. Dezember 2023 wurde vertagt</span></div></div>${STORY}</article>`,
      'de',
    );
    expect(day(html)).toBeNull();
  });
});

describe('the last readings, when the headline block states no day', () => {
  it('a byline ending in a day, set apart from the headline, is read anywhere after it', () => {
    const byline =
      '<section class="article-author"><div class="article--author"><span>By <a href="/author/ann-lee/">Ann Lee</a></span><span>&nbsp;|&nbsp;<a href="/2023/08/21">August 21, 2023</a></span></div></section>';
    const html = bare(
      `<div class="hero"><div class="inner"><div class="text"><section><h1>${TITLE}</h1></section></div></div></div><div class="wrap">${byline}</div><article>${STORY}</article>`,
    );
    expect(day(html)).toBe('2023-08-21');
  });

  it("a comment's byline is not the story's", () => {
    const comment = '<div class="comments"><div class="comment"><span>By Bo Hart</span> · <span>August 22, 2023</span></div></div>';
    expect(day(bare(`<article><h1>${TITLE}</h1>${STORY}</article>${comment}`))).toBeNull();
  });

  it('an unnamed "Updated" line by the headline is the last resort', () => {
    const html = bare(
      `<article><div class="head"><h1>${TITLE}</h1><div class="byline">AFP / <span>Updated: Dec 22, 2023, 19:28 IST</span></div></div>${STORY}</article>`,
    );
    expect(day(html)).toBe('2023-12-22');
    const labelled = bare(
      `<article><div class="head"><h1>${TITLE}</h1><div><span class="font-semibold"> Updated December 7, 2023 </span></div></div>${STORY}</article>`,
    );
    expect(day(labelled)).toBe('2023-12-07');
  });

  it('a publication line wins over an update line, and prose mentioning an update is no line', () => {
    const both = bare(
      `<article><div class="head"><h1>${TITLE}</h1><div><span>Updated December 7, 2023</span><span class="date">December 5, 2023</span></div></div>${STORY}</article>`,
    );
    expect(day(both)).toBe('2023-12-05');
    const prose = bare(
      `<article><div class="head"><h1>${TITLE}</h1><div><span>The council said the plan it updated on December 7, 2023 would stand</span></div></div>${STORY}</article>`,
    );
    expect(day(prose)).toBeNull();
  });
});

describe('more forms of the day', () => {
  it.each([
    ['https://valley.example/news/flood-barrier-approved-2023-12-20.html', '2023-12-20'],
    ['https://valley.example/news/flood_barrier_20231220.html', '2023-12-20'],
    ['https://valley.example/world/2023/1220/flood-barrier', '2023-12-20'],
    ['https://valley.example/2023/12/20/flood-barrier', '2023-12-20'],
  ])('the day in the URL %s', (url, expected) => {
    expect(day(bare(`<article><h1>${TITLE}</h1>${STORY}</article>`), url)).toBe(expected);
  });

  it.each([
    ['https://valley.example/news/flood-barrier-2023-13-45.html'],
    ['https://valley.example/news/item-202312201234'],
    ['https://valley.example/products/model-2023-12'],
  ])('no day in %s', (url) => {
    expect(day(bare(`<article><h1>${TITLE}</h1>${STORY}</article>`), url)).toBeNull();
  });

  it("the canonical URL's day where the fetched URL has none (a feed's redirect, an AMP page)", () => {
    const html = bare(`<article><h1>${TITLE}</h1>${STORY}</article>`).replace('</head>', '<link rel="canonical" href="/2023/10/17/flood-barrier/"></head>');
    expect(day(html, 'https://valley.example/amp/story?id=48')).toBe('2023-10-17');
    // The fetched URL's own day comes first.
    expect(day(html, 'https://valley.example/2023/10/16/flood-barrier/')).toBe('2023-10-16');
  });

  it("a custom element's own date attribute in a named slot (<lit-timestamp publishdate>)", () => {
    const slot = '<div class="publish-date"><lit-timestamp publishdate="2023-12-22T17:03:16Z"></lit-timestamp></div>';
    expect(day(bare(`<article><h1>${TITLE}</h1>${slot}${STORY}</article>`))).toBe('2023-12-22');
  });

  it('a byline block named as the meta block ("article-meta-item") holds the date line, wherever it stands', () => {
    const meta =
      '<div class="article-meta"><div class="article-meta-item"><h3>Ann Lee</h3></div><div class="article-meta-item"><span class="heading-12">Dec 22, 2023</span></div></div>';
    const html = bare(
      `<div class="hero"><div><div><div><h1>${TITLE}</h1></div></div></div></div><div class="grid"><div class="col">${STORY}</div><div class="col">${meta}</div></div>`,
    );
    expect(day(html)).toBe('2023-12-22');
    // Tags and counts in a meta block are no date.
    const tags = '<div class="post-meta">Tags: 2023, flood, council · 12 comments</div>';
    expect(day(bare(`<article><h1>${TITLE}</h1>${tags}${STORY}</article>`))).toBeNull();
  });

  it("a short date's tooltip gives its year (hAtom's <abbr class=published title>)", () => {
    const abbr = '<abbr class="published" title="2023-12-20T10:00:00+01:00">Dec 20</abbr>';
    expect(day(bare(`<article><h1>${TITLE}</h1><div class="meta">${abbr}</div>${STORY}</article>`))).toBe('2023-12-20');
  });
});

describe('relative times, read against the fetch time', () => {
  const fetchedAtMs = Date.parse('2023-12-21T01:30:00Z');

  it.each([
    ['3 hours ago', '2023-12-20'],
    ['20 minutes ago', '2023-12-21'],
    ['vor 2 Stunden', '2023-12-20'],
    ['il y a 45 minutes', '2023-12-21'],
    ['hace 1 hora', '2023-12-21'],
    ['5 ore fa', '2023-12-20'],
    ['há 2 horas', '2023-12-20'],
    ['3 uur geleden', '2023-12-20'],
    ['Published 23 hours ago', '2023-12-20'],
  ])('%s → %s', (text, expected) => {
    expect(relativeDay(text, fetchedAtMs)).toBe(expected);
  });

  it.each([['3 days ago'], ['2 weeks ago'], ['24 hours ago'], ['6 min read'], ['3 h'], ['Updated 3 hours ago'], ['In 3 hours']])('%s is no day', (text) => {
    expect(relativeDay(text, fetchedAtMs)).toBeNull();
  });

  it("a date element that prints only a relative time gets the fetch time's day, and none without it", () => {
    const html = bare(`<article><h1>${TITLE}</h1><span class="post-date">3 hours ago</span>${STORY}</article>`);
    expect(day(html, undefined, fetchedAtMs)).toBe('2023-12-20');
    expect(day(html)).toBeNull();
  });
});
