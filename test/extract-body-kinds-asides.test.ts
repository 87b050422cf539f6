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

/** The story's page with `block` set between its second and third paragraphs, where templates put their boxes. */
const around = (block: string): string => page(`${paragraphs(STORY.slice(0, 2))}${block}${paragraphs(STORY.slice(2))}`);

/** The story's page with `line` as a paragraph of its own between the second and third. */
const withLine = (line: string) => around(paragraphs([line]));

describe('teaser lists under a label', () => {
  const teasers = [
    ['A harbour town says its new marina will double visitor numbers.', 'Here is how you can buy a berth before prices rise.'],
    ['Investing in waterfront property just got simpler with a new fund.', 'Find out how to start with as little as $100.'],
    ['A shipping magnate has bought three islands off the coast.', 'Here is what that means for local land values.'],
  ];
  const list = `<ul>${teasers.map(([blurb, link], i) => `<li><p>${blurb} <a href="https://partner.example.com/offer-${i}">${link}</a></p></li>`).join('')}</ul>`;

  it('drops a list whose every entry ends on a link under a "Don\'t Miss:" heading, though most of its text is not link text', () => {
    const html = around(`<h2><strong>Don't Miss:</strong></h2>${list}`);
    const { text } = extractArticle({ html, url: URL });
    for (const [blurb, link] of teasers) {
      expect(text).not.toContain(blurb);
      expect(text).not.toContain(link);
    }
    for (const line of STORY) expect(text).toContain(line);
  });

  it('keeps the same list under a heading of the story', () => {
    const html = around(`<h2>What the islanders did meanwhile</h2>${list}`);
    const { text } = extractArticle({ html, url: URL });
    for (const [blurb] of teasers) expect(text).toContain(blurb);
  });

  it("keeps a list under a teaser label when one of its entries has no link (the story's own list)", () => {
    const ownList = `<ul><li>${teasers[0]![0]} <a href="https://port.example.org/marina">The marina plan</a></li><li>The water taxi will keep its winter timetable for the island school until the end of term.</li></ul>`;
    const html = around(`<h2>Don't Miss:</h2>${ownList}`);
    const { text } = extractArticle({ html, url: URL });
    expect(text).toContain('The water taxi will keep its winter timetable for the island school until the end of term.');
  });
});

describe("a shoot's credits run together on one line", () => {
  it('drops the line of chained role credits under a magazine profile', () => {
    const credits = 'Styling: Ann Lee. Styling assistance: Tom Rowe. Grooming: Sam Hale/The Agency. Prop styling: Hill Studio. Production: North & Co.';
    const html = page(paragraphs([...STORY, credits]));
    const { text } = extractArticle({ html, url: URL });
    expect(text).not.toContain('Grooming');
    for (const line of STORY) expect(text).toContain(line);
  });

  it('keeps a story sentence that names one role and its holder', () => {
    const line = 'Production: the yard says the new engines will be fitted by March. Crew: twelve, as before.';
    const html = withLine(line);
    expect(extractArticle({ html, url: URL }).text).toContain(line);
  });
});

describe("a buying guide's price box", () => {
  it('drops the price line and the pointer to the full review under each pick, keeps the pick and its prose', () => {
    const picks = [
      ['1. Harbour VPN', 'Harbour VPN keeps no logs, runs servers in forty countries and let us stream from every one we tried during two weeks of testing.'],
      ['2. Lighthouse VPN', 'Lighthouse VPN is the cheapest plan we tested, and its app was the quickest to connect on both the laptop and the phone we used.'],
    ];
    const body = picks
      .map(
        ([name, prose]) =>
          `<h3>${name}</h3><div class="price-box"><p>Best Prices Today: $40 at ShopName</p></div><p>${prose}</p><p><a href="/article/${name!.length}">Read our full ${name!.slice(3)} review</a></p>`,
      )
      .join('');
    const { text } = extractArticle({ html: page(`${paragraphs(STORY.slice(0, 2))}${body}`), url: URL });
    expect(text).not.toContain('Best Prices Today');
    expect(text).not.toContain('Read our full');
    for (const [, prose] of picks) expect(text).toContain(prose);
  });

  it('keeps a sentence that tells the reader where a review is', () => {
    const line = 'Read our full review of the ferry’s new cabins, which we sailed in last week, before you book.';
    const html = withLine(line);
    expect(extractArticle({ html, url: URL }).text).toContain(line);
  });
});

describe('generated paragraph ids', () => {
  it('keeps a paragraph whose random id happens to split into a boilerplate word ("AdDsWC" → ad, ds, wc)', () => {
    const ids = ['pQrStu', 'AdDsWC', 'xYzWvu', 'hBioKz'];
    const html = page(STORY.map((line, i) => `<p id="${ids[i]}">${line}</p>`).join(''));
    const { text } = extractArticle({ html, url: URL });
    for (const line of STORY) expect(text).toContain(line);
  });

  it('still drops a block whose id names it ("adSlot", "author-bio")', () => {
    const ad = 'Sponsored: harbour cruises from $19 this weekend only, book online today.';
    const bio = 'Ann Lee covers transport and the islands for the paper and lives on the north shore.';
    const html = page(
      `${paragraphs(STORY.slice(0, 2))}<div id="adSlot"><p>${ad}</p></div>${paragraphs(STORY.slice(2))}<div id="author-bio"><p>${bio}</p></div>`,
    );
    const { text } = extractArticle({ html, url: URL });
    expect(text).not.toContain(ad);
    expect(text).not.toContain(bio);
  });
});

describe('class words that state what a block has, not what it is', () => {
  const more = [
    'Crews will spend the first week testing the engines at sea without passengers, and the coastguard will inspect the lifeboats before the ferry takes its first booking.',
    'The island council said it would keep paying for the water taxi until the end of the month in case the tests turn up another fault with the engines.',
  ];

  for (const cls of [
    'entry-content has-sidebar',
    'article-body with-ads',
    'post-content comments-open',
    'story-content ad-free',
    'article-body non-sponsored',
  ]) {
    it(`keeps the second part of a story in a block of class "${cls}"`, () => {
      const html = page(`<div class="story-body">${paragraphs(STORY)}</div><div class="${cls}">${paragraphs(more)}</div>`);
      const { text } = extractArticle({ html, url: URL });
      for (const line of [...STORY, ...more]) expect(text).toContain(line);
    });
  }

  it('still drops a block named for what it is ("sidebar", "ad-slot")', () => {
    const aside = 'Harbour cruises from $19 this weekend only: book online today and save.';
    const html = page(`<div class="story-body">${paragraphs(STORY)}</div><div class="ad-slot sidebar"><p>${aside}</p></div>`);
    expect(extractArticle({ html, url: URL }).text).not.toContain(aside);
  });
});

describe('blocks named "widget"', () => {
  const blurb = 'Save $40 on the harbour pass that we rated the best value for commuters in our ferry guide, and it now covers the evening crossings as well.';

  it("keeps the story's own blurb that a deal box wraps in a widget", () => {
    const deal = `<div class="deal-widget-container"><div class="deal-widget-main"><p><strong>Harbour Pass: was $120, now $80 at the port office</strong></p><p>${blurb}</p></div></div>`;
    const html = around(deal);
    const { text } = extractArticle({ html, url: URL });
    expect(text).toContain(blurb);
    for (const line of STORY) expect(text).toContain(line);
  });

  it('drops a widget without prose: a blog’s like button and its label', () => {
    const likes = '<div class="sharedaddy likes-widget-wrapper"><h3 class="sd-title">Like this:</h3><span>Like</span> <span>Loading...</span></div>';
    const html = page(`${paragraphs(STORY)}${likes}`);
    const { text } = extractArticle({ html, url: URL });
    expect(text).not.toContain('Like this');
    expect(text).not.toContain('Loading');
  });

  it("drops a video player's advice about the reader's browser", () => {
    const player = '<div class="article-widget site-video"><p class="video-message">Please use Chrome browser for a more accessible video player</p></div>';
    const html = around(player);
    expect(extractArticle({ html, url: URL }).text).not.toContain('Chrome browser');
  });
});

describe("lines a page's widgets leave as paragraphs", () => {
  const clutter = {
    'comment and caption controls': [
      'View comments',
      'Read 24 comments',
      'Join the conversation',
      'Cancel reply',
      'Toggle caption',
      'Click to enlarge',
      'Link copied!',
    ],
    'pagers and the ad slot': ['Next article', 'Previous Post', 'Back to top', 'Skip Advertisement', 'Continue reading the main story'],
    'feedback, app and saving buttons': [
      'Was this article helpful?',
      'Thank you for your feedback!',
      'Open in app',
      'Gift this article',
      'Sign in to save',
      'Like us on Facebook',
    ],
    'labels of boxes': ['More on this topic', 'About the author', 'Paid Content'],
    'a paywall and a sign-in box': [
      'This article is for subscribers only.',
      'Already a subscriber? Log in',
      "You've read 3 of 5 free articles this month.",
      'Create a free account to continue reading',
    ],
    'sign-up and comment forms': [
      'Thanks for signing up!',
      'By signing up, you agree to our Terms of Use and Privacy Policy.',
      'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
      'Please enter a valid email address.',
      'Your email address will not be published. Required fields are marked *',
      'Save my name, email, and website in this browser for the next time I comment.',
    ],
    'the cookie banner and the wire notice': [
      'We use cookies to improve your experience on our site.',
      'Accept all cookies',
      'This material may not be published, broadcast, rewritten or redistributed.',
    ],
    'what a social embed leaves': ['View this post on Instagram', 'A post shared by Ann Lee (@annlee)'],
    'a category line and a tip ask': ['Posted in News, Transport', 'Have a story tip? Email us.'],
  };
  for (const [kind, lines] of Object.entries(clutter)) {
    it(`drops ${kind}`, () => {
      for (const line of lines) {
        const { text } = extractArticle({ html: withLine(line), url: URL });
        expect(text, line).not.toContain(line);
        expect(text).toContain(STORY[2]);
      }
    });
  }

  it('keeps story sentences that open with the same words', () => {
    const prose = [
      'You have read about the ferry’s troubles here before, but the crew says this winter was the worst in twenty years.',
      'We use cookies and strong tea to keep the night crew going, the captain said with a laugh.',
      'Already a subscriber to the island newsletter, the mayor said she learned of the repairs from a neighbour.',
      'Posted in the harbour office window, the new timetable drew a small crowd on Saturday.',
    ];
    for (const line of prose) expect(extractArticle({ html: withLine(line), url: URL }).text, line).toContain(line);
  });
});

describe('comment lists, social embeds and polls set in the story', () => {
  it("drops an old blog theme's comment list ('commentlist')", () => {
    const comment = 'Great news for the islanders, I have waited so long for this ferry to come back into service again.';
    const html = around(`<ol class="commentlist"><li><div class="comment-meta">Bob says:</div><p>${comment}</p></li></ol>`);
    expect(extractArticle({ html, url: URL }).text).not.toContain(comment);
  });

  it("drops a Facebook post's embed text", () => {
    const post = 'We are delighted to announce that the ferry returns on Monday, thank you all for your patience this winter.';
    const html = around(
      `<div class="fb-post" data-href="https://www.facebook.com/port/posts/1"><blockquote class="fb-xfbml-parse-ignore"><p>${post}</p>Posted by <a href="https://www.facebook.com/port">Port Authority</a></blockquote></div>`,
    );
    const { text } = extractArticle({ html, url: URL });
    expect(text).not.toContain(post);
    for (const line of STORY) expect(text).toContain(line);
  });

  it("drops a poll's question with its tallies", () => {
    const html = around('<div><p>Will you take the ferry this summer?</p><p>Yes 64%</p><p>No 36%</p><p>1,204 votes</p></div>');
    const { text } = extractArticle({ html, url: URL });
    expect(text).not.toContain('Will you take the ferry');
    expect(text).not.toContain('64%');
  });

  it('keeps a question the story asks', () => {
    const question = 'Will the ferry be ready for the summer?';
    const html = withLine(question);
    expect(extractArticle({ html, url: URL }).text).toContain(question);
  });
});

describe('pages laid out with tables', () => {
  it('keeps a story sentence held by a cell alone in its row', () => {
    const line = 'The crossing takes forty minutes in calm weather and close to an hour when the wind is from the west.';
    const html = around(`<table><tr><td>${line}</td></tr></table>`);
    expect(extractArticle({ html, url: URL }).text).toContain(line);
  });

  it("still drops a grid's cells, sentences included (a review's verdict table)", () => {
    const verdict = 'The new cabins are warmer and quieter than the old ones.';
    const grid = `<table><tr><th>Attribute</th><th>Notes</th><th>Rating</th></tr><tr><td>Comfort</td><td>${verdict}</td><td>4.5</td></tr></table>`;
    const html = around(grid);
    expect(extractArticle({ html, url: URL }).text).not.toContain(verdict);
  });
});

describe('short sentences that cite several links', () => {
  it('keeps a sentence that weaves three links between words of its own', () => {
    const html = around(
      '<p>The <a href="/a">port authority</a> cited <a href="/b">a report</a> by <a href="/c">engineers</a> and <a href="/d">the coastguard</a>.</p>',
    );
    expect(extractArticle({ html, url: URL }).text).toContain('The port authority cited a report by engineers and the coastguard.');
  });

  it('still drops a row of teaser links and a podcast plug', () => {
    const teasers = '<p><a href="/a">Ferry fares to rise in spring</a> | <a href="/b">Water taxi firm expands</a> | <a href="/c">Harbour wall repaired</a></p>';
    const plug =
      '<p>Listen to Island Hour on <a href="https://open.spotify.com/x">Spotify</a>, <a href="https://podcasts.apple.com/x">Apple Podcasts</a> and <a href="https://podcasts.google.com/x">Google Podcasts</a>.</p>';
    const { text } = extractArticle({ html: around(teasers + plug), url: URL });
    expect(text).not.toContain('Water taxi firm expands');
    expect(text).not.toContain('Listen to Island Hour');
  });
});

describe('photo carousels', () => {
  it("drops a carousel's slide captions set between the story's paragraphs", () => {
    const slides = ['The ferry in dry dock at the north yard in January.', 'Crew members test the new engines at the pier in February.'];
    const about = 'Photographs from the harbour archive, published with the permission of the port authority.';
    const carousel = `<div class="media-carousel">${slides.map((s, i) => `<div class="slide"><img src="/p${i}.jpg"><div class="media-content"><h2>${s}</h2><p>${about}</p></div></div>`).join('')}</div>`;
    const html = around(carousel);
    const { text } = extractArticle({ html, url: URL });
    for (const s of slides) expect(text).not.toContain(s);
    expect(text).not.toContain(about);
    for (const line of STORY) expect(text).toContain(line);
  });

  it('keeps a story told in a carousel, which holds most of the text', () => {
    const html = page(`<div class="story-carousel">${STORY.map((line, i) => `<div class="slide"><img src="/p${i}.jpg"><p>${line}</p></div>`).join('')}</div>`);
    const { text } = extractArticle({ html, url: URL });
    for (const line of STORY) expect(text).toContain(line);
  });
});

describe('recommendation networks and boxes over the page', () => {
  for (const cls of ['zergnet-widget', 'mgid-container', 'subscribe-upsell', 'image-lightbox', 'share-tooltip']) {
    it(`drops a block of class "${cls}" set among the paragraphs`, () => {
      const box = 'Islanders are stunned by this one simple trick for cheaper crossings that ferry companies hate.';
      const html = around(`<div class="${cls}"><p>${box}</p></div>`);
      const { text } = extractArticle({ html, url: URL });
      expect(text).not.toContain(box);
      for (const line of STORY) expect(text).toContain(line);
    });
  }
});
