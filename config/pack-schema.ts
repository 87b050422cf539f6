/**
 * The one schema of a measure pack file (config/packs/*.yaml, an operator's
 * pack file, or a pack written inline under `claims.packs` in wirewatch.yaml),
 * and its conversion to the plain `MeasurePack` the tagger takes.
 *
 * A pack file groups phrases by measure, so an operator writes each label
 * once; the tagger wants one entry per phrase (pipeline/claims/measures.ts).
 */
import { z } from 'zod';
import { SOURCE_KINDS, type MeasureEntry, type MeasurePack, type SourceKind } from '../pipeline/claims/index.js';
import { PACK_CLAIM_KINDS } from '../pipeline/types.js';

/** Pack names: what `claims.packs` lists and claim consumers see. */
const PACK_NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const MEASURE_LABEL = /^[a-z][a-z0-9_]{0,63}$/;

const measureSchema = z.object({
  /** Verb-ish label claims carry in `measure`: laid_off, price_rise, infected... */
  measure: z.string().regex(MEASURE_LABEL, 'measure: lower-case letters, digits and "_", starting with a letter'),
  kind: z.enum(PACK_CLAIM_KINDS).default('other'),
  /** Words matched case-insensitively on word boundaries; "…" = up to six words, "<Place>" = a place name. */
  phrases: z.array(z.string().trim().min(1)).min(1),
  /**
   * What a figure must count for these phrases to measure it: `people` (any, the default) or `forces` (armed
   * forces and emergency crews only: "sent 12,000 troops" is a deployment, "sent 200 staff home" is not).
   * Materiel is the `arms_supply` kind's.
   */
  counts: z.enum(['people', 'forces']).default('people'),
});

/** A source: its names, or its names and its kind (person, organisation, place, media). */
export const sourceSchema = z.union([
  z.array(z.string().trim().min(1)).min(1),
  z.object({ kind: z.enum(SOURCE_KINDS).optional(), names: z.array(z.string().trim().min(1)).min(1) }),
]);

export const packFileSchema = z.object({
  name: z.string().regex(PACK_NAME, 'pack name: lower-case letters, digits, "-" or "_", at most 64 characters'),
  description: z.string().optional(),
  /** Language of the phrases and names (BCP 47 primary subtag): the pack applies to articles in it. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'language: a BCP 47 primary subtag such as "en"')
    .default('en'),
  measures: z.array(measureSchema).default([]),
  /** Canonical source id → names the text uses for it. */
  sources: z.record(z.string().min(1), sourceSchema).default({}),
});

/** A `claims.packs` string that names a file rather than a shipped pack. */
export function isPackPath(entry: string): boolean {
  return /[/\\]|\.ya?ml$/i.test(entry);
}

export type PackFile = z.output<typeof packFileSchema>;

/** The tagger's form of a validated pack: one measure entry per phrase, sources and kinds apart. */
export function toMeasurePack(file: PackFile): MeasurePack {
  const measures: MeasureEntry[] = file.measures.flatMap((m) =>
    m.phrases.map((phrase) => ({ phrase, measure: m.measure, kind: m.kind, ...(m.counts === 'forces' ? { counts: 'forces' as const } : {}) })),
  );
  const sources: Record<string, string[]> = {};
  const kinds: Record<string, SourceKind> = {};
  for (const [id, source] of Object.entries(file.sources)) {
    sources[id] = Array.isArray(source) ? [...source] : [...source.names];
    if (!Array.isArray(source) && source.kind) kinds[id] = source.kind;
  }
  return { name: file.name, language: file.language, measures, sources, ...(Object.keys(kinds).length > 0 ? { kinds } : {}) };
}
