/**
 * The display names of claim sources under a config: the first alias each
 * measure pack or operator alias gives a canonical id ("south-korea-nis" →
 * "National Intelligence Service").
 */
import { tagOptionsFrom } from '../config/packs.js';
import type { WirewatchConfig } from '../config/schema.js';
import { DEFAULT_PACKS, packGazetteer } from '../pipeline/claims/packs.js';
import { sourceNamesOf, type SourceNames } from '../pipeline/present/index.js';

export function sourceNamesFor(config: Pick<WirewatchConfig, 'claims'>): SourceNames {
  const options = tagOptionsFrom(config);
  return sourceNamesOf(packGazetteer(options.packs ?? DEFAULT_PACKS, options.aliases));
}
