/**
 * Feed titles and authors as plain text. Feeds put HTML in titles in every way
 * there is (escaped in RSS, `type="html"` in Atom, CDATA), and a hostile feed
 * puts script there. Everything downstream treats these fields as text, so
 * markup is turned into its text here, once.
 *
 * Invariant: the result contains no tag-like sequence (`<` followed by a letter,
 * `/`, `!` or `?`). A lone `<` that starts no tag ("Tom <3 Jerry") is kept.
 */
import { load } from 'cheerio';

/** Looks like the start of a tag, a comment or a processing instruction. */
const TAG_LIKE = /<[a-z/!?]/i;
/** Tag-like runs left over after parsing: removed outright. */
const TAG_RUN = /<[a-z/!?][^<>]*>?/gi;
/** Elements whose content is code or raw text, never part of the title. */
const NON_TEXT = 'script, style, noscript, template, iframe, object, embed';
/**
 * Escaped markup inside escaped markup needs one parse per level. Two levels are
 * what real feeds do; more is an attack and ends in TAG_RUN removal.
 */
const MAX_UNWRAP_LEVELS = 3;
/** Longer "titles" are junk; the cap also bounds the work on hostile input. */
export const MAX_PLAIN_TEXT_CHARS = 4096;

export function toPlainText(value: string): string {
  let text = value.length > MAX_PLAIN_TEXT_CHARS ? value.slice(0, MAX_PLAIN_TEXT_CHARS) : value;
  for (let level = 0; level < MAX_UNWRAP_LEVELS && (TAG_LIKE.test(text) || /&[#a-z0-9]+;/i.test(text)); level++) {
    const $ = load(`<body>${text}</body>`);
    $(NON_TEXT).remove();
    const next = $('body').text();
    if (next === text) break;
    text = next;
  }
  while (TAG_LIKE.test(text)) text = text.replace(TAG_RUN, '');
  return text.replace(/\s+/g, ' ').trim();
}
