import { attr, esc } from '../html.js';
import type { OutletId } from '../types.js';

/**
 * Fictional reader comments. Each outlet has one comment carrying a figure
 * ("I read 50,000 were sent"), so a claim tagger fed page clutter produces
 * a claim nobody made in the article, and the tests catch it.
 */
export interface ReaderComment {
  author: string;
  postedAt: string;
  text: string;
}

export const COMMENTS: Record<OutletId, readonly ReaderComment[]> = {
  northwire: [
    {
      author: 'KimFromBusan',
      postedAt: 'December 23, 2024 at 11:02 am',
      text: 'I read 50,000 were sent, not 12,000. Nobody believes the official numbers any more.',
    },
    {
      author: 'Margaret T.',
      postedAt: 'December 23, 2024 at 1:47 pm',
      text: 'Heartbreaking for the families on every side. These young men had no say in any of it.',
    },
  ],
  'korea-frontline': [
    { author: 'peninsula_watcher', postedAt: '1 May 2025, 09:14', text: 'My uncle in Seoul says at least 3,000 of them died in the first winter alone.' },
    { author: 'J. Morrow', postedAt: '1 May 2025, 17:30', text: 'Great analysis as always, thanks for keeping us updated.' },
  ],
  'global-dispatch': [
    { author: 'Andrei_P', postedAt: '12.01.2026 15:22', text: 'Mark my words, over 20,000 will be sent next year if nobody stops this.' },
    { author: 'Elena V.', postedAt: '12.01.2026 16:05', text: 'Why does nobody talk about what this costs ordinary people back home?' },
  ],
  'daily-meridian': [
    { author: 'RetiredGunner', postedAt: '19 Dec 2024 14:51', text: 'A friend in Kyiv told me 2,500 were killed near Sudzha in a single week.' },
    { author: 'Sophie W.', postedAt: '20 Dec 2024 08:12', text: 'Thank you for a measured piece. The comment section elsewhere is a war zone of its own.' },
  ],
};

/** The comments section; `plain` gives class-less divs, as some sites do. */
export function renderComments(outletId: OutletId, plain: boolean): string {
  const comments = COMMENTS[outletId];
  const heading = `${comments.length} thoughts on this story`;
  const items = comments
    .map((c) =>
      plain
        ? `<div class="c-item"><div><b>${esc(c.author)}</b> <span>${esc(c.postedAt)}</span></div><div>${esc(c.text)}</div><div><a href="#reply">Reply</a></div></div>`
        : `<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">${esc(c.author)}</b> <time>${esc(c.postedAt)}</time></footer><div class="comment-content"><p>${esc(c.text)}</p></div><a class="comment-reply-link" href="#reply">Reply</a></article></li>`,
    )
    .join('\n');
  const form = `<form class="${plain ? 'f2' : 'comment-form'}" action="#" method="post"><label for="comment-${attr(outletId)}">Leave a comment</label><textarea id="comment-${attr(outletId)}" name="comment"></textarea><button type="submit">Post Comment</button></form>`;
  return plain
    ? `<div class="cmts"><div class="cmts-h">${esc(heading)}</div>${items}${form}</div>`
    : `<section id="comments" class="comments-area"><h2 class="comments-title">${esc(heading)}</h2><ol class="comment-list">${items}</ol>${form}</section>`;
}
