/**
 * Meta tag lookup for the extract stage: one index per document, so that each
 * field's list of candidate names costs map lookups, not tree scans.
 */
import { normalizeSpace, toArray, type DomDocument, type DomElement } from './dom.js';

const META_ATTRIBUTES = ['property', 'name', 'itemprop', 'http-equiv'] as const;

/**
 * Meta tag contents by "attribute:name" (lower-cased), first non-empty value in
 * document order. Built once per document: a selector query per name and
 * attribute scanned the whole tree each time and cost more than Readability.
 */
const metaIndexes = new WeakMap<DomDocument, Map<string, string>>();

function metaIndex(doc: DomDocument): Map<string, string> {
  return metaIndexes.get(doc) ?? indexMetaTags(doc, doc.getElementsByTagName('meta'));
}

/**
 * Builds the document's meta index from its <meta> elements in order, when the
 * caller has listed them already (indexTags), instead of on the first lookup.
 */
export function indexMetaTags(doc: DomDocument, metas: ArrayLike<DomElement>): Map<string, string> {
  const index = new Map<string, string>();
  for (const el of toArray(metas)) {
    const value = normalizeSpace(el.getAttribute('content') ?? '');
    if (!value) continue;
    for (const attr of META_ATTRIBUTES) {
      const name = el.getAttribute(attr)?.trim().toLowerCase();
      const key = `${attr}:${name}`;
      if (name && !index.has(key)) index.set(key, value);
    }
  }
  metaIndexes.set(doc, index);
  return index;
}

/** Content of the first non-empty meta tag among names (name, property or itemprop). */
export function metaContent(doc: DomDocument, names: readonly string[]): string | undefined {
  const index = metaIndex(doc);
  for (const name of names) {
    for (const attr of META_ATTRIBUTES) {
      const value = index.get(`${attr}:${name.toLowerCase()}`);
      if (value) return value;
    }
  }
  return undefined;
}
