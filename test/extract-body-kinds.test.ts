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

/** The paragraphs extracted from a page whose article holds one `<p>` per line. */
function storyParagraphs(lines: readonly (string | undefined)[]): string[] {
  return extractArticle({ html: page(lines.map((t) => `<p>${t}</p>`).join('')), url: URL }).text.split('\n\n');
}

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

describe('a lead printed sections away from the body', () => {
  const lead = [
    'The island ferry will run again from Monday, the port authority said, after a winter in dry dock for repairs to both engines.',
    'Islanders had relied on a water taxi that carried twelve people at a time and cost three times the ferry fare.',
  ];
  const body = [
    'The authority said the ferry would keep its old timetable until the summer, when two evening crossings will be added.',
    'Engineers replaced the gearbox on the port engine and rebuilt the starboard engine from its block up, the authority said.',
    'The school, which had moved classes for its older pupils online, said they would return to the mainland campus next week.',
    'Shopkeepers on the island said deliveries had been patchy all winter and that they expected trade to pick up quickly.',
    'The port authority plans to buy a second boat within five years so that one repair no longer stops the whole service.',
    'Fares will stay at last year’s level until April, when the authority will review them along with the cost of the repairs.',
    'The harbour master said the slipway on the island side had also been resurfaced while the ferry was away for its repairs.',
    'Crew who had been moved to the water taxi over the winter will return to the ferry, and two new deckhands have been hired.',
    'Visitors are asked to book car places in advance for the first fortnight, as the authority expects the first boats to be full.',
    'A public meeting on the summer timetable will be held in the island hall at the end of the month, the authority said.',
    'The council thanked islanders for their patience and said it would publish a report on what caused the two engine failures.',
    'The water taxi will keep running on weekend evenings until the new late crossings begin, the operator confirmed on Friday.',
    // A long body: the root holds nearly all the page's paragraph text, so the fast path takes the page.
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(
      (day) => `On day ${day} of the trial service the ferry carried ${day * 40} passengers across the sound without delay, the authority's log shows.`,
    ),
  ];
  const p = (text: string, cls: string) => `<p class="${cls}">${text}</p>`;

  it('joins story paragraphs dressed alike before the body, and leaves paragraphs dressed otherwise', () => {
    const html = `<!doctype html><html><head><title>Island ferry service returns</title></head><body>
      <section class="top"><div class="row"><div class="col"><h1>Island ferry service returns</h1>
        <div class="story-text"><p class="promo">Get our morning briefing on the harbour and the islands every weekday at seven.</p>${lead.map((t) => p(t, 'story-text__p')).join('')}</div></div>
        <div class="col"><div class="ad-slot"></div></div></div></section>
      <section class="main"><div class="row"><div class="col"><div class="story-text">${body.map((t) => p(t, 'story-text__p')).join('')}</div></div></div></section>
      </body></html>`;
    const { text } = extractArticle({ html, url: URL });
    expect(text.split('\n\n').slice(0, 3)).toEqual([lead[0], lead[1], body[0]]);
    expect(text).toContain(body[4]);
    expect(text).not.toContain('morning briefing');
  });
});

describe('a source list without its heading', () => {
  const story = [
    'The port authority said the ferry would return on Monday after a winter of repairs to both of its engines in dry dock.',
    'Its own inspection report, published in January, found that the gearbox had worn far faster than the maker expected.',
    'The maker disputed that finding in a letter to the authority and said the boat had been run above its rated load.',
    'Islanders told us the water taxi had cost them three times the fare, and the school said pupils had lost weeks of classes.',
    'The authority will publish a second report on the engine failures at its meeting on March 14, 2024.',
  ];
  const sources = [
    'Interview with the harbour master, March 2, 2024',
    'Port authority, Inspection report on the island ferry, Jan. 18, 2024',
    'Letter from the engine maker to the port authority, accessed Feb. 20, 2024',
    'Island school, Notice to parents',
    'Harbour Gazette, Ferry out of service until spring, Nov. 30, 2023',
  ];

  it('cuts the closing run of citation lines and keeps the story that ends on a date', () => {
    const body = [...story, ...story.map((t) => t.replace('The', 'Then the'))].map((t) => `<p>${t}</p>`).join('');
    const html = page(`${body}<div class="box"><div class="box__content">${sources.map((s) => `<p>${s}</p>`).join('')}</div></div>`);
    const { text } = extractArticle({ html, url: URL });
    expect(text).toContain(story[4]);
    for (const source of sources) expect(text).not.toContain(source);
  });

  it('cuts the run when share buttons follow it and its interviews name each source at length', () => {
    const interviews = [
      'Interview with Ann Lee, harbour master of the island port and chair of the regional ferry users committee since 2019, March 2, 2024',
      'Email interview with Tom Rowe, senior deckhand on the island ferry and spokesman for the crew union branch at the north pier, Feb. 28, 2024',
    ];
    const body = [...story, ...story.map((t) => t.replace('The', 'Then the'))].map((t) => `<p>${t}</p>`).join('');
    const tail = [...interviews, ...sources].map((s) => `<p>${s}</p>`).join('');
    const share = '<p><a href="/share/fb">Facebook</a></p><p><a href="/share/x">X</a></p><p><a href="/share/mail">Email</a></p>';
    const { text } = extractArticle({ html: page(`${body}<div class="sources">${tail}</div>${share}`), url: URL });
    expect(text).toContain(story[4]);
    for (const line of [...interviews, ...sources]) expect(text).not.toContain(line);
  });
});

describe('photo captions of a few sentences', () => {
  const story = [
    'The island ferry returned to service on Monday after a winter in dry dock, carrying its first passengers across at seven.',
    'The port authority said both engines had been rebuilt and that the boat would keep its old timetable until the summer.',
    'Islanders who had relied on a water taxi all winter lined up at the slipway before dawn to be on the first crossing.',
    'The school said its older pupils would return to the mainland campus next week, ending months of classes held online.',
  ];
  const captions = [
    'Passengers board the island ferry on its first crossing since November, at the north pier on Monday, March 4, 2024. The boat spent the winter in dry dock while both of its engines were rebuilt. (AP Photo/Ann Lee)',
    'Ann Lee / The Harbour Gazette Deckhand Tom Rowe casts off the bow line before the first crossing. Rowe spent the winter on the water taxi and said he was glad to be back on a boat with a heated cabin and a galley.',
  ];

  it('drops a caption that opens with its photographer and outlet or closes with an agency credit', () => {
    const body = `<p>${story[0]}</p><p>${story[1]}</p><figure><img src="a.jpg"></figure><p><em>${captions[0]}</em></p><p>${story[2]}</p><p>${captions[1]}</p><p>${story[3]}</p>`;
    const { text } = extractArticle({ html: page(body), url: URL });
    expect(text.split('\n\n')).toEqual(story);
  });

  it("drops a caption that closes with the photographer's name and outlet in brackets", () => {
    const caption = 'Deckhand Tom Rowe casts off the bow line before the first crossing of the year. (Ann Lee / The Harbour Gazette)';
    const { text } = extractArticle({ html: page(`<p>${story[0]}</p><p>${story[1]}</p><p>${caption}</p><p>${story[2]}</p><p>${story[3]}</p>`), url: URL });
    expect(text.split('\n\n')).toEqual(story);
  });
});

describe('corrections and clarifications', () => {
  const story = [
    'The island ferry returned to service on Monday after a winter in dry dock, carrying its first passengers across at seven.',
    'The port authority said both engines had been rebuilt and that the boat would keep its old timetable until the summer.',
    'Islanders who had relied on a water taxi all winter lined up at the slipway before dawn to be on the first crossing.',
    'The school said its older pupils would return to the mainland campus next week, ending months of classes held online.',
  ];
  const notes = [
    'Correction: March 5, 2024:',
    'An earlier version of this story misstated the day the ferry returned to service. It was Monday, not Sunday.',
    'Clarification, 6 March 2024, 9:15 a.m.: This story has been updated to clarify that only one of the two engines was replaced.',
    'Updated to add comments from the port authority.',
  ];

  it('are notes about the piece, not its story', () => {
    const body = [...story, ...notes].map((t) => `<p>${t}</p>`).join('');
    const { text } = extractArticle({ html: page(body), url: URL });
    expect(text.split('\n\n')).toEqual(story);
  });

  it('a sentence that opens on the word "correction" without a note\'s punctuation stays', () => {
    const line = 'Correction officers at the island jail said they had not seen the ferry so full in years.';
    const { text } = extractArticle({ html: page([...story.slice(0, 3), line, story[3]].map((t) => `<p>${t}</p>`).join('')), url: URL });
    expect(text).toContain(line);
  });
});

describe('who wrote it, printed under the story', () => {
  const story = [
    'The port authority should stop treating the island ferry as a luxury and start treating it as the road it really is.',
    'This winter showed what happens when the only boat breaks down: a water taxi at three times the fare, and classes online.',
    'A second boat would cost less than the bridge plan the council shelved last year, and it could be in service within five years.',
    'Until then, the authority should publish its maintenance schedule so that islanders know when the next repair is coming.',
  ];

  it.each([
    ['an op-ed tagline set off by a bullet', '• Ann Lee, a former harbour master at the port authority, is president of the Island Transport Trust.'],
    [
      'the board that signs an editorial',
      'The Harbour Gazette Editorial Board consists of Editorial Page Editor Tom Rowe, deputy editor Mia Chen and editorial writer Bo Park.',
    ],
    [
      'a freelancer’s bio',
      'Ann Lee is a contributing freelancer for the Harbour Gazette covering ferries, fisheries and the islands. She has written about the sound for ten years.',
    ],
  ])('drops %s', (_kind, tail) => {
    const { text } = extractArticle({ html: page(`${story.map((t) => `<p>${t}</p>`).join('')}<p>${tail}</p>`), url: URL });
    expect(text.split('\n\n')).toEqual(story);
  });

  it('keeps a closing paragraph of the story that names someone’s role', () => {
    const last = 'Ann Lee, who chairs the island council, is president of the ferry users’ group and said the group would hold the authority to its promise.';
    const { text } = extractArticle({ html: page(`${story.map((t) => `<p>${t}</p>`).join('')}<p>${last}</p>`), url: URL });
    expect(text).toContain(last);
  });
});

describe('a table of contents and source lines', () => {
  const sections = [
    ['Timetable', 'The ferry keeps its winter timetable until June, with the first crossing at seven and the last at half past six.'],
    ['Fares', 'Fares stay at last year’s level until April, when the authority will review them along with the cost of the repairs.'],
    ['Bookings', 'Car places must be booked in advance for the first fortnight, as the authority expects the first boats to be full.'],
  ];
  const intro = 'Everything islanders need to know about the ferry’s return on Monday, from the new timetable to how to book a car place.';

  it('drops the contents label with its anchor links, and a source line under a chart', () => {
    const toc = `<div class="toc"><p>Contents</p><ul>${sections.map(([h]) => `<li><a href="#${h!.toLowerCase()}">${h}</a></li>`).join('')}</ul></div>`;
    const body = sections.map(([h, t]) => `<h2 id="${h!.toLowerCase()}">${h}</h2><p>${t}</p>`).join('');
    const chart = '<figure><img src="chart.png"></figure><p>Source: Island Port Authority passenger counts</p>';
    const { text } = extractArticle({ html: page(`<p>${intro}</p>${toc}${body}${chart}<p>${intro.replace('Everything', 'All')}</p>`), url: URL });
    expect(text.split('\n\n').slice(0, 3)).toEqual([intro, sections[0]![0], sections[0]![1]]);
    expect(text).not.toContain('Contents');
    expect(text).not.toContain('Source:');
  });
});

describe('pointers and disclaimers under the story', () => {
  const story = [
    'Dear Harbour Advice: My brother keeps borrowing my car to catch the island ferry and returns it with an empty tank every time.',
    'I have asked him twice to fill it up, and he laughs it off. Our mother says I should let it go because he is struggling.',
    'Dear Reader: Your brother is treating your help as a service he is owed. Tell him plainly that the car now comes with a full tank.',
    'If he cannot manage that, the ferry runs a foot passenger service and the bus stops at the pier: he has other ways to get there.',
  ];

  it.each([
    ['a pointer to the gallery', 'Scroll through the gallery below to see photos of the first crossing since November!'],
    [
      'an advice disclaimer',
      'Harbour Advice is for informational purposes only, does not constitute legal advice, and is not a substitute for advice from a lawyer.',
    ],
  ])('drops %s', (_kind, line) => {
    const { text } = extractArticle({ html: page(`${story.map((t) => `<p>${t}</p>`).join('')}<p>${line}</p>`), url: URL });
    expect(text.split('\n\n')).toEqual(story);
  });
});

describe('table cells that wrap their values in paragraphs', () => {
  const story = [
    'The rebuilt ferry is faster than before: the port authority says the crossing now takes twenty minutes instead of twenty-five.',
    'Both engines were rebuilt over the winter, and the authority published the boat’s new figures on Monday, set out below.',
    'The comparison with the water taxi that ran all winter shows why islanders wanted the ferry back so badly.',
  ];
  const specs = [
    ['Engine', 'Twin diesel'],
    ['Power', '1,200 HP'],
    ['Crossing', '20 minutes'],
  ];
  const compare = ['Carries cars and foot passengers alike', 'Carries twelve foot passengers at a time'];

  it('drops values and labels of a spec table, and keeps the sentences of a comparison table', () => {
    const specTable = `<table><tbody>${specs.map(([k, v]) => `<tr><td><p>${k}</p></td><td><p>${v}</p></td></tr>`).join('')}</tbody></table>`;
    const compareTable = `<table><tbody><tr><td><p>${compare[0]}</p></td><td><p>${compare[1]}</p></td></tr></tbody></table>`;
    const { text } = extractArticle({
      html: page(`<p>${story[0]}</p><p>${story[1]}</p>${specTable}<p>${story[2]}</p>${compareTable}<p>${story[0]!.replace('The', 'Then the')}</p>`),
      url: URL,
    });
    for (const [k, v] of specs) {
      expect(text).not.toContain(k);
      expect(text).not.toContain(v);
    }
    for (const line of compare) expect(text).toContain(line);
  });
});

describe('teaser labels and newsletter notes', () => {
  const story = [
    'The island ferry returned to service on Monday after a winter in dry dock, carrying its first passengers across at seven.',
    'The port authority said both engines had been rebuilt and that the boat would keep its old timetable until the summer.',
    'Islanders who had relied on a water taxi all winter lined up at the slipway before dawn to be on the first crossing.',
  ];

  it('drops a lone teaser label and the note that a newsletter is being read', () => {
    const note = 'You’re reading the Harbour Morning newsletter. Sign up to get it in your inbox.';
    const label = '<p><strong>SEE:</strong></p><p><a href="/2024/02/fares">Ferry fares to rise in April</a></p>';
    const { text } = extractArticle({
      html: page(
        `<p><em>${note}</em></p><p>${story[0]}</p>${label}<p>${story[1]}</p><div class="video"><h3>Watch</h3><a href="/video/1">The first crossing in pictures</a></div><p>${story[2]}</p>`,
      ),
      url: URL,
    });
    expect(text.split('\n\n')).toEqual(story);
  });
});

describe('what a magazine prints under the story', () => {
  const story = [
    'The island bakery sells out of its rye loaves by nine most mornings, and the queue starts forming before the ferry docks.',
    'Its owner learned to bake from her grandmother, who ran the same ovens for forty years before the war closed the harbour.',
    'She still uses the starter her grandmother kept alive through the winters, feeding it twice a day with flour from the mainland.',
    'On Saturdays she bakes a second batch at noon for the day visitors, and she says it never lasts past two in the afternoon.',
  ];
  const card = [
    'Recipes adapted from The Island Loaf, by Ann Lee. Copyright 2024 by Ann Lee. Reprinted by permission of Harbour Books.',
    'Want more of her island recipes? Highly recommend following her on Instagram.',
    'Bread Illustration: Tom Rowe',
    'Ann Lee',
    'Contributing Food Columnist',
    `Ann Lee (she/her) is the magazine's food columnist. In her column she shares recipes that take the least effort for the most impressive meals, ${'from breads to soups and cakes, '.repeat(12)}and she lives on the island with two cats.`,
  ];

  it("drops the author card (name line, role, a long bio opening on the name), the permission line, the follow ask and the illustrator's credit", () => {
    expect(storyParagraphs([...story, ...card])).toEqual(story);
  });

  it('keeps a closing paragraph about a person named in the story when no name line stands above it', () => {
    const closing = `Ann Lee is a baker and a writer, and she says the island taught her patience. ${'She bakes every day of the year. '.repeat(14)}`.trim();
    const { text } = extractArticle({ html: page([...story, closing].map((t) => `<p>${t}</p>`).join('')), url: URL });
    expect(text).toContain(closing);
  });
});

describe('lists of links inside the story', () => {
  const story = [
    'The island ferry returned to service on Monday after a winter in dry dock, carrying its first passengers across at seven.',
    'The port authority said both engines had been rebuilt and that the boat would keep its old timetable until the summer.',
    'Islanders who had relied on a water taxi all winter lined up at the slipway before dawn to be on the first crossing.',
    'The school said its older pupils would return to the mainland campus next week, ending months of classes held online.',
  ];
  const offSite = ['Book a crossing with Harbour Lines from the mainland', 'Half-price cabins this week at Isle Stays'];
  const ownSite = ['Ferry fares to rise in the spring, port says', 'Island school reopens after the winter storms'];
  const list = (items: string[], hrefs: string[]) => `<ul>${items.map((t, i) => `<li><b><a href="${hrefs[i]}">${t}</a></b></li>`).join('')}</ul>`;

  it("keeps a list whose links all lead off the site (shops, sources), drops the site's own headlines and in-page anchors", () => {
    const body = [
      `<p>${story[0]}</p><p>${story[1]}</p>`,
      list(offSite, ['https://harbourlines.example/book', 'https://www.islestays.example/deals']),
      `<p>${story[2]}</p>`,
      list(ownSite, ['https://news.example.org/2024/03/fares', '/2024/03/school']),
      list(['How the first crossing went this morning', 'What the school reopening means for pupils'], ['#crossing', '#school']),
      `<p>${story[3]}</p>`,
    ].join('');
    const { text } = extractArticle({ html: page(body), url: URL });
    expect(text.split('\n\n')).toEqual([story[0], story[1], ...offSite, story[2], story[3]]);
  });

  it('counts a subdomain of the page as the site itself', () => {
    const body = `<p>${story[0]}</p><p>${story[1]}</p>${list(ownSite, ['https://sports.news.example.org/a', 'https://example.org/b'])}<p>${story[2]}</p><p>${story[3]}</p>`;
    const { text } = extractArticle({ html: page(body), url: 'https://www.news.example.org/2024/03/ferry-service' });
    expect(text.split('\n\n')).toEqual(story);
  });
});

describe("the publisher's promotions among and under the story", () => {
  const story = [
    'The island ferry returned to service on Monday after a winter in dry dock, carrying its first passengers across at seven.',
    'The port authority said both engines had been rebuilt and that the boat would keep its old timetable until the summer.',
    'Islanders who had relied on a water taxi all winter lined up at the slipway before dawn to be on the first crossing.',
  ];
  const promotions = [
    'Join us at the Harbour Forum in Leeds on May 3 to hear how coastal towns fund their transport. Request an invite below.',
    'Want your business in front of our readers? Consider becoming a sponsor of the Harbour Forum. Learn more here.',
    'Get the Island Weekly delivered every Friday: the week’s crossings, weather and events in one place.',
    "Get Harbour News's free Guide to Island Living, with the timetables, shops and walks our reporters like best.",
    'Special offer for readers: a year of Harbour News for $10, with the printed weekend edition included.',
    'Do you have a photo of the crossing you would like to share? Reach out and send it to the desk.',
    'If you would like our columnist to answer your question, send it to ask.tide@harbournews.example.',
    'To learn more about the ferry’s history, stream "Crossings" on Harbour Plus.',
    'Boost your returns with our trading tool - start your 14-day free trial now!',
    'All the local news, weather and sport, brought to you by our island team.',
  ];

  it('drops event invitations, sponsor and subscription offers, free guides and trials, asks to send the desk something, and the site blurb', () => {
    const body = [story[0], promotions[0], promotions[1], story[1], ...promotions.slice(2, 5), story[2], ...promotions.slice(5)];
    expect(storyParagraphs(body)).toEqual(story);
  });

  it('keeps prose that reports a sponsorship, a trial or an address in its own words', () => {
    const prose = [
      'The bank agreed last year to become a sponsor of the summer crossings, paying for two extra evening boats.',
      'Passengers who want a refund for the cancelled winter trips can email the port office, which says it will answer within a week.',
      'The operator ran a free trial of the new booking app in January, and about four hundred islanders signed up to test it.',
    ];
    expect(storyParagraphs([...story, ...prose])).toEqual([...story, ...prose]);
  });
});

describe('controls of widgets printed as lines of text', () => {
  const story = [
    'The island ferry returned to service on Monday after a winter in dry dock, carrying its first passengers across at seven.',
    'The port authority said both engines had been rebuilt and that the boat would keep its old timetable until the summer.',
    'Islanders who had relied on a water taxi all winter lined up at the slipway before dawn to be on the first crossing.',
  ];

  it('drops a reveal control, show-more and loading labels, a price box button and a disclosure link', () => {
    const controls = ['Fare Answer: Tap to Reveal', 'Show More', 'See 4 More', 'Loading...', 'Buying Options', 'Advertiser Disclosure'];
    const body = [story[0], controls[0], controls[1], story[1], controls[2], controls[3], controls[4], story[2], controls[5]];
    expect(storyParagraphs(body)).toEqual(story);
  });

  it('keeps a sentence that uses the same words', () => {
    const prose = 'Passengers who tap to reveal their ticket at the gate will show more than a barcode: the app lists the cabin and the car deck too.';
    expect(storyParagraphs([...story, prose])).toEqual([...story, prose]);
  });
});

describe('a date standing alone as a line', () => {
  const story = [
    'The island ferry returned to service on Monday after a winter in dry dock, carrying its first passengers across at seven.',
    'The port authority said both engines had been rebuilt and that the boat would keep its old timetable until the summer.',
  ];

  it('drops it with a weekday, an ordinal, the day first or a time or two after it', () => {
    for (const date of ['March 4th, 2024', 'Monday 4 March 2024 07:15', 'Monday March 4, 2024 07:00 AM GMT 03/04/2024 7:00 AM', '4th of March 2024']) {
      const { text } = extractArticle({ html: page(`<p>${date}</p>${story.map((t) => `<p>${t}</p>`).join('')}`), url: URL });
      expect(text.split('\n\n')).toEqual(story);
    }
  });

  it('keeps a sentence that opens on a date', () => {
    const prose = 'March 4th, 2024 was the first morning in five months that the slipway queue reached the harbour gate.';
    expect(storyParagraphs([...story, prose])).toEqual([...story, prose]);
  });
});

describe('credit lines of the reporting and signatures of its writers', () => {
  const story = [
    'The island ferry returned to service on Monday after a winter in dry dock, carrying its first passengers across at seven.',
    'The port authority said both engines had been rebuilt and that the boat would keep its old timetable until the summer.',
    'Islanders who had relied on a water taxi all winter lined up at the slipway before dawn to be on the first crossing.',
  ];

  it("drops 'contributed.' credits, 'With reporting by' and a writer's signature under their part", () => {
    const body = [
      story[0],
      'Ann Lee, staff writer',
      story[1],
      'Tom Rowe, senior editor',
      story[2],
      'With reporting by Ann Lee.',
      'Harbour News researcher Tom Rowe in Leeds contributed.',
    ];
    expect(storyParagraphs(body)).toEqual(story);
  });

  it('keeps prose about who contributed, and a name with a role inside a sentence', () => {
    const prose = [
      'Every family on the north shore contributed. The school raised the rest of the money with a winter fair.',
      'Ann Lee, staff writer at the island paper for thirty years, was on the first crossing with her grandchildren.',
    ];
    expect(storyParagraphs([...story, ...prose])).toEqual([...story, ...prose]);
  });
});

describe('a source printed as its bare address', () => {
  const story = [
    'The island ferry returned to service on Monday after a winter in dry dock, carrying its first passengers across at seven.',
    'The port authority said both engines had been rebuilt and that the boat would keep its old timetable until the summer.',
    'Islanders who had relied on a water taxi all winter lined up at the slipway before dawn to be on the first crossing.',
  ];

  it('drops it as a line and as an entry of a list of links off the site', () => {
    const cited = 'www.tidewatch.example/news/ferry-back-in-service-2024-0304';
    const body = `${story.map((t) => `<p>${t}</p>`).join('')}<p>https://harbour.example/notices/ferry?id=7</p><h4>References</h4><ul><li><a href="https://${cited}">${cited}</a></li></ul>`;
    const { text } = extractArticle({ html: page(body), url: URL });
    expect(text.split('\n\n')).toEqual(story);
  });

  it('keeps a sentence that names an address, and an entry of a list of shops off the site', () => {
    const prose = 'Tickets are sold at harbour.example/tickets and at the kiosk by the slipway, which opens an hour before each crossing.';
    const shop = 'Book a cabin with Harbour Lines from the mainland';
    const body = `${[...story, prose].map((t) => `<p>${t}</p>`).join('')}<ul><li><a href="https://harbourlines.example/book">${shop}</a></li></ul>`;
    const { text } = extractArticle({ html: page(body), url: URL });
    expect(text.split('\n\n')).toEqual([...story, prose, shop]);
  });
});

describe("the author's tagline and book plug under the story", () => {
  const story = [
    'The island bakery sells out of its rye loaves by nine most mornings, and the queue starts forming before the ferry docks.',
    'Its owner learned to bake from her grandmother, who ran the same ovens for forty years before the war closed the harbour.',
    'She still uses the starter her grandmother kept alive through the winters, feeding it twice a day with flour from the mainland.',
  ];

  it('drops a tagline whose linked name is gone and a plug for the writer’s latest book', () => {
    const tail = [
      'writes about food and the islands. She has reviewed bakeries for the paper since 2009.',
      'Ann Lee’s most recent book, The Salt Oven, is published by Harbour Books.',
    ];
    expect(storyParagraphs([...story, ...tail])).toEqual(story);
  });

  it('keeps a closing paragraph about the baker’s own new book', () => {
    const closing = 'Her new book of island recipes comes out in the spring, and she says the rye loaf is on the first page.';
    expect(storyParagraphs([...story, closing])).toEqual([...story, closing]);
  });
});

describe('pointers to the gallery or to more picks that close the text', () => {
  const story = [
    'The island ferry returned to service on Monday after a winter in dry dock, carrying its first passengers across at seven.',
    'The port authority said both engines had been rebuilt and that the boat would keep its old timetable until the summer.',
  ];

  it('drops them at the end', () => {
    for (const pointer of ['The summer timetable starts in June. Check out the exclusive photos above.', 'Now, see some more of our favourite crossings:']) {
      expect(storyParagraphs([...story, pointer])).toEqual(story);
    }
  });

  it('keeps a story paragraph about photos that ends the text', () => {
    const closing = 'The port museum will show the photos the crew took during the repairs, from the first engine lift to the sea trials.';
    expect(storyParagraphs([...story, closing])).toEqual([...story, closing]);
  });
});

describe('the text of a chart drawn in markup', () => {
  const story = [
    'The new ferry engines were tested against the old ones on the same crossing, in the same weather, with the same load.',
    'The port authority said the new engines burned a third less fuel and cut the crossing time by four minutes on average.',
  ];

  it('drops a run of labels glued to their values', () => {
    const chart =
      '<div class="chart"><span>Old engine (2009)</span> <span>412</span><span>New engine A (2024)</span> <span>288</span><span>New engine B (2024)</span> <span>275</span><span>Water taxi</span> <span>96</span></div>';
    const { text } = extractArticle({ html: page(`<p>${story[0]}</p>${chart}<p>${story[1]}</p>`), url: URL });
    expect(text.split('\n\n')).toEqual(story);
  });

  it('keeps prose that names models and numbers in sentences', () => {
    const prose = 'The 2009 engine used 412 litres. The 2024 engines used 288 and 275 litres, and the water taxi 96 litres a day.';
    expect(storyParagraphs([...story, prose])).toEqual([...story, prose]);
  });
});

describe('notes on where the figures come from', () => {
  const story = [
    'The new ferry engines were tested against the old ones on the same crossing, in the same weather, with the same load.',
    'The port authority said the new engines burned a third less fuel and cut the crossing time by four minutes on average.',
    'The old engines will be sold to a shipyard on the mainland, which plans to fit them to a dredger next year.',
  ];

  it('drops the sourcing note of a piece and of its tables', () => {
    const body = [
      'To give you the most accurate figures, the data used to compile this article was sourced from the port authority and the builder.',
      story[0],
      '(Performance data sourced from the builder)',
      story[1],
      story[2],
      '*Data in this piece reflects estimates for different years. Sources include the port authority and the harbour board.',
    ];
    expect(storyParagraphs(body)).toEqual(story);
  });

  it('keeps prose that reports where data came from', () => {
    const prose = 'The fuel figures were sourced from the crew’s own logbooks, which the port authority checked against its invoices.';
    expect(storyParagraphs([...story, prose])).toEqual([...story, prose]);
  });
});

describe('a caption that opens on its credit in capitals', () => {
  const story = [
    'The island wrestling team won four of the eleven weight classes at the invitational on the mainland on Saturday.',
    'Their coach said the ferry’s return had let the team train with the mainland clubs again for the first time since autumn.',
  ];

  it('drops it', () => {
    const caption = 'SUBMITTED PHOTO Island’s Tom Rowe (3) stands on the podium after winning the 120-pound class at the invitational.';
    expect(storyParagraphs([story[0], caption, story[1]])).toEqual(story);
  });

  it('keeps a sentence that opens on the same words in lower case', () => {
    const prose = 'Submitted photos from parents show the team celebrating on the deck of the ferry on the way home that evening.';
    expect(storyParagraphs([...story, prose])).toEqual([...story, prose]);
  });
});

describe("a review's test rig line", () => {
  const story = [
    'The island ferry game lets players run the crossing through a whole winter, from timetables to engine repairs.',
    'It is slow to start, but the storms of the second season make every crossing a decision about fuel, crew and weather.',
  ];

  it('drops it', () => {
    const rig = 'Reviewed on Windows 11, Ryzen 5 5600X, RTX 3060, 16GB RAM';
    expect(storyParagraphs([story[0], rig, story[1]])).toEqual(story);
  });

  it('keeps a sentence about how the game was reviewed', () => {
    const prose = 'Reviewed on a laptop, the game ran smoothly. On a handheld it stuttered in storms, which the studio says it will fix.';
    expect(storyParagraphs([...story, prose])).toEqual([...story, prose]);
  });
});

describe('pointers to more elsewhere and the release provider that close the text', () => {
  const story = [
    'Researchers followed two hundred ferry crews for a year and found that diesel fumes on the car deck doubled their asthma attacks.',
    'The findings suggest that crews might benefit from carrying personal air monitors that warn them when the fumes build up.',
  ];

  it('drops them at the end', () => {
    const tail = [
      'The U.K. Health Agency has more about air pollution and health.',
      'See more from the port statistics office here.',
      'Provided by University of the Isles',
    ];
    expect(storyParagraphs([...story, ...tail])).toEqual(story);
  });

  it('keeps a closing sentence that says who has more of something', () => {
    const closing = 'The mainland port has more ferries on order, and its crews will get the monitors first.';
    expect(storyParagraphs([...story, closing])).toEqual([...story, closing]);
  });
});

describe('promotion lines that only point at their link', () => {
  const story = [
    'The island ferry returned to service on Monday after a winter in dry dock, carrying its first passengers across at seven.',
    'The port authority said both engines had been rebuilt and that the boat would keep its old timetable until the summer.',
    'Islanders who had relied on a water taxi all winter lined up at the slipway before dawn to be on the first crossing.',
  ];

  it("drops a 'Click here' line, a shopping teaser and the app ask whose badges are gone", () => {
    const body = [
      story[0],
      'Look back at the year on the water with Harbour News! Click here',
      story[1],
      'Skip the queue and shop these ferry-themed mugs instead!',
      story[2],
      'Enjoy more audio and podcasts on or .',
    ];
    expect(storyParagraphs(body)).toEqual(story);
  });

  it('keeps a long paragraph that ends by pointing at a link, and prose about shopping', () => {
    const prose = [
      'The port authority has published the full inspection report, with the engineers’ notes on both engines, the cost of each repair and the timetable for the summer crossings. To read it, click here.',
      'Islanders shop these days on the mainland on Saturdays, when the ferry runs an extra crossing for the market.',
    ];
    expect(storyParagraphs([...story, ...prose])).toEqual([...story, ...prose]);
  });
});

describe('bylines and newsroom roles standing as lines', () => {
  const story = [
    'The island ferry returned to service on Monday after a winter in dry dock, carrying its first passengers across at seven.',
    'The port authority said both engines had been rebuilt and that the boat would keep its old timetable until the summer.',
  ];

  it('drops a byline, a shared credit and a role line', () => {
    for (const lines of [
      ['By Ann Lee'],
      ['Photos and Story By Ann Lee', 'Special Correspondent to THE HARBOUR NEWS'],
      ['By Ann Lee and Tom Rowe', 'Senior Editor'],
    ]) {
      expect(storyParagraphs([...lines, ...story])).toEqual(story);
    }
  });

  it('keeps a short sentence that opens on "By" and a role inside a sentence', () => {
    const prose = ['By noon the queue reached the harbour gate.', 'Senior editor of the island paper for thirty years, Ann Lee took the first crossing.'];
    expect(storyParagraphs([...story, ...prose])).toEqual([...story, ...prose]);
  });
});

describe("a review box's rating and certificate lines", () => {
  const story = [
    'The ferry documentary follows one crew through a winter of storms, cancelled crossings and a dry dock that runs out of money.',
    'Its best scenes are the quiet ones, when the captain reads the weather reports aloud in the wheelhouse before dawn.',
  ];

  it('drops the star rating and the certificate with the running time', () => {
    expect(storyParagraphs(['THE CROSSING ★★★½', '(PG) 96 minutes', ...story])).toEqual(story);
  });

  it('keeps a sentence that gives the rating in words', () => {
    const prose = 'Critics gave it four stars (out of five) and a PG certificate, and it runs 96 minutes.';
    expect(storyParagraphs([...story, prose])).toEqual([...story, prose]);
  });
});

describe("a collection's teaser", () => {
  const story = [
    'The ferry documentary follows one crew through a winter of storms, cancelled crossings and a dry dock that runs out of money.',
    'Its best scenes are the quiet ones, when the captain reads the weather reports aloud in the wheelhouse before dawn.',
  ];

  it("drops 'See all N stories' with the line it closes", () => {
    const teaser = 'Read more reviews in our guide to the films of the winter festival. See all 12 stories.';
    expect(storyParagraphs([teaser, ...story])).toEqual(story);
  });

  it('keeps a sentence that counts stories', () => {
    const prose = 'The festival shows all 12 stories the crew filmed, one each night, in the harbour hall.';
    expect(storyParagraphs([...story, prose])).toEqual([...story, prose]);
  });
});

describe('runs of text inside a paragraph whose class reads like chrome', () => {
  it("keeps the paragraph's words: class words name blocks, not runs", () => {
    const story = [
      '<span class="lead-in-related">Ten years ago,</span> the island ferry made its last winter crossing before the engines failed, and the islanders waited for a new boat.',
      'Our reporter <em class="author-link">Ann Lee</em> rode the first crossing on Monday, when the rebuilt ferry carried forty passengers across at seven.',
      'The port authority said both engines had been rebuilt and that the boat would keep its old timetable until the summer, when extra crossings begin.',
    ];
    expect(storyParagraphs(story)).toEqual(story.map((t) => t.replace(/<[^>]+>/g, '')));
  });

  it('still drops a block with that class between the paragraphs', () => {
    const story = [
      'The island ferry returned to service on Monday after a winter in dry dock, carrying its first passengers across at seven.',
      'The port authority said both engines had been rebuilt and that the boat would keep its old timetable until the summer.',
    ];
    const box = '<div class="related-stories"><span>Bridge plan shelved for another year</span></div>';
    const { text } = extractArticle({ html: page(`<p>${story[0]}</p>${box}<p>${story[1]}</p>`), url: URL });
    expect(text.split('\n\n')).toEqual(story);
  });
});

describe('callout boxes beside the story', () => {
  const story = [
    'The island ferry returned to service on Monday after a winter in dry dock, carrying its first passengers across at seven.',
    'The port authority said both engines had been rebuilt and that the boat would keep its old timetable until the summer.',
    'Islanders who had relied on a water taxi all winter lined up at the slipway before dawn to be on the first crossing.',
  ];

  it('drops product cards and a takeaways panel classed as callouts', () => {
    const cards =
      '<div class="GroupCalloutWrapper grid"><div class="product-embed"><p>Harbour Lines Wool Blanket</p><p>$49 at Harbour Lines</p></div><div class="product-embed"><p>Isle Stays Travel Mug</p><p>$18 at Isle Stays</p></div></div>';
    const takeaways = '<div class="sc-block-callout"><p>The ferry is back after five months. Two extra evening crossings start in the summer.</p></div>';
    const { text } = extractArticle({ html: page(`${takeaways}<p>${story[0]}</p>${cards}<p>${story[1]}</p><p>${story[2]}</p>`), url: URL });
    expect(text.split('\n\n')).toEqual(story);
  });

  it('keeps the story when its own container is classed as a callout', () => {
    const { text } = extractArticle({ html: page(`<div class="story-callout-body">${story.map((t) => `<p>${t}</p>`).join('')}</div>`), url: URL });
    expect(text.split('\n\n')).toEqual(story);
  });
});

describe('pull quotes', () => {
  const story = [
    'The island ferry returned to service on Monday after a winter in dry dock, carrying its first passengers across at seven.',
    '“We waited five months for this morning,” said the harbour master, who has worked the slipway for thirty years.',
    'The port authority said both engines had been rebuilt and that the boat would keep its old timetable until the summer.',
  ];

  it('drops the quote printed again beside the story', () => {
    for (const cls of ['pullquote', 'article-pull-quote']) {
      const quote = `<div class="${cls}"><p>“We waited five months for this morning.”</p></div>`;
      const { text } = extractArticle({ html: page(`<p>${story[0]}</p><p>${story[1]}</p>${quote}<p>${story[2]}</p>`), url: URL });
      expect(text.split('\n\n')).toEqual(story);
    }
  });
});

describe('a tag list under the story', () => {
  const story = [
    'The island ferry returned to service on Monday after a winter in dry dock, carrying its first passengers across at seven.',
    'The port authority said both engines had been rebuilt and that the boat would keep its old timetable until the summer.',
  ];

  it('drops it, however it is labelled', () => {
    for (const tags of ['Tags: ferries, islands, transport', 'Read related topics:Ferries', 'Filed under: Transport']) {
      expect(storyParagraphs([...story, tags])).toEqual(story);
    }
  });

  it('keeps a sentence that opens on the same label', () => {
    const prose = 'Topics: the timetable, the fares and the new evening crossings. All three will be on the agenda at the island meeting.';
    expect(storyParagraphs([...story, prose])).toEqual([...story, prose]);
  });
});

describe('line rules on hostile lines', () => {
  it('judges a line of capitalised words and commas in time linear in its length', () => {
    // A byline pattern with nested optional repeats took minutes on one such line (exponential backtracking).
    const hostile = `By ${Array.from({ length: 14 }, () => 'ABCDEFGHI').join(', ')}, x`;
    const story = 'The island ferry returned to service on Monday after a winter in dry dock, carrying its first passengers across at seven.';
    const started = performance.now();
    const { text } = extractArticle({ html: page(`<p>${story}</p>${`<p>${hostile}</p>`.repeat(20)}`), url: URL });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(text).toContain(story);
  });
});

describe('a description that repeats the headline', () => {
  it('does not head the text; a dek of its own does', () => {
    const title = 'Island ferry service returns after five months in dry dock';
    const story = [
      'The island ferry returned to service on Monday after a winter in dry dock, carrying its first passengers across at seven.',
      'The port authority said both engines had been rebuilt and that the boat would keep its old timetable until the summer.',
    ];
    const head = (description: string) =>
      `<!doctype html><html><head><title>${title}</title><meta name="description" content="${description}"></head><body><div class="hero"><p>${description}</p></div><main><article><h1>${title}</h1>${story.map((t) => `<p>${t}</p>`).join('')}</article></main></body></html>`;
    expect(extractArticle({ html: head(`${title}.`), url: URL }).text.split('\n\n')).toEqual(story);
    const dek = 'After five months in dry dock, the boat is back on its old timetable.';
    expect(extractArticle({ html: head(dek), url: URL }).text.split('\n\n')).toEqual([dek, ...story]);
  });
});

describe('the marker an ad slot leaves between paragraphs', () => {
  it('drops it', () => {
    const story = [
      'The island ferry returned to service on Monday after a winter in dry dock, carrying its first passengers across at seven.',
      'The port authority said both engines had been rebuilt and that the boat would keep its old timetable until the summer.',
    ];
    for (const marker of ['Story continues below advertisement', 'Article continues after ad', 'Scroll to continue with content']) {
      expect(storyParagraphs([story[0], marker, story[1]])).toEqual(story);
    }
  });
});

describe("a reading-time line, an audio player's label, a comment count and a wire trailer", () => {
  it('drops them', () => {
    const story = [
      'The island ferry returned to service on Monday after a winter in dry dock, carrying its first passengers across at seven.',
      'The port authority said both engines had been rebuilt and that the boat would keep its old timetable until the summer.',
    ];
    const body = [
      '4 min read',
      'Listen to this article',
      story[0],
      'Comments (12)',
      story[1],
      '(Reporting by Ann Lee in Leeds; Editing by Tom Rowe)',
      'Our Standards: The Harbour Trust Principles.',
    ];
    expect(storyParagraphs(body)).toEqual(story);
  });
});
