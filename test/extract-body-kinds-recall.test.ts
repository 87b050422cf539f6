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

describe("a list article's introduction", () => {
  const INTRO =
    'Winter evenings are long on the island, and a good gift can make them shorter: we asked the harbour shop owners which presents their customers came back to buy again.';
  const GIFTS = [
    'wool blanket',
    'tide calendar',
    'tin of smoked fish',
    'ship’s lantern',
    'knitted hat',
    'jar of heather honey',
    'map of the coast',
    'pair of sea boots',
    'box of oat biscuits',
    'pottery mug',
    'book of island walks',
    'bar of seaweed soap',
  ];
  const ITEMS = GIFTS.map(
    (gift, i) =>
      `The ${gift} is pick number ${i + 1} of the harbour shop, sold across its counter for at least two winters, and the owners say customers come back to buy another one.`,
  );
  const cls = 'blk sc-block html-block';
  // Each item's paragraph sits in the item's own block beside its price box; the introduction is a block of its own before the list.
  const item = (text: string, i: number) =>
    `<div class="list-item"><div class="product"><span class="name">Pick ${i + 1}</span><a class="button" href="https://shop.example.com/p/${i}">View at Shop</a></div><p class="${cls}">${text}</p></div>`;
  const html = `<!doctype html><html><head><title>Island gifts under thirty pounds</title></head><body><header><nav><a href="/">Home</a></nav></header><main><h1>Island gifts under thirty pounds</h1><div class="intro"><p class="${cls}">${INTRO}</p></div><div class="list">${ITEMS.map(item).join('')}</div></main><footer><p>About us · Contact · Jobs</p></footer></body></html>`;

  it('keeps the introduction dressed as the items’ paragraphs, though the list holds them a level down', () => {
    const { text } = extractArticle({ html, url: 'https://news.example.org/2024/12/island-gifts' });
    for (const line of [INTRO, ...ITEMS]) expect(text).toContain(line);
  });
});

describe('subheadings wrapped in their own permalink anchor', () => {
  const SECTIONS: [string, string][] = [
    [
      'Why the harbour wall failed after a century of storms on the northern coast',
      'Engineers found that the lime mortar had washed out of the lower courses, so each storm pulled a few more stones loose until the wall gave way.',
    ],
    [
      'What the repairs will cost',
      'The council expects the work to cost about two million pounds, most of it from the flood fund, with the rest raised by the harbour trust.',
    ],
  ];
  const id = (heading: string) => heading.toLowerCase().replace(/[^a-z]+/g, '-');
  const section = ([heading, prose]: [string, string]) => `<h2 id="${id(heading)}"><a href="#${id(heading)}">${heading}</a></h2><p>${prose}</p>`;

  it('keeps the subheadings, long ones and one that heads a smaller heading too', () => {
    const faq =
      '<h2 id="faq"><a href="#faq">Frequently asked questions</a></h2><h3>Will the slipway stay open?</h3><p>Yes: the lifeboat crew will keep using it on Thursday evenings throughout the work, the council said.</p>';
    const html = `<!doctype html><html><head><title>Harbour wall to be rebuilt</title></head><body><main><article><h1>Harbour wall to be rebuilt</h1>${STORY.map((t) => `<p>${t}</p>`).join('')}${SECTIONS.map(section).join('')}${faq}</article></main></body></html>`;
    const { text } = extractArticle({ html, url: URL });
    for (const [heading, prose] of SECTIONS) {
      expect(text).toContain(heading);
      expect(text).toContain(prose);
    }
    expect(text).toContain('Frequently asked questions');
  });

  it('still drops a table of contents set as one heading of anchors', () => {
    const toc = `<h2>${SECTIONS.map(([heading]) => `<a href="#${id(heading)}">${heading}</a>`).join(' | ')}</h2>`;
    const html = `<!doctype html><html><head><title>Harbour wall to be rebuilt</title></head><body><main><article><h1>Harbour wall to be rebuilt</h1>${toc}${STORY.map((t) => `<p>${t}</p>`).join('')}${SECTIONS.map(section).join('')}</article></main></body></html>`;
    const { text } = extractArticle({ html, url: URL });
    expect(text).not.toContain(' | ');
  });
});
