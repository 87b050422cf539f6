/**
 * Script-rendered pages often print only the opening paragraphs as HTML and
 * ship the whole story as a tree of text nodes in a JSON script (a framework's
 * hydration state: `<script type="application/json">`). When the text we found
 * is short, the JSON script that holds its opening paragraph verbatim is read,
 * and the list of nodes that paragraph belongs to gives the story's paragraphs.
 *
 * Invariant: only a list whose own first text-bearing node agrees with our
 * opening paragraph is used, so a JSON blob that merely quotes the story (a
 * teaser, a description) is never taken for it.
 */
import { HYDRATION_SNIPPET_CHARS } from './constants.js';
import { normalizeSpace } from './dom.js';
import type { Candidate } from './fallbacks.js';
import type { Paragraph } from './paragraphs.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Keys whose string values are a node's text in the rich-text trees CMSs ship ("value", "text"). */
const TEXT_KEYS: ReadonlySet<string> = new Set(['value', 'text']);

const SCRIPT_OPEN = /<script\b[^>]*type=["']?application\/(ld\+)?json["']?[^>]*>/gi;

/** The text of a JSON node: its text leaves in order, joined without separators (inline runs of one paragraph). */
function nodeText(node: Json): string {
  if (node === null || typeof node !== 'object') return '';
  if (Array.isArray(node)) return node.map(nodeText).join('');
  let text = '';
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'string') {
      if (TEXT_KEYS.has(key)) text += value;
    } else {
      text += nodeText(value);
    }
  }
  return text;
}

/** The first list in the tree whose first text-bearing element opens with `snippet`. */
function findStoryList(node: Json, snippet: string): Json[] | null {
  if (node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    const first = node.map((n) => normalizeSpace(nodeText(n))).find((t) => t !== '');
    if (node.length > 1 && first?.startsWith(snippet)) return node;
  }
  for (const child of Array.isArray(node) ? node : Object.values(node)) {
    const found = findStoryList(child, snippet);
    if (found) return found;
  }
  return null;
}

/** The JSON scripts of the raw page that contain `snippet` verbatim, parsed. */
function scriptsHolding(html: string, snippet: string): Json[] {
  const found: Json[] = [];
  for (const open of html.matchAll(SCRIPT_OPEN)) {
    const start = (open.index ?? 0) + open[0].length;
    const end = html.indexOf('</script>', start);
    if (end < 0) break;
    const body = html.slice(start, end);
    if (!body.includes(snippet)) continue;
    try {
      found.push(JSON.parse(body) as Json);
    } catch {
      // A script that is not valid JSON holds nothing we can read.
    }
  }
  return found;
}

/** The story's paragraphs from the page's hydration JSON, or null when no script holds `opening`. */
export function hydrationCandidate(html: string, opening: string): Candidate | null {
  const snippet = opening.slice(0, HYDRATION_SNIPPET_CHARS);
  if (snippet.length < HYDRATION_SNIPPET_CHARS || /["\\<>&]/.test(snippet)) return null;
  for (const json of scriptsHolding(html, snippet)) {
    const list = findStoryList(json, snippet);
    if (!list) continue;
    const paragraphs: Paragraph[] = list
      .map((n) => normalizeSpace(nodeText(n)))
      .filter(Boolean)
      .map((text) => ({ text, linkChars: 0, tag: 'p' }));
    return { method: 'hydration', paragraphs };
  }
  return null;
}
