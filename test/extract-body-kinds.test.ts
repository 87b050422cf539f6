/**
 * Body text kinds that cost recall or precision on real pages, each on a
 * hand-written page: what a template prints around the story (editorial
 * notes, promotions, author taglines) goes, what the story itself prints in
 * an unusual dress (text runs split by markup comments, linked subheadings)
 * stays.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline/extract/index.js';

const URL = 'https://news.example.org/2024/03/ferry-service';

function page(body: string, title = 'Island ferry service returns'): string {
  return `<!doctype html><html><head><title>${title}</title></head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><article><h1>${title}</h1>${body}</article></main><footer><p>About us · Contact · Jobs</p></footer></body></html>`;
}

describe('text runs split by markup comments', () => {
  it('keeps one paragraph whole when a server-rendered page puts empty comments between its runs', () => {
    // No <p> elements: the page goes to Readability, which puts a <div>'s loose text into paragraphs.
    const runs = [
      'HARBOR CITY: The island ferry will run again from Monday, the port authority said, after',
      'repairs',
      'to both of its engines kept the boat in dry dock for most of the winter.',
    ];
    const second =
      'Islanders had relied on a water taxi that carried twelve people at a time and cost three times the ferry fare, and the school had moved its classes online for the older pupils.';
    const third =
      'The authority said the ferry would keep its old timetable until the summer, when two extra evening crossings will be added for visitors and for workers on the night shift at the hospital.';
    const html = page(`<div class="story-body">${runs.join(' <!-- -->')}<br>${second}<br>${third}</div>`);
    const { text } = extractArticle({ html, url: URL });
    expect(text.split('\n\n')).toContain(runs.join(' '));
    expect(text).toContain(third);
  });
});

describe('linked subheadings of list articles', () => {
  const items = [
    [
      'The Lantern Room Bar',
      'A narrow room above the harbour office with a long window over the ferry slip, where the bartender pours local cider and keeps a chalkboard of the crossing times.',
    ],
    [
      'Old Customs House Cafe',
      'The cafe opens at six for the first crossing, serves porridge and strong tea to commuters, and lets passengers wait inside when the wind comes off the water.',
    ],
    [
      'North Pier Fish Market',
      'Boats unload here every morning before the ferry leaves, and the stalls sell smoked mackerel and crab sandwiches wrapped in paper for the journey across.',
    ],
  ];
  const list = items.map(([name, prose]) => `<h2><a href="https://places.example.com/${name!.length}">${name}</a></h2><p>${prose}</p>`).join('');

  it('keeps an item name that is a link when the item prose follows it', () => {
    const { text } = extractArticle({
      html: page(
        `<p>Three places to wait for the island ferry now that it runs again from the north pier every morning.</p>${list}`,
        'Where to wait for the ferry',
      ),
      url: URL,
    });
    for (const [name, prose] of items) expect(text).toContain(`${name}\n\n${prose}`);
  });

  it('drops a teaser headline set between the paragraphs, and teaser links that head no prose', () => {
    const teaser = '<h3><a href="/2024/02/fares">MORE: Ferry fares rise again</a></h3>';
    const related =
      '<h3><a href="/2024/01/bridge">Bridge plan shelved for another year</a></h3><h3><a href="/2024/01/harbour">Harbour dredging begins next month</a></h3>';
    const more = '<p>Ferry staff say the morning crossing fills first, so the wait is longest at the north pier on weekdays before eight.</p>';
    const { text } = extractArticle({ html: page(`${list}${teaser}${more}${related}`, 'Where to wait for the ferry'), url: URL });
    expect(text).toContain(more.slice(3, -4));
    expect(text).toContain(items[1]![1]);
    expect(text).not.toContain('Ferry fares rise again');
    expect(text).not.toContain('Bridge plan shelved');
    expect(text).not.toContain('Harbour dredging');
  });
});
