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
