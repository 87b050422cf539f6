/**
 * The dedup stage: same URL, same report, same story. Everything callers use is
 * exported here; the modules behind it are implementation.
 */
export { articleIdentity, dedupArticle, type DedupInput } from './dedup.js';
export { canonicalizeUrl, urlKeysFor } from './url.js';
export { URL_VARIANT_KINDS, urlVariantKinds, type UrlVariantKind } from './url-variant.js';
export { knownOwners } from './lookup.js';
export { articleIdFor } from './hash.js';
export { createMemoryDedupStore } from './memory-store.js';
export { DEFAULT_DEDUP_OPTIONS, type DedupOptions } from './constants.js';
export type { DedupStore, DuplicateReason, StoredArticle, StoryInfo, StoryState, TermStats } from './store.js';
