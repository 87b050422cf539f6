/**
 * Who says what in one clause: finds reporting cues, links each to its source
 * (before it, after "according to"/"by", or inverted ", said X"), picks the
 * intermediary (`via`), and resolves back-references (he, the agency, the
 * reports) through the article context. Prefers no source to a wrong one.
 */
import { sourceKind, type Gazetteer } from './gazetteer.js';
import type { Mention } from './sources.js';
import {
  ANAPHORS,
  BACK_REFERENCE_RE,
  CUES,
  CUE_AUXILIARIES,
  MAX_RELATIVE_GAP_WORDS,
  MAX_SUBJECT_GAP_WORDS,
  NEGATIONS,
  NEGATION_WINDOW_WORDS,
  SUBJECT_GAP_WORDS,
  VIA_MARKERS_RE,
  type CueEntry,
} from './cues.js';
import { speakerAfter, speakerBefore } from './speakers.js';
import { countWords, execAll, lastWords, trailingWord } from './text.js';

/** The attribution of a clause. */
export interface Attribution {
  source: string | null;
  sourceText: string | null;
  via: string | null;
  cue: string | null;
  cueEntry: CueEntry | null;
  /** Offset (in the sentence) of the cue. */
  cueStart: number;
  /** ", Lee said." closing the sentence: may reach earlier sentences of the paragraph. */
  trailing: boolean;
  /** "This information was disclosed by X": attributes the previous sentence. */
  backReference: boolean;
}

/** What earlier sentences tell about back-references. */
export interface AttributionContext {
  paragraph: number;
  lastPerson: { id: string; via: string | null; paragraph: number } | null;
  lastOrganisation: string | null;
  lastSource: { id: string; paragraph: number } | null;
}

/** A cue found in the clause with the source it was linked to. */
interface CueHit {
  entry: CueEntry;
  start: number;
  end: number;
  text: string;
  source: { id: string; text: string; viaFromContext: string | null } | null;
}

interface ClauseView {
  text: string;
  start: number;
  end: number;
  mentions: Mention[];
  viaMentions: Mention[];
}

/**
 * A cue, with its auxiliary ("has said"). The leading `\b` changes no match (the
 * lookbehind and a first letter imply it) but lets V8 skip most offsets: the
 * regex costs about 40 % less on news sentences (measured).
 */
const cueRe = new RegExp(
  `\\b(?<![\\w-])(?:(?:${CUE_AUXILIARIES.join('|')})\\s+)?(${[...CUES]
    .sort((a, b) => b.phrase.length - a.phrase.length)
    .map((c) => c.phrase.replace(/\s+/g, '\\s+'))
    .join('|')})(?![\\w-])`,
  'gi',
);
const cueByPhrase = new Map(CUES.map((c) => [c.phrase, c]));
const TRAILING_TAIL_WORDS = 5;

/**
 * Attribute the clause text[start, end). `blocked` are spans (figures) where a
 * cue word is not a cue ("an estimated 1,000").
 */
export function attribute(
  text: string,
  clause: { start: number; end: number },
  mentions: readonly Mention[],
  ctx: AttributionContext,
  gazetteer: Gazetteer,
  blocked: ReadonlyArray<{ start: number; end: number }>,
): Attribution | null {
  const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const viaMentions = inClause.filter((m) => VIA_MARKERS_RE.test(text.slice(Math.max(clause.start, m.start - 40), m.start)));
  const view: ClauseView = { text, start: clause.start, end: clause.end, mentions: inClause.filter((m) => !viaMentions.includes(m)), viaMentions };
  // Fields listed rather than `{ ...hit, source }`, which V8 makes several times slower (measured).
  const hits = findCues(view, blocked).map(
    (hit): CueHit => ({
      entry: hit.entry,
      start: hit.start,
      end: hit.end,
      text: hit.text,
      source: linkSource(view, hit, ctx, gazetteer),
    }),
  );
  const usable = hits.filter((h) => h.source !== null || !h.entry.needsSource);
  if (usable.length === 0) return null;
  const isMedia = (id: string): boolean => sourceKind(gazetteer, id) === 'media';
  const primary = usable.find((h) => h.source && !isMedia(h.source.id)) ?? usable.find((h) => h.source) ?? usable[0];
  if (!primary) return null;
  let source = primary.source;
  let via = viaMentions[0]?.id ?? usable.find((h) => h !== primary && h.source && isMedia(h.source.id))?.source?.id ?? primary.source?.viaFromContext ?? null;
  // A news agency citing someone relays them: the cited party is the source.
  if (source && isMedia(source.id) && via && !isMedia(via)) {
    const cited = viaMentions[0];
    [source, via] = [{ id: via, text: cited?.text ?? via, viaFromContext: null }, source.id];
  }
  if (via === source?.id) via = null;
  return {
    source: source?.id ?? null,
    sourceText: source?.text ?? unknownSpeaker(view, primary),
    via,
    cue: primary.text,
    cueEntry: primary.entry,
    cueStart: primary.start,
    trailing: isTrailing(view, primary),
    backReference: BACK_REFERENCE_RE.test(text.slice(clause.start, clause.end)) && source !== null,
  };
}

function findCues(view: ClauseView, blocked: ReadonlyArray<{ start: number; end: number }>): Array<Omit<CueHit, 'source'>> {
  const out: Array<Omit<CueHit, 'source'>> = [];
  for (const m of execAll(cueRe, view.text.slice(0, view.end))) {
    const start = m.index;
    const end = start + m[0].length;
    if (start < view.start || blocked.some((b) => start < b.end && end > b.start)) continue;
    if (view.mentions.some((x) => start < x.end && end > x.start)) continue;
    const phrase = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const entry = cueByPhrase.get(phrase);
    if (entry && !isNegated(view, start)) out.push({ entry, start, end, text: m[0] });
  }
  return out;
}

function isNegated(view: ClauseView, cueStart: number): boolean {
  const before = view.text.slice(view.start, cueStart);
  if (/^\s*neither\b/i.test(before)) return true;
  return lastWords(before, NEGATION_WINDOW_WORDS).some((w) => NEGATIONS.includes(w) || w.endsWith("n't"));
}

type Linked = CueHit['source'];

function linkSource(view: ClauseView, hit: Omit<CueHit, 'source'>, ctx: AttributionContext, gz: Gazetteer): Linked {
  const after = view.text.slice(hit.end, view.end);
  if (hit.entry.sourceAfter) return mentionAfter(view, hit.end, 1) ?? anaphorAfter(after, ctx);
  if (/^\s+by\s/i.test(after)) return mentionAfter(view, hit.end + (/^\s+by\s/i.exec(after)?.[0].length ?? 0), 1);
  const before = mentionBefore(view, hit.start);
  if (before) return before;
  if (/[,"]\s*$/.test(view.text.slice(view.start, hit.start))) {
    const inverted = mentionAfter(view, hit.end, 1);
    if (inverted) return inverted;
  }
  return anaphorBefore(view.text.slice(view.start, hit.start), ctx, gz);
}

/** The name of a speaker outside the gazetteer, linked the way a mention would be. */
function unknownSpeaker(view: ClauseView, hit: Omit<CueHit, 'source'>): string | null {
  const before = view.text.slice(view.start, hit.start);
  const after = view.text.slice(hit.end, view.end);
  if (hit.entry.sourceAfter || /^\s+by\s/i.test(after)) return speakerAfter(after.replace(/^\s+by(?=\s)/i, ''));
  return speakerBefore(stripGapWords(before)) ?? (/[,"]\s*$/.test(before) ? speakerAfter(after) : null);
}

function toLinked(m: Mention): Linked {
  return { id: m.id, text: m.text, viaFromContext: null };
}

/** The first mention after `from` with at most `maxWords` words ("the") between. */
function mentionAfter(view: ClauseView, from: number, maxWords: number): Linked {
  const m = view.mentions.find((x) => x.start >= from);
  if (!m || countWords(view.text.slice(from, m.start)) > maxWords) return null;
  return toLinked(m);
}

/** The subject mention before the cue, through appositives and coordination. */
function mentionBefore(view: ClauseView, cueStart: number): Linked {
  const before = view.mentions.filter((m) => m.end <= cueStart);
  let k = before.length - 1;
  const m = before[k];
  if (!m || !isSubjectGap(view.text.slice(m.end, cueStart))) return null;
  // "Seoul, Washington and Kyiv have said": the first of the coordinated sources.
  while (k > 0 && /^\s*(?:,|,?\s*and)\s*$/.test(view.text.slice(before[k - 1]?.end ?? 0, before[k]?.start ?? 0))) k--;
  return toLinked(before[k] ?? m);
}

function isSubjectGap(rawGap: string): boolean {
  const gap = rawGap.replace(/\([^)]*\)/g, ' ');
  if (/^[^.;]*,\s*(?:which|who)\s+$/.test(gap)) return countWords(gap) <= MAX_RELATIVE_GAP_WORDS;
  const rest = gap.replace(/^\s*,[^,]{1,100},/, ' ');
  const words = rest.toLowerCase().match(/[a-z']+/g) ?? [];
  return words.length <= MAX_SUBJECT_GAP_WORDS && words.every((w) => SUBJECT_GAP_WORDS.has(w));
}

function stripGapWords(s: string): string {
  let out = s;
  for (;;) {
    const last = trailingWord(out);
    if (!last || !SUBJECT_GAP_WORDS.has(last.word.toLowerCase())) return out;
    out = `${out.slice(0, last.index)} `;
  }
}

/** "He said", "the agency stated", "The reports also indicated". */
function anaphorBefore(before: string, ctx: AttributionContext, gz: Gazetteer): Linked {
  const head = stripGapWords(before);
  for (const { re, reaches } of ANAPHORS) {
    const m = re.exec(head);
    if (!m) continue;
    // A subject pronoun must open its clause: "the troops he said" is not one.
    if (reaches === 'person' && ctx.lastPerson) {
      const sameParagraph = ctx.lastPerson.paragraph === ctx.paragraph;
      const viaFromContext = /^(?:he|she)\b/i.test(m[0]) && sameParagraph ? ctx.lastPerson.via : null;
      return { id: ctx.lastPerson.id, text: m[0].trim(), viaFromContext };
    }
    if (reaches === 'organisation' && ctx.lastOrganisation && sourceKind(gz, ctx.lastOrganisation) !== 'place') {
      return { id: ctx.lastOrganisation, text: m[0].trim(), viaFromContext: null };
    }
    if (reaches === 'any' && /^\s*the\b/i.test(m[0]) && ctx.lastSource?.paragraph === ctx.paragraph) {
      return { id: ctx.lastSource.id, text: m[0].trim(), viaFromContext: null };
    }
    return null;
  }
  return null;
}

/** "according to the report": the last source of the paragraph. */
function anaphorAfter(after: string, ctx: AttributionContext): Linked {
  const m = /^\s+(the reports?)\b/i.exec(after);
  if (!m || ctx.lastSource?.paragraph !== ctx.paragraph) return null;
  return { id: ctx.lastSource.id, text: m[1] ?? '', viaFromContext: null };
}

/** ", Lee said." or '," the JCS said in a statement.' closing the clause. */
function isTrailing(view: ClauseView, hit: Omit<CueHit, 'source'>): boolean {
  const tail = view.text.slice(hit.end, view.end);
  if (countWords(tail) > TRAILING_TAIL_WORDS || /[,;:]/.test(tail.replace(/[.!?"']+\s*$/, ''))) return false;
  const subject = view.mentions.filter((m) => m.end <= hit.start).pop();
  const from = subject?.start ?? hit.start;
  return /[,"]\s*(?:the\s+)?$/i.test(view.text.slice(view.start, from)) || /,\s*(?:he|she)\s+$/i.test(view.text.slice(view.start, hit.start));
}
