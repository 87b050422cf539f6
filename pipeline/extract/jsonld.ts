/**
 * Reads schema.org JSON-LD blocks. Pages put them in @graph lists, arrays and
 * nested objects, and some blocks are broken JSON: those are skipped, not fatal.
 */
import { toArray, type DomDocument, type DomElement } from './dom.js';
import { ARTICLE_TYPES } from './constants.js';

export type JsonObject = { [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every object of every JSON-LD block, with @graph members spread out.
 * `scripts` are the page's <script> elements, when the caller has listed them (indexTags).
 */
export function readJsonLd(doc: DomDocument, scripts: ArrayLike<DomElement> = doc.getElementsByTagName('script')): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (value: unknown, depth: number): void => {
    // Depth cap: a hostile page cannot make us recurse without end.
    if (depth > 4) return;
    if (Array.isArray(value)) for (const v of value) visit(v, depth + 1);
    else if (isObject(value)) {
      found.push(value);
      if (value['@graph'] !== undefined) visit(value['@graph'], depth + 1);
    }
  };
  // By tag, then type: the attribute selector cost a css-select match on every element of the page.
  for (const script of toArray(scripts)) {
    if (script.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    const raw = (script.textContent ?? '').trim().replace(/^<!--|-->$/g, '');
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // Broken JSON-LD is common and carries nothing we can trust.
    }
  }
  return found;
}

/** The @type values of an object, lower-cased. */
export function typesOf(obj: JsonObject): string[] {
  const raw = obj['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
}

/** The first object typed as an article (NewsArticle, BlogPosting, ...), if any. */
export function findArticleObject(objects: readonly JsonObject[]): JsonObject | undefined {
  return objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.has(t)));
}

/** A plain string from a JSON-LD value: strings, {name}, {@value}, or the first of a list. */
export function stringValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return stringValue(value[0]);
  if (isObject(value)) return stringValue(value.name ?? value['@value'] ?? value.url);
  return undefined;
}

/** Names from an author-like value: a string, a Person, or a list of them. */
export function nameList(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names = list.map((v) => (isObject(v) ? stringValue(v.name) : stringValue(v))).filter((n): n is string => n !== undefined && !/^https?:/i.test(n));
  return [...new Set(names)];
}
