/**
 * Meta tag lookup for the extract stage: one index per document, so that each
 * field's list of candidate names costs map lookups, not tree scans.
 */
import { normalizeSpace, toArray, type DomDocument, type DomElement } from './dom.js';

const META_ATTRIBUTES = ['property', 'name', 'itemprop', 'http-equiv'] as const;

/**
 * Meta tag contents by lower-cased name, one slot per attribute (in the order
 * of META_ATTRIBUTES): the first non-empty value in document order. Built once
 * per document: a selector query per name and attribute scanned the whole tree
 * each time and cost more than Readability. A lookup is one map read per name:
 * a key built of attribute and name for each pair cost a new string each.
 */
type MetaIndex = Map<string, Array<string | undefined>>;

const metaIndexes = new WeakMap<DomDocument, MetaIndex>();

function metaIndex(doc: DomDocument): MetaIndex {
  return metaIndexes.get(doc) ?? indexMetaTags(doc, doc.getElementsByTagName('meta'));
}

/**
 * Builds the document's meta index from its <meta> elements in order, when the
 * caller has listed them already (indexTags), instead of on the first lookup.
 */
export function indexMetaTags(doc: DomDocument, metas: ArrayLike<DomElement>): MetaIndex {
  const index: MetaIndex = new Map();
  for (const el of toArray(metas)) {
    const value = normalizeSpace(el.getAttribute('content') ?? '');
    if (!value) continue;
    for (const [slot, attr] of META_ATTRIBUTES.entries()) {
      const name = el.getAttribute(attr)?.trim().toLowerCase();
      if (!name) continue;
      let values = index.get(name);
      if (!values) index.set(name, (values = new Array<string | undefined>(META_ATTRIBUTES.length).fill(undefined)));
      values[slot] ??= value;
    }
  }
  metaIndexes.set(doc, index);
  return index;
}

/** Content of the first non-empty meta tag among names (name, property or itemprop). */
export function metaContent(doc: DomDocument, names: readonly string[]): string | undefined {
  const index = metaIndex(doc);
  for (const name of names) {
    const values = index.get(name.toLowerCase());
    if (!values) continue;
    for (const value of values) if (value) return value;
  }
  return undefined;
}
