/**
 * The claim tagger's options from a config: one serializable object (pipeline/claims
 * TagOptions) that both runtimes hand to their compute port and every pool thread.
 */
import { DEFAULT_GAZETTEER, type TagOptions } from '../pipeline/claims/index.js';
import type { WirewatchConfig } from './schema.js';

/** The default gazetteer with the config's sources added; the defaults themselves when it adds none. */
export function taggerOptionsOf(config: Pick<WirewatchConfig, 'claims'>): TagOptions {
  const { sources, sourceKinds } = config.claims;
  if (Object.keys(sources).length === 0 && Object.keys(sourceKinds).length === 0) return {};
  const merged: Record<string, string[]> = { ...DEFAULT_GAZETTEER.sources };
  for (const [id, names] of Object.entries(sources)) merged[id] = [...new Set([...(merged[id] ?? []), ...names])];
  return { gazetteer: { sources: merged, kinds: { ...DEFAULT_GAZETTEER.kinds, ...sourceKinds } } };
}
