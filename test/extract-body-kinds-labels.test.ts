/**
 * Labels and credits a template leaves among the story's paragraphs, on
 * hand-written pages: a rail named for its section or source, the lone word an
 * image embed leaves, a picture credited to a social account. Each goes; the
 * story's own lines that look alike stay.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline/extract/index.js';
import { dropReason } from '../pipeline/extract/postclean.js';

const URL = 'https://news.example.org/2024/06/library-reopens';

const STORY = [
  'The town library reopened on Saturday after eighteen months of repairs to its roof, and more than four hundred people queued outside before the doors opened at nine.',
  'The reading room has new windows along its south wall, and the children’s corner moved upstairs to the old map room, which had been closed to the public since the flood.',
  'Librarians said the building would keep its longer summer hours until September, when the evening classes for adults start again in the basement rooms.',
  'The council paid for most of the work from its flood fund, and a local bakery raised the rest by selling a loaf shaped like the library’s clock tower every Friday.',
];

const paragraphs = (lines: readonly string[]) => lines.map((t) => `<p>${t}</p>`).join('');

function page(body: string): string {
  return `<!doctype html><html><head><title>Town library reopens</title></head><body><main><article><h1>Town library reopens</h1>${body}</article></main></body></html>`;
}

/** The story with `block` between its second and third paragraphs. */
const around = (block: string) => page(`${paragraphs(STORY.slice(0, 2))}${block}${paragraphs(STORY.slice(2))}`);

const p = (text: string, tag = 'p') => ({ text, tag, linkChars: 0 }) as Parameters<typeof dropReason>[0];

describe('a teaser rail named for its section or source', () => {
  const teasers = ['Council approves new bus route to the hospital', 'School choir wins regional prize', 'Bakery marks fifty years on the high street'];
  const rail = (label: string) => `<div><h3>${label}</h3><ul>${teasers.map((t, i) => `<li><a href="/2024/06/story-${i}">${t}</a></li>`).join('')}</ul></div>`;

  it.each(['Most read in Local News', 'Latest from the Magazine', 'Other news', 'Top stories in Culture'])(
    'drops the rail under "%s" and its label',
    (label) => {
      const { text } = extractArticle({ html: around(rail(label)), url: URL });
      expect(text).not.toContain(label);
      for (const t of teasers) expect(text).not.toContain(t);
      for (const line of STORY) expect(text).toContain(line);
    },
  );

  it('drops "Breaking News" standing as a line, keeps a sentence that opens on the words', () => {
    expect(dropReason(p('Breaking News'), '')).toBe('label');
    expect(dropReason(p('Breaking news of the closure reached the staff by text message on a Sunday night.'), '')).toBeNull();
    expect(dropReason(p('Latest from the council: the library will keep its summer hours.'), '')).toBeNull();
  });
});

describe('the word an image embed leaves', () => {
  it('drops a lone "Image" line between paragraphs', () => {
    const { text } = extractArticle({ html: around('<div class="media"><span>Image</span></div>'), url: URL });
    expect(text.split('\n')).not.toContain('Image');
    for (const line of STORY) expect(text).toContain(line);
  });

  it('keeps a heading "Video" and "Audio" of a review’s sections', () => {
    expect(dropReason(p('Video', 'h3'), '')).toBeNull();
    expect(dropReason(p('Audio', 'h3'), '')).toBeNull();
  });
});

describe('a picture credited to a social account', () => {
  it.each(['Instagram/Ann Lee', 'X/@annlee', 'Facebook/Town Library Friends'])('drops the credit line "%s"', (credit) => {
    expect(dropReason(p(credit), '')).toBe('credit');
  });

  it('keeps a sentence that names the platform', () => {
    expect(dropReason(p('Twitter/X said on Monday that it would restore the library’s account.'), '')).toBeNull();
  });
});
