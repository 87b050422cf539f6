/**
 * Infinite-scroll story pages ship the requested story followed by the next
 * few full stories, each in its own <article> beside the others. Readability
 * and the content root both take their common parent, so the text would run
 * on into unrelated stories. When sibling <article> elements each carry a
 * story's worth of paragraphs and one of them is headed by the page's title,
 * that one is the page's story and its siblings go.
 *
 * Invariant: nothing is removed unless exactly one sibling's heading agrees
 * with the title; live blogs (entries without the page's headline) and
 * listings are left alone.
 */
import { FEED_MIN_STORY_CHARS } from './constants.js';
import { paragraphChars } from './content-root.js';
import { DomTexts, toArray, type DomDocument, type DomElement } from './dom.js';
import { headlineAgrees } from './title.js';

const HEADING_SELECTOR = 'h1,h2,h3';

/**
 * Removes the sibling stories of the one headed by `title`; returns how many
 * went. `articles`: the document's <article> elements in order, when the caller
 * has them; `texts` reads (and removes) for the caller's later readings too.
 */
export function trimStoryFeed(
  doc: DomDocument,
  title: string,
  articles: ArrayLike<DomElement> = doc.getElementsByTagName('article'),
  texts: DomTexts = new DomTexts(),
): number {
  if (!title) return 0;
  const byParent = new Map<DomElement, DomElement[]>();
  for (const article of toArray(articles)) {
    const parent = article.parentElement;
    if (!parent || paragraphChars(article, texts.read) < FEED_MIN_STORY_CHARS) continue;
    byParent.set(parent, [...(byParent.get(parent) ?? []), article]);
  }
  let removed = 0;
  for (const stories of byParent.values()) {
    if (stories.length < 2) continue;
    const headed = stories.filter((s) => headlineAgrees(texts.read(s.querySelector(HEADING_SELECTOR)), [title]));
    if (headed.length !== 1) continue;
    for (const story of stories) {
      if (story === headed[0]) continue;
      texts.remove(story);
      removed++;
    }
  }
  return removed;
}
