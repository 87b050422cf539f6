/**
 * Claims and claim-timeline flags in words: "≥100 killed — North Korean
 * soldiers · National Intelligence Service, via Yonhap". Shared by the CLI and
 * the dashboard (as a browser bundle). Sources are named by their display name
 * (the first alias a pack or the operator gives for the canonical id); an id
 * without one is shown as it is.
 */
import type { Claim } from '../types.js';
import { formatFigure, type FigureLike } from './numbers.js';

/** Canonical source id → the name shown for it. */
export type SourceNames = Readonly<Record<string, string>>;

/** What claim text needs of a gazetteer: canonical id → aliases, the first being the name. */
export interface NamedSources {
  sources: Readonly<Record<string, readonly string[]>>;
}

/** The display name of each source: its first alias. */
export function sourceNamesOf(gazetteer: NamedSources): Record<string, string> {
  const names: Record<string, string> = {};
  for (const [id, aliases] of Object.entries(gazetteer.sources)) {
    const first = aliases[0];
    if (first !== undefined) names[id] = first;
  }
  return names;
}

/** The name of a canonical source; "unnamed" for null. */
export function sourceName(id: string | null, names: SourceNames): string {
  if (id === null) return 'unnamed';
  return names[id] ?? id;
}

/** "killed_or_wounded" → "killed or wounded". */
export function measureWords(measure: string | null): string {
  return measure === null ? '' : measure.replaceAll('_', ' ');
}

/** The parts of a claim as shown; the CLI joins them on one line, the dashboard styles each. */
export interface ClaimWords {
  /** "≥100", "60%", "$4.2 billion"; "" for a claim without a figure. */
  figure: string;
  /** "killed or wounded — North Korean soldiers", or the claim's counted words alone. */
  what: string;
  /** "National Intelligence Service", "unnamed". */
  source: string;
  /** "Yonhap", or null without an intermediary. */
  via: string | null;
  cue: string | null;
  hedge: string | null;
  inHeadline: boolean;
  /** What a claim without a figure says (its content span, else its sentence), cut at STATEMENT_MAX_CHARS; null for figures. */
  says: string | null;
}

/** Characters of a statement shown before "…": a line, not a paragraph. */
export const STATEMENT_MAX_CHARS = 160;

type ClaimFields = Pick<Claim, 'value' | 'bound' | 'low' | 'high' | 'unit' | 'measure' | 'counted' | 'source' | 'via' | 'cue' | 'hedge' | 'in'> &
  Partial<Pick<Claim, 'contentSpan' | 'sentence'>>;

function hasFigure(c: ClaimFields): boolean {
  return c.value !== null || c.low !== null || c.high !== null;
}

function statementOf(claim: ClaimFields): string | null {
  if (hasFigure(claim)) return null;
  const text = (claim.contentSpan?.text ?? claim.sentence ?? '').trim();
  if (text === '') return null;
  return text.length > STATEMENT_MAX_CHARS ? `${text.slice(0, STATEMENT_MAX_CHARS - 1).trimEnd()}…` : text;
}

export function claimWords(claim: ClaimFields, names: SourceNames): ClaimWords {
  return {
    says: statementOf(claim),
    figure: hasFigure(claim) ? formatFigure(claim) : '',
    what: [measureWords(claim.measure), claim.counted ? `— ${claim.counted}` : ''].filter(Boolean).join(' '),
    source: sourceName(claim.source, names),
    via: claim.via === null ? null : sourceName(claim.via, names),
    cue: claim.cue,
    hedge: claim.hedge,
    inHeadline: claim.in === 'title',
  };
}

/** One line: `≥100 killed — North Korean soldiers · source: National Intelligence Service, via Yonhap ("said") [reportedly] [headline]`. */
export function claimLine(claim: ClaimFields, names: SourceNames): string {
  const w = claimWords(claim, names);
  const via = w.via ? `, via ${w.via}` : '';
  const cue = w.cue ? ` ("${w.cue}")` : '';
  const hedge = w.hedge ? ` [${w.hedge}]` : '';
  const where = w.inHeadline ? ' [headline]' : '';
  return `${[w.figure, w.what].filter(Boolean).join(' ')} · source: ${w.source}${via}${cue}${hedge}${where}`;
}

/** A figure of a timeline flag with who stated it and when: `≥100 (National Intelligence Service, 2024-12-23)`. */
export function flagFigureWords(f: FigureLike & { source: string | null; when: string | null }, names: SourceNames, unit: string | null = null): string {
  return `${formatFigure({ ...f, unit })} (${sourceName(f.source, names)}, ${f.when ?? 'undated'})`;
}

/** The claim-timeline flags (pipeline/claims/timeline-types.ts), as far as their words need. */
export type FlagLike =
  | { type: 'update'; subject: string | null; measure: string; source: string; from: FlagFigureLike; to: FlagFigureLike }
  | { type: 'conflict'; subject: string | null; measure: string; a: FlagFigureLike; b: FlagFigureLike }
  | {
      type: 'drift';
      subject: string | null;
      measure: string;
      source: string;
      articleId: string;
      duplicateOf: string;
      original: FlagFigureLike;
      restated: FlagFigureLike;
    };
type FlagFigureLike = FigureLike & { source: string | null; when: string | null };

/**
 * A flag in words. `titleOf` names an article (drift names the copy and what it
 * copies); `unit` is the series' unit, for shares and money.
 */
export function flagLine(flag: FlagLike, names: SourceNames, titleOf: (articleId: string) => string, unit: string | null = null): string {
  const what = `${flag.subject ?? 'figure'} ${measureWords(flag.measure)}`;
  const fig = (f: FlagFigureLike): string => flagFigureWords(f, names, unit);
  switch (flag.type) {
    case 'update':
      return `update  ${sourceName(flag.source, names)}: ${what} ${fig(flag.from)} → ${fig(flag.to)}`;
    case 'conflict':
      return `conflict ${what}: ${fig(flag.a)} vs ${fig(flag.b)}`;
    case 'drift':
      return `drift   ${titleOf(flag.articleId)} restates ${sourceName(flag.source, names)}'s ${what} ${formatFigure({ ...flag.original, unit })} as ${formatFigure({ ...flag.restated, unit })} (copy of ${titleOf(flag.duplicateOf)})`;
  }
}
