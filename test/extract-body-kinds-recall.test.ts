/**
 * Story paragraphs that extraction must keep though their markup looks like
 * boilerplate to Readability, on hand-written pages.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline/extract/index.js';

const URL = 'https://news.example.org/2024/05/harbour-wall';

const STORY = [
  'The old harbour wall will be rebuilt over the summer, the council said on Tuesday, after a winter of storms opened three breaches in the stone along its northern end.',
  'Fishing crews have moored their boats in the river mouth since January, and two of the smaller boats were damaged there when the spring tide carried logs down from the hills.',
  'The council said the work would be done in stages so that the slipway stays open to the lifeboat crew, who train there every Thursday evening through the year.',
  'The rebuilt wall will be a metre higher than the old one, and its stones will be set in lime mortar to match the listed sea steps beside the harbour office.',
];

const DEK =
  'Storms opened three breaches in the stone this winter, and the fishing crews have been mooring their boats in the river mouth ever since, waiting for the repairs.';

/**
 * Each paragraph in a block of its own, the way many publishing systems print
 * them (generated class names, no word Readability weighs), with an ad slot
 * between two of them and a dek above: no one element holds nearly all the
 * paragraph text, so the page goes to Readability.
 */
function page(blocks: readonly string[]): string {
  const body = blocks.map((b) => `<div class="r8x2 d1uy fs18 mb32"><p>${b}</p></div>`);
  body.splice(2, 0, '<div class="pt16"><p class="ad-label">Advertisement</p><div data-block-type="ad"></div></div>');
  return `<!doctype html><html><head><title>Harbour wall to be rebuilt</title></head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><div class="layout"><h1>Harbour wall to be rebuilt</h1><div class="standfirst"><p>${DEK}</p></div><div class="body-blocks">${body.join('')}</div></div><footer><p>About us · Contact · Jobs</p></footer></body></html>`;
}

describe('a paragraph in a block of its own that cites links', () => {
  const citing =
    'At least <a href="https://social.example.com/p/123">one harbour user with a boat</a> has already posted a farewell to the old wall. But a spokesman for the <a href="https://news.example.org/topics/harbour-trust">Harbour and Coastal Heritage Trust</a>, which owns the site, said there was no other choice.';
  const citingText =
    'At least one harbour user with a boat has already posted a farewell to the old wall. But a spokesman for the Harbour and Coastal Heritage Trust, which owns the site, said there was no other choice.';

  it('keeps the paragraph though a third of its text is links', () => {
    const { text } = extractArticle({ html: page([...STORY.slice(0, 3), citing, STORY[3]!]), url: URL });
    expect(text).toContain(citingText);
    for (const line of STORY) expect(text).toContain(line);
  });

  it('still drops a block of its own that is mostly links', () => {
    const links =
      '<a href="https://news.example.org/a">Storm damage along the coast</a> and <a href="https://news.example.org/b">the council budget for the harbour</a>.';
    const { text } = extractArticle({ html: page([...STORY.slice(0, 3), links, STORY[3]!]), url: URL });
    expect(text).not.toContain('Storm damage along the coast');
    for (const line of STORY) expect(text).toContain(line);
  });
});
