/**
 * The claim-tagging stage: clean article text → attributed claims.
 * Pure: no I/O; the gazetteer and the measure lexicon come in as options.
 *
 * Invariant: precision over recall. A figure becomes a claim only when it
 * counts people and has a measure; a claim without a figure only when a
 * reporting cue carries it (with a named source, except arms supply).
 */
import type { Claim } from '../types.js';
import { attribute, type Attribution, type AttributionContext } from './attribution.js';
import { readAmounts, type Amount } from './amounts.js';
import { attributeAcrossSentences, type UnitRecord } from './context.js';
import { ANAPHORS, firstHedge, HEDGES } from './cues.js';
import { findFigures, type Figure } from './figures.js';
import { finalizeClaims, type Draft } from './finalize.js';
import { FIGURE_TYPES, generalDrafts } from './general.js';
import { newSpeakerContext } from './attribution-speakers.js';
import { insideQuote } from './attribution-spans.js';
import { looksLikePersonName, sourceKind, type Gazetteer } from './gazetteer.js';
import { guessLanguage, SUPPORTED_LANGUAGES } from './language.js';
import { DEFAULT_PACKS, packVocabulary, resolveAlias, type MeasurePack, type SourceAliases } from './packs.js';
import { headlineAttribution } from './headline.js';
import { withoutTopicLabels } from './headline-label.js';
import { carryQuoteSpeakers, type QuoteUnit } from './quote-continuation.js';
import type { MeasureLexicon } from './measures.js';
import { splitSentences } from './sentences.js';
import { findMentionsFolded, gazetteerMentionsFolded, resolveSource, surnamesOf, type Mention } from './sources.js';
import { clausesOf, countWords, foldQuotes, lastNonSpaceCode } from './text.js';
import { ARMS_SUPPLY_RE, MIN_STATEMENT_WORDS, classifyFigureless } from './topics.js';

/** Input of the stage: an extracted, deduplicated article. */
export interface ClaimsInput {
  articleId: string;
  title: string;
  /** Clean text, paragraphs separated by blank lines. */
  text: string;
  publishedAt: string | null;
  /** BCP 47 language of the article when known ("en"); otherwise guessed from the text. */
  language?: string | null;
}

/**
 * What the tagger is configured with: plain JSON (no functions, no RegExp) so
 * it crosses threads and queues as it is. Both runtimes build it from the
 * `claims` section of wirewatch.yaml (config/packs.ts tagOptionsFrom) and pass it to every call.
 */
export interface TagOptions {
  /** Measure packs; default: the shipped conflict pack. `[]` tags general claims only. */
  packs?: MeasurePack[];
  /** Extra source aliases: canonical id → the names the text uses (and, optionally, its kind). */
  aliases?: SourceAliases;
  /** Replaces every pack's sources when given (tests, tools). */
  gazetteer?: Gazetteer;
  /** Replaces every pack's measures when given. */
  measures?: MeasureLexicon;
}

interface Unit {
  text: string;
  /** `text` with its quotes folded (foldQuotes), once for every piece that reads it so. */
  folded: string;
  /** The amounts of `text` (readAmounts), read once for the packs' figures and the general layer. */
  amounts: readonly Amount[];
  start: number;
  paragraph: number;
  in: Claim['in'];
}

interface Env {
  gazetteer: Gazetteer;
  measures: MeasureLexicon;
  /** Per unit: the gazetteer's names in it (gazetteerMentions), matched once for both passes. */
  known: ReadonlyArray<readonly Mention[]>;
  surnames: Map<string, string>;
  ctx: AttributionContext;
}

/** What ends a sentence, before any trailing blanks: a line without one is a heading. */
const SENTENCE_END_CODES: ReadonlySet<number> = new Set([...'.!?"\')]'].map((ch) => ch.charCodeAt(0)));

const hedgeRe = new RegExp(`\\b(?:${HEDGES.map((h) => h.replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i');

/** Tag the claims of one article: headline first, then the body in order. */
export function tagClaims(input: ClaimsInput, options: TagOptions = {}): Claim[] {
  const language = guessLanguage(input);
  if (!SUPPORTED_LANGUAGES.has(language)) return [];
  const units: Unit[] = [];
  const unit = (text: string, start: number, paragraph: number, where: Unit['in']): Unit => ({
    text,
    folded: foldQuotes(text),
    amounts: readAmounts(text),
    start,
    paragraph,
    in: where,
  });
  if (input.title.trim() !== '') units.push(unit(input.title, 0, -1, 'title'));
  for (const s of splitSentences(input.text)) units.push(unit(s.text, s.start, s.paragraph, 'body'));
  const vocabulary = packVocabulary(packsFor(options.packs ?? DEFAULT_PACKS, language), options.aliases);
  const gazetteer = options.gazetteer ?? vocabulary.gazetteer;
  const known = units.map((unit) => gazetteerMentionsFolded(unit.folded, gazetteer));
  const env: Env = {
    gazetteer,
    measures: options.measures ?? vocabulary.measures,
    known,
    surnames: collectSurnames(units, known, gazetteer),
    ctx: { paragraph: -1, lastPerson: null, lastOrganisation: null, lastSource: null },
  };
  const drafts: Draft[] = [];
  const records = units.map((unit, u) => tagUnit(unit, u, env, drafts));
  attributeAcrossSentences(records, drafts);
  const all = [...drafts];
  // The packs' drafts of each unit, found once rather than by a filter per unit (an article has hundreds).
  const byUnit: Draft[][] = units.map(() => []);
  for (const d of drafts) byUnit[d.unit]?.push(d);
  let open = false;
  // One per article: "he said" in a later sentence means the speaker named earlier.
  const speakers = newSpeakerContext((id) => sourceKind(gazetteer, id) === 'person');
  // An alias as written, else a person's name in another transliteration ("Park Jae-hyeon" for Park Jae-hyun), as the packs' mentions resolve.
  const resolve = (sourceText: string): string | null =>
    resolveAlias(sourceText, gazetteer) ?? (looksLikePersonName(sourceText) ? resolveSource(sourceText, gazetteer) : null);
  /** Whether a quotation is open at each unit's start and end, for the quotations that run over sentences. */
  const quotes: QuoteUnit[] = [];
  for (const [u, unit] of units.entries()) {
    if (u > 0 && unit.paragraph !== units[u - 1]?.paragraph) open = false;
    const openAtStart = open;
    all.push(
      ...generalDrafts(
        { text: unit.text, amounts: unit.amounts, start: unit.start, in: unit.in, u, paragraph: unit.paragraph },
        byUnit[u] ?? [],
        open,
        resolve,
        speakers,
      ),
    );
    open = insideQuote(unit.text, unit.text.length, open);
    quotes.push({ text: unit.text, start: unit.start, paragraph: unit.paragraph, in: unit.in, openAtStart, openAtEnd: open });
  }
  const carried = carryQuoteSpeakers(quotes, all);
  carried.sort((a, b) => (a.claim.in === b.claim.in ? a.anchor - b.anchor : a.claim.in === 'title' ? -1 : 1));
  return finalizeClaims(input.articleId, withoutTopicLabels(carried, input.text));
}

/** The packs written in the article's language (the same array when all are, so the vocabulary cache holds). */
function packsFor(packs: readonly MeasurePack[], language: string): readonly MeasurePack[] {
  const fits = (p: MeasurePack): boolean => (p.language ?? 'en') === language;
  return packs.every(fits) ? packs : packs.filter(fits);
}

/** Bare surnames ("Lee") of the people the article names in full. */
function collectSurnames(units: readonly Unit[], known: ReadonlyArray<readonly Mention[]>, gazetteer: Gazetteer): Map<string, string> {
  const out = new Map<string, string>();
  for (const [u, unit] of units.entries()) {
    // Without surnames, a sentence's mentions are its gazetteer names: most sentences have none to copy, sort and merge.
    if (known[u]?.length === 0) continue;
    for (const m of findMentionsFolded(unit.folded, gazetteer, undefined, known[u])) {
      if (sourceKind(gazetteer, m.id) !== 'person') continue;
      for (const name of surnamesOf(m)) if (!out.has(name)) out.set(name, m.id);
    }
  }
  return out;
}

function tagUnit(unit: Unit, u: number, env: Env, drafts: Draft[]): UnitRecord {
  env.ctx.paragraph = unit.paragraph;
  const text = unit.folded;
  const mentions = findMentionsFolded(text, env.gazetteer, env.surnames, env.known[u]);
  const figures = findFigures(text, unit.amounts, env.measures);
  const blocked = figures.map((f) => f.quantity);
  const headline = unit.in === 'title' ? headlineAttribution(text, env.gazetteer) : null;
  const skipped: Array<{ start: number; end: number }> = [];
  // Headings (no final punctuation) state topics, not claims: only their figures count.
  const heading = unit.in === 'body' && !SENTENCE_END_CODES.has(lastNonSpaceCode(text, text.length));
  const clauses = clausesOf(text).map((clause) => {
    if (headline) return { clause, att: headline };
    if (!attributionMatters(text, clause, figures, mentions, env.ctx)) {
      skipped.push(clause);
      return { clause, att: null };
    }
    return { clause, att: attribute(text, clause, mentions, env.ctx, env.gazetteer, blocked) };
  });
  for (const { clause, att } of clauses) {
    const inClause = figures.filter((f) => f.quantity.start >= clause.start && f.quantity.start < clause.end);
    const figureless =
      inClause.length === 0 && att && !att.backReference && !heading ? withoutGeneralFigure(figurelessClaim(att, text, clause), unit.amounts, clause) : null;
    // Most clauses make no claim: only those that do are searched for a hedge.
    if (inClause.length > 0 || figureless) {
      const hedge = firstHedge(hedgeRe, text.slice(clause.start, clause.end));
      const base = { unit, u, att, hedge };
      for (const f of inClause) drafts.push(figureDraft(base, f));
      if (figureless) drafts.push(figurelessDraft(base, clause, figureless));
    }
    if (att) remember(env, att);
  }
  rememberPeople(
    env,
    clauses.map((c) => c.att),
    mentions,
  );
  const attribution = clauses.find((c) => c.att?.source)?.att ?? clauses.find((c) => c.att)?.att ?? null;
  const hasCue = clauses.some((c) => c.att !== null);
  if (hasCue || skipped.length === 0) return { paragraph: unit.paragraph, attribution, hasCue };
  // Whether a skipped clause has a cue matters only to a sentence of the paragraph that closes
  // with ", X said" (context.ts), and rarely: it is found out then. No source can be linked
  // in a skipped clause, whatever the context, so the cue found later is the same.
  return new SkippedClausesRecord(unit.paragraph, attribution, { text, skipped, mentions, gazetteer: env.gazetteer, blocked });
}

/** What a sentence's skipped clauses need to be attributed later. */
interface Skipped {
  text: string;
  skipped: ReadonlyArray<{ start: number; end: number }>;
  mentions: readonly Mention[];
  gazetteer: Gazetteer;
  blocked: Parameters<typeof attribute>[5];
}

/**
 * A sentence's record whose `hasCue` is found out when read. A class rather than an object literal with a getter:
 * V8 builds such a literal slowly, and every sentence without a cue makes one (profiled).
 */
class SkippedClausesRecord implements UnitRecord {
  constructor(
    readonly paragraph: number,
    readonly attribution: Attribution | null,
    private readonly pending: Skipped,
  ) {}

  get hasCue(): boolean {
    const { text, skipped, mentions, gazetteer, blocked } = this.pending;
    return skipped.some((clause) => attribute(text, clause, mentions, NO_CONTEXT, gazetteer, blocked) !== null);
  }
}

/** The context of a skipped clause: it has no anaphor to resolve through one. */
const NO_CONTEXT: Readonly<AttributionContext> = Object.freeze({ paragraph: -1, lastPerson: null, lastOrganisation: null, lastSource: null });

/**
 * Anaphors that attribution.ts resolves through the context ("he said", "the
 * ministry said", "according to the report"), ending at a word's end rather
 * than at a blank before the cue: a clause without one of them (or a name of
 * the gazetteer) gets no source. Each is written `\bX\s+$` (cues.ts): here X alone.
 */
const ANAPHOR_HINTS = ANAPHORS.map((a) => a.re.source.replace(/^\\b/, '').replace(/\\s\+\$$/, ''));
/** The weapons ARMS_SUPPLY_RE ends on: without one, a clause supplies no arms. */
const WEAPONS = '(?:weapons?|arms|missiles?|shells?|ammunition|artillery|drones?|rockets?|munitions?)';
const WEAPON_RE = new RegExp(`\\b${WEAPONS}\\b`, 'i');
/**
 * An anaphor or a weapon, whole words: one search of the clause where both are asked, the word boundaries around the
 * whole alternation rather than each of its words (the same answer, found in about two thirds of the time, measured).
 */
const ANAPHOR_OR_WEAPON_RE = new RegExp(`\\b(?:${[...ANAPHOR_HINTS, WEAPONS].join('|')})\\b`, 'i');

/**
 * Whether the clause's attribution (attribution.ts) can change a claim: it
 * gives the clause's figures their source and cue, makes a claim without a
 * figure when it names a source of the gazetteer (or supplies arms), and
 * tells later sentences who "he" is. A clause without a figure, a name of the
 * gazetteer, an anaphor or a weapon can do none of these, and most clauses of
 * general news are such: attributing them cost a tenth of the stage (measured).
 */
function attributionMatters(
  text: string,
  clause: { start: number; end: number },
  figures: readonly Figure[],
  mentions: readonly Mention[],
  ctx: AttributionContext,
): boolean {
  if (figures.some((f) => f.quantity.start >= clause.start && f.quantity.start < clause.end)) return true;
  if (mentions.some((m) => m.start >= clause.start && m.end <= clause.end)) return true;
  const clauseText = text.slice(clause.start, clause.end);
  // An anaphor resolves only to a source met before.
  const remembered = ctx.lastPerson !== null || ctx.lastOrganisation !== null || ctx.lastSource !== null;
  return (remembered ? ANAPHOR_OR_WEAPON_RE : WEAPON_RE).test(clauseText);
}

interface DraftBase {
  unit: Unit;
  u: number;
  att: Attribution | null;
  hedge: string | null;
}

/** What a claim says beyond where it is and who says it. */
type ClaimFacts = Pick<Draft['claim'], 'kind' | 'measure' | 'value' | 'bound' | 'low' | 'high' | 'unit' | 'counted'>;

/**
 * The claim as one object literal, fields in output order. Not `{ ...common,
 * kind, ... }`: V8 (Node 20) takes some 30 µs to add properties to the copy
 * a spread of this size makes, more than tagging the rest of the claim (measured).
 */
function draftClaim(b: DraftBase, f: ClaimFacts): Draft['claim'] {
  return {
    in: b.unit.in,
    source: b.att?.source ?? null,
    sourceText: b.att?.sourceText ?? null,
    via: b.att?.via ?? null,
    cue: b.att?.cue ?? null,
    hedge: b.hedge,
    figure: null,
    sourceSpan: null,
    cueSpan: null,
    contentSpan: null,
    sentence: b.unit.text,
    start: b.unit.start,
    end: b.unit.start + b.unit.text.length,
    kind: f.kind,
    measure: f.measure,
    value: f.value,
    bound: f.bound,
    low: f.low,
    high: f.high,
    unit: f.unit,
    counted: f.counted,
  };
}

function figureDraft(b: DraftBase, f: Figure): Draft {
  const q = f.quantity;
  return {
    claim: draftClaim(b, {
      kind: f.measure.kind,
      measure: f.measure.measure,
      value: q.value,
      bound: q.bound,
      low: q.low,
      high: q.high,
      unit: q.unit,
      counted: f.counted,
    }),
    anchor: b.unit.start + q.start,
    unit: b.u,
    paragraph: b.unit.paragraph,
    ownCue: b.att !== null,
  };
}

/** Kind and measure of the claim a clause without figures makes, or null when it makes none. */
function figurelessClaim(att: Attribution, text: string, clause: { start: number; end: number }): Pick<ClaimFacts, 'kind' | 'measure'> | null {
  if (att.cue === null) return null;
  const clauseText = text.slice(clause.start, clause.end);
  const named = att.source !== null;
  // Without a named source only arms supply counts, and it needs ARMS_SUPPLY_RE:
  // most clauses are dropped here without being classified.
  if (!named && !ARMS_SUPPLY_RE.test(clauseText)) return null;
  const afterCue = text.slice(att.cueStart + att.cue.length, clause.end);
  const { kind, measure } = classifyFigureless(clauseText, afterCue, att.cueEntry?.predictive === true);
  if (!named && kind !== 'arms_supply') return null;
  if (kind === 'statement' && countWords(clauseText) - countWords(att.sourceText ?? '') - 1 < MIN_STATEMENT_WORDS) return null;
  return { kind, measure };
}

/**
 * A statement or prediction of a named source, unless the clause holds a figure: the general layer claims that figure
 * with the same source and cue ("Zelensky said 300 cars were sold"), and one attribution makes one claim.
 */
function withoutGeneralFigure(
  c: Pick<ClaimFacts, 'kind' | 'measure'> | null,
  amounts: readonly Amount[],
  clause: { start: number; end: number },
): Pick<ClaimFacts, 'kind' | 'measure'> | null {
  if (c === null || (c.kind !== 'statement' && c.kind !== 'prediction')) return c;
  const figure = amounts.some((a) => FIGURE_TYPES.has(a.type) && !(a.words && a.value === 1) && a.start >= clause.start && a.start < clause.end);
  return figure ? null : c;
}

function figurelessDraft(b: DraftBase, clause: { start: number; end: number }, c: Pick<ClaimFacts, 'kind' | 'measure'>): Draft {
  return {
    claim: draftClaim(b, { kind: c.kind, measure: c.measure, value: null, bound: null, low: null, high: null, unit: null, counted: null }),
    anchor: b.unit.start + clause.start,
    unit: b.u,
    paragraph: b.unit.paragraph,
    ownCue: true,
  };
}

/** Update the back-reference context with a clause's attribution. */
function remember(env: Env, att: Attribution): void {
  if (att.source === null) return;
  const kind = sourceKind(env.gazetteer, att.source);
  env.ctx.lastSource = { id: att.source, paragraph: env.ctx.paragraph };
  if (kind === 'person') env.ctx.lastPerson = { id: att.source, via: att.via, paragraph: env.ctx.paragraph };
  if (kind === 'organisation' || kind === 'media') env.ctx.lastOrganisation = att.source;
}

/** A person named without a cue ("Lee spoke to reporters.") is still who "he" means next. */
function rememberPeople(env: Env, atts: ReadonlyArray<Attribution | null>, mentions: readonly Mention[]): void {
  if (atts.some((a) => isPerson(env.gazetteer, a?.source ?? null))) return;
  const person = mentions.filter((m) => isPerson(env.gazetteer, m.id)).pop();
  if (person) env.ctx.lastPerson = { id: person.id, via: null, paragraph: env.ctx.paragraph };
}

function isPerson(gazetteer: Gazetteer, id: string | null): boolean {
  return id !== null && sourceKind(gazetteer, id) === 'person';
}
