/**
 * Headline attribution: "Over 1,000 ... killed: Seoul" and "Seoul: Over 600
 * ... Killed" name their source before or after a colon. Only a segment that
 * is entirely one source counts, so "Live updates: ..." is not a source.
 */
import type { Attribution } from './attribution.js';
import type { Gazetteer } from './gazetteer.js';
import { resolveSource } from './sources.js';

const PREFIX_RE = /^([^:]{2,60}):\s+\S/;
const SUFFIX_RE = /\S:\s+([^:]{2,60})$/;

/** The headline's colon attribution, or null. */
export function headlineAttribution(title: string, gazetteer: Gazetteer): Attribution | null {
  for (const re of [PREFIX_RE, SUFFIX_RE]) {
    const m = re.exec(title.trim());
    const surface = m?.[1]?.trim();
    const id = surface ? resolveSource(surface, gazetteer) : null;
    if (id && surface) {
      return {
        source: id,
        sourceText: surface,
        via: null,
        cue: ':',
        cueEntry: null,
        cueStart: title.indexOf(surface),
        trailing: false,
        backReference: false,
      };
    }
  }
  return null;
}
