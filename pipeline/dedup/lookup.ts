/** The cheap gate of a feed poll: which URL keys an article already owns. */
import type { DedupStore } from './store.js';

/** Keys per lookup: a Redis script unpacks a few values per key, and Lua's stack holds about 8,000. */
const LOOKUP_CHUNK_KEYS = 256;

/** Owners of the URL keys (null: not seen), read a chunk at a time where the store can: one Redis script call, not one per entry. */
export async function knownOwners(store: DedupStore, keys: string[]): Promise<Array<string | null>> {
  if (!store.lookupUrls) return Promise.all(keys.map((key) => store.lookupUrl(key)));
  const owners: Array<string | null> = [];
  for (let i = 0; i < keys.length; i += LOOKUP_CHUNK_KEYS) owners.push(...(await store.lookupUrls(keys.slice(i, i + LOOKUP_CHUNK_KEYS))));
  return owners;
}
