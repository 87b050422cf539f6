/**
 * Clutter kinds seen on real pages, removed as kinds: a section label opening
 * the text, poll vote tallies, a comment form's placeholder taken as the
 * byline, and print/share labels and dates in bylines. Hand-written pages.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline/extract/index.js';
import { cleanByline } from '../pipeline/extract/metadata.js';
import { dropReason } from '../pipeline/extract/postclean.js';

const PROSE = [
  'The council voted on Tuesday night to approve the new flood barrier along the river, after two years of debate over its cost and its route.',
  'Residents who lost homes in the last flood spoke for and against the plan, and the mayor promised that work would start before the spring rains.',
  'Engineers said the barrier would protect about four thousand homes, and that the state would pay for most of it through a resilience grant.',
  'Opponents argued that the money would be better spent moving families out of the flood plain altogether, a plan the council rejected last year.',
];
const prose = PROSE.map((p) => `<p>${p}</p>`).join('');

function page(body: string, head = ''): string {
  return `<!doctype html><html><head><title>Flood barrier approved</title>${head}</head><body><main><article>${body}</article></main></body></html>`;
}

describe('bylines are names only', () => {
  it.each([
    ['By Ann Lee | December 22, 2023', 'Ann Lee'],
    ['By Ann Lee Updated 10:22 PM EST, Fri December 22, 2023', 'Ann Lee'],
    ['Ann Lee and Bo Chen · 5 hours ago', 'Ann Lee and Bo Chen'],
    ['By Ann Lee Print this article', 'Ann Lee'],
    ['Ann Lee | Share | Email | Print', 'Ann Lee'],
    ['Von Anna Weber, 25.01.2022', 'Anna Weber'],
    ['Ann Lee Published 2023-12-22', 'Ann Lee'],
  ])('%s → %s', (raw, name) => {
    expect(cleanByline(raw)).toBe(name);
  });

  it('a comment form prompt is no byline', () => {
    expect(cleanByline('Your name *')).toBe('');
    expect(cleanByline('Leave a Reply')).toBe('');
    const html = page(
      `<h1>Flood barrier approved</h1>${prose}<form id="commentform"><p class="comment-form-author"><label class="byline" for="author">Name *</label><input id="author" name="author" placeholder="Your name"></p></form>`,
    );
    expect(extractArticle({ html, url: 'https://valley.example/flood' }).byline).toBeNull();
  });

  it('the page byline loses its date and print label', () => {
    const html = page(`<h1>Flood barrier approved</h1><div class="byline">By Ann Lee · Dec. 22, 2023 · Print this article</div>${prose}`);
    expect(extractArticle({ html, url: 'https://valley.example/flood' }).byline).toBe('Ann Lee');
  });
});

describe('clutter in the text', () => {
  it('drops poll tallies, keeps prose that counts votes', () => {
    const p = (text: string) => ({ text, tag: 'p', linkChars: 0 }) as Parameters<typeof dropReason>[0];
    expect(dropReason(p('Yes 54% (1,203 votes)'), '')).toBe('poll');
    expect(dropReason(p('No, not at all 46%'), '')).toBe('poll');
    expect(dropReason(p('Total votes: 2,210'), '')).toBe('poll');
    expect(dropReason(p('1,203 votes'), '')).toBe('poll');
    expect(dropReason(p('The measure passed with 54% of the vote, or 1,203 votes, on Tuesday.'), '')).toBeNull();
  });

  it('drops a section label opening the text', () => {
    const html = page(`<h1>Flood barrier approved</h1><p>Local News</p>${prose}`, '<meta property="article:section" content="Local News">');
    const text = extractArticle({ html, url: 'https://valley.example/flood' }).text;
    expect(text.startsWith(PROSE[0]!)).toBe(true);
    const unnamed = page(`<h1>Flood barrier approved</h1><p>Tech</p>${prose}`);
    expect(extractArticle({ html: unnamed, url: 'https://valley.example/flood' }).text.startsWith(PROSE[0]!)).toBe(true);
  });

  it("drops an opening line that is the page's own section name, though it does not look like a label (dots, a comma, five words)", () => {
    for (const section of ['U.S. Politics', 'Climate, Energy and the Environment']) {
      const html = page(`<h1>Flood barrier approved</h1><p>${section}</p>${prose}`, `<meta property="article:section" content="${section}">`);
      expect(extractArticle({ html, url: 'https://valley.example/flood' }).text.startsWith(PROSE[0]!)).toBe(true);
    }
  });

  it('keeps a short line inside the story', () => {
    const html = page(
      `<h1>Flood barrier approved</h1>${PROSE.slice(0, 2)
        .map((p) => `<p>${p}</p>`)
        .join('')}<p>Not everyone agreed</p>${PROSE.slice(2)
        .map((p) => `<p>${p}</p>`)
        .join('')}`,
    );
    expect(extractArticle({ html, url: 'https://valley.example/flood' }).text).toContain('Not everyone agreed');
  });

  it('keeps prose that cites several links in its sentences, drops teasers made of one link', () => {
    const citing =
      'In response, media giants <a href="/a">enacted mass layoffs</a> and <a href="/b">slashed billions of dollars in costs</a>, then <a href="/c">rolled out cheaper tiers with advertising</a> and <a href="/d">bundled their services together</a>.';
    const teaser = '<a href="/e">Council to vote again on the river barrier after residents ask for a new route and a second study of the costs involved</a>';
    const html = page(`<h1>Flood barrier approved</h1>${prose}<p>${citing}</p><p>${teaser}</p>`);
    const text = extractArticle({ html, url: 'https://valley.example/flood' }).text;
    expect(text).toContain('In response, media giants enacted mass layoffs');
    expect(text).not.toContain('Council to vote again');
  });

  it('drops media fallback text, print-edition notes and widget hints', () => {
    const html = page(
      `<h1>Flood barrier approved</h1>${prose}<audio controls><source src="/a.mp3">Your browser does not support the audio element.</audio><p>A version of this article appears in print on Dec. 23, 2023, Section A, Page 1 of the New York edition.</p><p>Swipe to scroll horizontally</p>`,
    );
    const text = extractArticle({ html, url: 'https://valley.example/flood' }).text;
    expect(text).toContain(PROSE[3]!);
    expect(text).not.toMatch(/does not support|appears in print|Swipe to scroll/);
  });

  it('cuts a reference list that closes the story, keeps a "Sources" section early in it', () => {
    const refs =
      '<h3>Our Sources</h3><p>Interview with Ann Lee, hydrologist at the river authority, Dec. 14, 2023</p><p>Valley council, Flood barrier budget, accessed Dec. 12, 2023</p>';
    const text = extractArticle({ html: page(`<h1>Flood barrier approved</h1>${prose}${refs}`), url: 'https://valley.example/flood' }).text;
    expect(text).toContain(PROSE[3]!);
    expect(text).not.toContain('Interview with Ann Lee');
    const early = page(`<h1>Flood barrier approved</h1><h3>Sources</h3><p>${PROSE[0]}</p><p>${PROSE[1]}</p><p>${PROSE[2]}</p><p>${PROSE[3]}</p>`);
    expect(extractArticle({ html: early, url: 'https://valley.example/flood' }).text).toContain(PROSE[3]!);
  });

  it('keeps a lead printed in a box of its own before the story body, dressed as the story paragraphs are', () => {
    const lead = 'The regional council met in a packed hall on Tuesday evening to settle the question of the river barrier at last.';
    const body = `<div class="lead-box"><p class="story">${lead}</p></div><aside>Share</aside><div class="story-body">${[1, 2, 3].flatMap((n) => PROSE.map((p) => `<p class="story">${n}. ${p}</p>`)).join('')}</div>`;
    const article = extractArticle({ html: page(`<h1>Flood barrier approved</h1><div>${body}</div>`), url: 'https://valley.example/flood' });
    expect(article.method).toBe('root');
    expect(article.text.startsWith(lead)).toBe(true);
    const note = `<div class="note"><p class="note">This article has been reviewed according to the editorial process and policies of the desk.</p></div>`;
    const noted = extractArticle({
      html: page(`<h1>Flood barrier approved</h1><div>${note}<div class="story-body">${PROSE.map((p) => `<p class="story">${p}</p>`).join('')}</div></div>`),
      url: 'https://valley.example/flood',
    }).text;
    expect(noted).not.toContain('editorial process');
  });

  it('drops editing notes, review-copy notes, credits and signup confirmations anywhere in the text', () => {
    const p = (text: string) => ({ text, tag: 'p', linkChars: 0 }) as Parameters<typeof dropReason>[0];
    expect(dropReason(p('This interview has been edited for length and clarity.'), '')).toBe('notice');
    expect(dropReason(p('Reviews have been edited for length and/or clarity.'), '')).toBe('notice');
    expect(dropReason(p('A copy of Harbour Run was provided by the publisher for review.'), '')).toBe('notice');
    expect(dropReason(p('A copy of Harbour Run was independently sourced for review by the magazine.'), '')).toBe('notice');
    expect(dropReason(p('Your subscription has been successful.'), '')).toBe('notice');
    expect(dropReason(p('[Image via Valley Press/WENN]'), '')).toBe('credit');
    expect(dropReason(p('Immagine di Freepik'), '')).toBe('credit');
    expect(dropReason(p('Must Watch'), '')).toBe('label');
    // Prose that mentions editing or a copy stays.
    expect(dropReason(p('The council said the flood report had been edited heavily before it reached the mayor, and asked to see the draft.'), '')).toBeNull();
    expect(dropReason(p('A copy of the flood report was provided to the council on Monday, and members read it overnight.'), '')).toBeNull();
  });

  it("drops a wire service's sign-off, social follow lines and closing thanks at the end of the story", () => {
    const tail = ['<p>—Valley Wire Service</p>', '<p>* Follow Valley News on Snapchat, Instagram, YouTube and Threads.</p>'];
    const text = extractArticle({ html: page(`<h1>Flood barrier approved</h1>${prose}${tail.join('')}`), url: 'https://valley.example/flood' }).text;
    expect(text.split('\n\n')).toEqual(PROSE);
    const thanks = extractArticle({
      html: page(`<h1>Flood barrier approved</h1>${prose}<p>Get alerts on the council's votes all season. Sign up here.</p><p>Thanks for reading!</p>`),
      url: 'https://valley.example/flood',
    }).text;
    expect(thanks.split('\n\n')).toEqual(PROSE);
  });
});
