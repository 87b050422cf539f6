/**
 * Unit checks of the extract stage's rules: class-word matching, labels, the
 * content-root guard, learned templates, metadata helpers.
 */
import { describe, expect, it } from 'vitest';
import { hasBoilerplateAttributes, isBoilerplateLabel, isBoilerplateToken } from '../pipeline/extract/classify.js';
import { findDek, findKeyPoints } from '../pipeline/extract/dek.js';
import { elementsOf, parseDocument, toArray } from '../pipeline/extract/dom.js';
import { extractArticle, EXTRACTOR_VERSION } from '../pipeline/extract/index.js';
import { dateLedDay, dayFromText, dayFromUrl, publicationDate } from '../pipeline/extract/dates.js';
import { normalizeDate, stripTitleSuffix } from '../pipeline/extract/metadata.js';
import { paragraphsFromText } from '../pipeline/extract/paragraphs.js';

const PROSE = [
  'The regional council approved the new flood barrier on Tuesday after a two-year review of the river defences and their cost.',
  'Engineers said the barrier would protect about 4,000 homes in the lower town, where water reached the first floors in 2021.',
  'Residents who spoke at the meeting welcomed the decision but asked for a clear timetable and regular reports on the works.',
  'The council expects construction to start in the spring and to finish within eighteen months if the weather allows it.',
];

function page(body: string, bodyClass = ''): string {
  return `<!doctype html><html lang="en"><head><title>Flood barrier approved | Valley Post</title></head><body class="${bodyClass}">${body}</body></html>`;
}

describe('class and id words', () => {
  it('matches whole word parts, not substrings', () => {
    expect(isBoilerplateToken('related-posts')).toBe(true);
    expect(isBoilerplateToken('relatedPosts')).toBe(true);
    expect(isBoilerplateToken('most-read')).toBe(true);
    expect(isBoilerplateToken('shadow')).toBe(false);
    expect(isBoilerplateToken('sharpen')).toBe(false);
    expect(isBoilerplateToken('entry-content')).toBe(false);
  });

  it("reads an id that spells the element's own text as an anchor, not a role", () => {
    const doc = parseDocument(
      '<body><h2 id="the-role-of-peer-support">The Role of Peer Support</h2><div id="support-entry">Give $1</div><h3 id="related-research">Related research</h3><div id="related">More</div></body>',
    );
    const [anchor, ask, anchor2, rail] = ['the-role-of-peer-support', 'support-entry', 'related-research', 'related'].map((id) => doc.querySelector(`#${id}`));
    expect(anchor && hasBoilerplateAttributes(anchor)).toBe(false);
    expect(anchor2 && hasBoilerplateAttributes(anchor2)).toBe(false);
    expect(ask && hasBoilerplateAttributes(ask)).toBe(true);
    expect(rail && hasBoilerplateAttributes(rail)).toBe(true);
  });

  it('never removes the element holding the story, whatever its classes say', () => {
    const article = `<article class="post-with-comments has-sidebar">${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`;
    const related = '<div class="related-posts"><h3>Related Posts</h3><a href="/x">Bridge closed for repairs after storm damage</a></div>';
    const result = extractArticle({
      html: page(`<div class="content-with-widgets">${article}${related}</div>`, 'single-post has-sidebar'),
      url: 'https://valley.example/a',
    });
    for (const p of PROSE) expect(result.text).toContain(p);
    expect(result.text).not.toContain('Bridge closed');
  });
});

describe('labels', () => {
  it('recognises labels in several languages, with punctuation around them', () => {
    for (const label of [
      'Related Posts',
      'You Missed',
      'Read More »',
      'Also read:',
      'Advertisement · Scroll to continue',
      'Ads by MGDK',
      'Weitere Artikel',
      'À lire aussi',
      'Te puede interesar',
      'Others are reading now',
    ]) {
      expect(isBoilerplateLabel(label), label).toBe(true);
    }
    expect(isBoilerplateLabel('Heavy casualties')).toBe(false);
    expect(isBoilerplateLabel('Comment: the two games left against the Lions decide the division')).toBe(false);
  });

  it('keeps a paragraph that merely starts with a label word', () => {
    const body = `<article>${PROSE.map((p) => `<p>${p}</p>`).join('')}<p><strong>Comment:</strong> The council has promised such barriers before, and residents have heard the same timetable twice.</p></article>`;
    const result = extractArticle({ html: page(body), url: 'https://valley.example/a' });
    expect(result.text).toContain('The council has promised such barriers before');
  });
});

describe('learned site templates', () => {
  it('removes blocks a template marks as boilerplate for the host', () => {
    const body = `<article>${PROSE.map((p) => `<p>${p}</p>`).join('')}<div class="valley-strip">Valley Post events this weekend: concerts, markets and a half-marathon.</div></article>`;
    const html = page(body);
    const url = 'https://valley.example/a';
    expect(extractArticle({ html, url }).text).toContain('Valley Post events');
    const templates = { boilerplateBlocks: (host: string) => new Set(host === 'valley.example' ? ['div.valley-strip'] : []) };
    expect(extractArticle({ html, url }, { templates }).text).not.toContain('Valley Post events');
  });
});

describe('metadata helpers', () => {
  it('cuts a site suffix from titles', () => {
    expect(stripTitleSuffix('Flood barrier approved | Valley Post', 'Valley Post')).toBe('Flood barrier approved');
    expect(extractArticle({ html: page(`<article>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`), url: 'https://valley.example/a' }).title).toBe(
      'Flood barrier approved',
    );
  });

  it('normalises non-ISO dates and keeps ISO ones', () => {
    expect(normalizeDate('2023-12-22T18:54:30Z')).toBe('2023-12-22T18:54:30Z');
    expect(normalizeDate('December 22, 2023')).toBe('2023-12-22');
    expect(normalizeDate('Sat, 23 Dec 2023 05:42:00 GMT')).toBe('2023-12-23T05:42:00Z');
    expect(normalizeDate('')).toBeNull();
  });

  it('uses feed hints when the page states nothing', () => {
    const result = extractArticle({
      html: '<html><body><p>Short.</p></body></html>',
      url: 'https://valley.example/b',
      hints: { title: 'From the feed', author: 'Feed Author', publishedAt: '2024-01-02T03:04:05Z' },
    });
    expect(result).toMatchObject({ title: 'From the feed', byline: 'Feed Author', publishedAt: '2024-01-02T03:04:05Z' });
    expect(result.flags).toContain('thin');
    expect(EXTRACTOR_VERSION).toMatch(/\d+\.\d+\.\d+/);
  });

  it('reads the stated day from date lines and dated URLs, as written', () => {
    expect(dayFromText('Published Dec. 22, 2023, 10:22 PM EST')).toBe('2023-12-22');
    expect(dayFromText('19:00, 23 Dec 2023Updated07:26, 24 Dec 2023')).toBe('2023-12-23');
    expect(dayFromText('By Alexis Crisostomo - September 28, 2022 0 929')).toBe('2022-09-28');
    expect(dayFromText('5 min read')).toBeNull();
    expect(dayFromUrl('https://news.example/2023/12/22/metro/story/')).toBe('2023-12-22');
    expect(dayFromUrl('https://news.example/article/2023/dec/21/some-story')).toBe('2023-12-21');
    expect(dayFromUrl('https://news.example/weather/news/2023-12-19-quake')).toBe('2023-12-19');
    expect(dayFromUrl('https://news.example/story/12345')).toBeNull();
  });

  it('reads an unnamed date line only when it opens with the date or is a byline ending in one', () => {
    expect(dateLedDay('Dec 20, 2023 6 min read')).toBe('2023-12-20');
    expect(dateLedDay('Fri, 22 Dec 2023 18.08 CET')).toBe('2023-12-22');
    expect(dateLedDay('By Nick Levine | February 28, 2023')).toBe('2023-02-28');
    expect(dateLedDay('Published on March 9, 2023')).toBe('2023-03-09');
    // An update line, a caption and a teaser are not the publication's date line.
    expect(dateLedDay('Updated on December 13, 2023 1:23 PM')).toBeNull();
    expect(dateLedDay('A view of the December 18, 2023 eruption near Grindavík, seen from a helicopter.')).toBeNull();
    expect(dateLedDay("December 22, 2023: today's answer and three hints for the puzzle", 0)).toBeNull();
    expect(dateLedDay('December 11, 2023', 0)).toBe('2023-12-11');
  });

  it('finds the date line named by a test id beside the headline that agrees with the title', () => {
    const html = page(`<h1 class="section">Field Notes</h1><main><div class="head"><h1 data-testid="storyTitle">Flood barrier approved</h1>
      <span data-testid="storyPublishDate">Dec 31, 2023</span></div>${PROSE.map((p) => `<p>${p}</p>`).join('')}</main>`).replace(
      '<head>',
      '<head><meta property="article:published_time" content="2024-02-13T02:35:01Z">',
    );
    // The structured value was bumped by a later re-publication; the page shows readers the first day.
    expect(extractArticle({ html, url: 'https://valley.example/flood' }).publishedAt).toBe('2023-12-31');
  });

  it('keeps a structured date in the page zone, replaces a UTC one by the stated day', () => {
    // The date line is what readers are told; a structured value on another day gives way.
    expect(publicationDate('2023-12-23T03:22:07Z', ['2023-12-22'], null)).toBe('2023-12-22');
    expect(publicationDate('2023-12-22T22:22:07-05:00', ['2023-12-22'], null)).toBe('2023-12-22T22:22:07-05:00');
    // Without a date line, the URL's day only replaces a UTC, malformed or missing value.
    expect(publicationDate('2023-12-23T01:48:19+00:00', [], '2023-12-22')).toBe('2023-12-22');
    expect(publicationDate('2023-12-20T07:30:00-05:00', [], '2023-12-19')).toBe('2023-12-20T07:30:00-05:00');
    expect(publicationDate('2022-02-112023-06-08', [], '2023-06-08')).toBe('2023-06-08');
    expect(publicationDate(null, [], '2023-06-08')).toBe('2023-06-08');
    // ...and only when the URL's day is that instant's day in some zone (UTC-12 to UTC+14):
    // a URL minted the day before an afternoon UTC publication is the draft's day.
    expect(publicationDate('2023-12-22T17:08:49Z', [], '2023-12-21')).toBe('2023-12-22T17:08:49Z');
    expect(publicationDate('2023-12-22T09:08:49Z', [], '2023-12-21')).toBe('2023-12-21');
    expect(publicationDate('2023-12-22T09:08:49Z', [], '2023-12-23')).toBe('2023-12-22T09:08:49Z');
    expect(publicationDate('2023-12-22T11:00:00Z', [], '2023-12-23')).toBe('2023-12-23');
    expect(publicationDate('2023-12-22T11:00:00Z', [], '2023-11-02')).toBe('2023-12-22T11:00:00Z');
  });

  it('takes the modified date as the publication date when the page states no other', () => {
    const html = `<html><head><title>Shrine guide</title><meta property="article:modified_time" content="2023-09-04T19:51:56Z"></head><body><article><h1>Shrine guide</h1><p>${'Every shrine is listed here with its solution and the items it holds for the player to find. '.repeat(8)}</p></article></body></html>`;
    const article = extractArticle({ html, url: 'https://games.example/wiki/shrines' });
    expect(article.publishedAt).toBe('2023-09-04T19:51:56Z');
    expect(article.modifiedAt).toBe('2023-09-04T19:51:56Z');
  });

  it('drops WordPress shortcodes from a JSON-LD articleBody, keeps bracketed words', () => {
    const body =
      'The spray covers roots in seconds [sic].\n\n[ami-related id="3469793" url="https://mag.example/x/" title="Get the look"]\n\n[m101-skimlink button_url="https://amzn.example/3R" button_text="See It!"]Price checked today.[/m101-skimlink]';
    expect(paragraphsFromText(body).map((p) => p.text)).toEqual(['The spray covers roots in seconds [sic].', 'Price checked today.']);
  });
});

describe('the dek under the headline', () => {
  const story = PROSE.map((p) => `<p>${p}</p>`).join('');
  const dek = 'Work on the river defences starts in spring and should end within eighteen months.';

  it('heads the text when the element after the headline names itself a dek', () => {
    const html = page(
      `<article><header><h1>Flood barrier approved</h1><p class="article-subheading">${dek}</p></header><div class="body">${story}</div></article>`,
    );
    expect(extractArticle({ html, url: 'https://valley.example/flood' }).text.startsWith(dek)).toBe(true);
    const wrapped = page(
      `<article><div class="title-wrap"><h1>Flood barrier approved</h1></div><div class="caas-subheadline"><h2>${dek}</h2></div><div>${story}</div></article>`,
    );
    expect(extractArticle({ html: wrapped, url: 'https://valley.example/flood' }).text.startsWith(dek)).toBe(true);
  });

  it('does not take an unnamed subheading or a named block further down', () => {
    const dekOf = (body: string) => {
      const doc = parseDocument(page(body));
      return findDek(doc, elementsOf(doc), doc.getElementsByTagName('h1')[0] ?? null);
    };
    expect(dekOf(`<header><h1>Flood barrier approved</h1><p class="standfirst">${dek}</p></header>`)).toBe(dek);
    expect(dekOf(`<header><h1>Flood barrier approved</h1><h2>${dek}</h2></header>`)).toBeNull();
    expect(dekOf(`<h1>Flood barrier approved</h1><div>${story}</div><p>One more line.</p><p class="summary">${dek}</p>`)).toBeNull();
    expect(dekOf(`<h1>Flood barrier approved</h1><p class="dek"><a href="/a">${dek}</a></p>`)).toBeNull();
  });
});

describe('summary points above the story', () => {
  const story = PROSE.map((p) => `<p>${p}</p>`).join('');
  const points = ['The council approved the barrier after a two-year review of its cost.', 'Work starts in spring and should end within eighteen months.'];

  it('head the text when a "Key Points" label lists them', () => {
    const box = `<div class="key-points"><div class="key-points__header">Key Points</div><div class="list"><ul>${points.map((p) => `<li>${p}</li>`).join('')}</ul></div></div>`;
    const text = extractArticle({ html: page(`<h1>Flood barrier approved</h1>${box}<article>${story}</article>`), url: 'https://valley.example/flood' }).text;
    expect(text.startsWith(`${points[0]}\n\n${points[1]}`)).toBe(true);
  });

  it('are not taken from a labelled list of links', () => {
    const box = `<h3>Highlights</h3><ul>${points.map((p, i) => `<li><a href="/s${i}">${p}</a></li>`).join('')}</ul>`;
    const doc = parseDocument(page(`<h1>Flood barrier approved</h1>${box}<article>${story}</article>`));
    expect(findKeyPoints(toArray(doc.getElementsByTagName('ul')))).toEqual([]);
  });
});
