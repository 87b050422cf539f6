/**
 * The cheap gate in front of the browser for `render: auto`: does this HTML,
 * as the server sent it, need JavaScript to show its article?
 *
 * Leaning: false negatives (a script-built page judged fine) cost a thin
 * extraction that the `thin` flag catches later; false positives cost a browser
 * render. So a page with real paragraph text is never sent to the browser, and
 * a page without it is sent only when it also shows an app-shell sign.
 * Pure string work on purpose: it runs on every HTTP-fetched page.
 */

/** Paragraph text at or above this means the server rendered the article. */
export const MIN_SERVER_TEXT_CHARS = 400;
/** Inline script bytes per visible-text byte above which the page is an app shell. */
export const SCRIPT_TO_TEXT_RATIO = 3;
/** Script bytes below this are decoration (analytics, consent), not an app. */
export const MIN_APP_SCRIPT_BYTES = 2_000;
/** Each external script counts as this many bytes: bundles are large but not inline. */
export const EXTERNAL_SCRIPT_WEIGHT_BYTES = 5_000;

/** Mount points of the common client-side frameworks, left empty by the server. */
const EMPTY_APP_ROOT =
  /<div\b[^>]*\bid\s*=\s*["']?(?:root|app|__next|__nuxt|app-root|main-app|svelte|application)["']?[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<\/div>/i;
/** A noscript warning that the site needs JavaScript. */
const NOSCRIPT_WARNING = /<noscript\b[^>]*>[\s\S]{0,600}?(?:enable|turn on|requires?|need)\s[\s\S]{0,40}?javascript[\s\S]*?<\/noscript>/i;
/** Inline JSON state (`__NEXT_DATA__`, `__INITIAL_STATE__`) counts as script: it is what the app renders from. */
const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const NON_CONTENT = /<(script|style|noscript|template|svg)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const PARAGRAPH = /<p\b[^>]*>([\s\S]*?)<\/p\s*>/gi;
const TAG = /<[^>]+>/g;

/** True when the HTML looks like a JavaScript app shell with no server-rendered article text. */
export function looksScriptBuilt(html: string): boolean {
  const content = html.replace(NON_CONTENT, ' ');
  const paragraphChars = [...content.matchAll(PARAGRAPH)].reduce((sum, m) => sum + visibleText(m[1] ?? '').length, 0);
  if (paragraphChars >= MIN_SERVER_TEXT_CHARS) return false;

  if (EMPTY_APP_ROOT.test(html) || NOSCRIPT_WARNING.test(html)) return true;

  let scriptBytes = 0;
  for (const m of html.matchAll(SCRIPT_ELEMENT)) {
    const attributes = m[1] ?? '';
    scriptBytes += /\bsrc\s*=/i.test(attributes) ? EXTERNAL_SCRIPT_WEIGHT_BYTES : (m[2] ?? '').length;
  }
  const bodyText = visibleText(content.replace(/^[\s\S]*?<body\b[^>]*>/i, ''));
  return scriptBytes >= MIN_APP_SCRIPT_BYTES && scriptBytes > SCRIPT_TO_TEXT_RATIO * bodyText.length;
}

function visibleText(fragment: string): string {
  return fragment
    .replace(TAG, ' ')
    .replace(/&(?:nbsp|#160);/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
