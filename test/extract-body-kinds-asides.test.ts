/**
 * More body text kinds on hand-written pages: boxes a template sets among the
 * story's paragraphs (teaser lists under a label) go; the story's own lists
 * and lines in the same dress stay.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline/extract/index.js';

const URL = 'https://news.example.org/2024/03/ferry-service';

const STORY = [
  'The island ferry will run again from Monday, the port authority said, after repairs to both of its engines kept the boat in dry dock for most of the winter.',
  'Islanders had relied on a water taxi that carried twelve people at a time and cost three times the ferry fare, and the school had moved its classes online for the older pupils.',
  'The authority said the ferry would keep its old timetable until the summer, when two extra evening crossings will be added for visitors and for workers on the night shift at the hospital.',
  'Fares stay as they were last year, and season tickets bought before the breakdown will be extended by the number of weeks the service was suspended, the authority added.',
];

function page(body: string, title = 'Island ferry service returns'): string {
  return `<!doctype html><html><head><title>${title}</title></head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><article><h1>${title}</h1>${body}</article></main><footer><p>About us · Contact · Jobs</p></footer></body></html>`;
}

const paragraphs = (lines: readonly string[]) => lines.map((t) => `<p>${t}</p>`).join('');

describe('teaser lists under a label', () => {
  const teasers = [
    ['A harbour town says its new marina will double visitor numbers.', 'Here is how you can buy a berth before prices rise.'],
    ['Investing in waterfront property just got simpler with a new fund.', 'Find out how to start with as little as $100.'],
    ['A shipping magnate has bought three islands off the coast.', 'Here is what that means for local land values.'],
  ];
  const list = `<ul>${teasers.map(([blurb, link], i) => `<li><p>${blurb} <a href="https://partner.example.com/offer-${i}">${link}</a></p></li>`).join('')}</ul>`;

  it('drops a list whose every entry ends on a link under a "Don\'t Miss:" heading, though most of its text is not link text', () => {
    const html = page(`${paragraphs(STORY.slice(0, 2))}<h2><strong>Don't Miss:</strong></h2>${list}${paragraphs(STORY.slice(2))}`);
    const { text } = extractArticle({ html, url: URL });
    for (const [blurb, link] of teasers) {
      expect(text).not.toContain(blurb);
      expect(text).not.toContain(link);
    }
    for (const line of STORY) expect(text).toContain(line);
  });

  it('keeps the same list under a heading of the story', () => {
    const html = page(`${paragraphs(STORY.slice(0, 2))}<h2>What the islanders did meanwhile</h2>${list}${paragraphs(STORY.slice(2))}`);
    const { text } = extractArticle({ html, url: URL });
    for (const [blurb] of teasers) expect(text).toContain(blurb);
  });

  it("keeps a list under a teaser label when one of its entries has no link (the story's own list)", () => {
    const ownList = `<ul><li>${teasers[0]![0]} <a href="https://port.example.org/marina">The marina plan</a></li><li>The water taxi will keep its winter timetable for the island school until the end of term.</li></ul>`;
    const html = page(`${paragraphs(STORY.slice(0, 2))}<h2>Don't Miss:</h2>${ownList}${paragraphs(STORY.slice(2))}`);
    const { text } = extractArticle({ html, url: URL });
    expect(text).toContain('The water taxi will keep its winter timetable for the island school until the end of term.');
  });
});
