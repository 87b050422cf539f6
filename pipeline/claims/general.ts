/**
 * The general layer of the tagger: every figure and every attributed statement
 * of a sentence, beside the claims the measure packs found. Adds spans (figure,
 * source, cue, content), the change a figure states, its time scope, and
 * claims of kind quantity / statement / prediction for what no pack measures.
 *
 * Invariant: a pack claim is never duplicated: a figure a pack claim already
 * holds only gets its spans; a sentence with pack claims gets no statement.
 */
import type { ClaimFigure, TextSpan } from '../types.js';
import { nearestScope, type Scope, timeScopes } from './amount-timescope.js';
import { readAmounts, type Amount } from './amounts.js';
import { changeOf, type Neighbours, UP_FROM_RE } from './figure-change.js';
import { RELATIVE_RE } from './attribution-nested.js';
import { attributionSpans, type SpanAttribution } from './attribution-spans.js';
import { countedOf } from './counted-general.js';
import { STATEMENT_MIN_PROBABILITY, cueMakesStatement, isGenericSpeaker, isWriter, saysNothing } from './statement-filters.js';
import { firstHedge } from './cues.js';
import { newSpeakerContext, rememberSpeakers, speakerOf, type Speaker, type SpeakerContext } from './attribution-speakers.js';
import type { Draft } from './finalize.js';
import { lastNonSpaceCode } from './text.js';

/** Amount types that make a figure claim; years, durations and ages only scope one. */
export const FIGURE_TYPES: ReadonlySet<string> = new Set(['count', 'money', 'percent', 'percentage_point', 'share', 'measure']);
const PREDICTION_RE =
  /\b(?:will|would|could|might|expects?|expected|forecasts?|predicts?|projected|plans? to|is set to|are set to|is likely|are likely|(?:is|are)\s+going\s+to|(?:is|are)\s+poised\s+to|(?:is|are)\s+on\s+track\s+to|(?:is|are)\s+coming)\b/i;
/** The modal "may", in lower case: "May" is the month. */
const MODAL_MAY_RE = /\bmay\b/;
const NEGATED_CUE_RE = /\b(?:not|never)\b|n['\u2019]t\b/i;
/** A subject that denies the report: "Neither the White House nor the Pentagon responded", "No one said", "Nobody confirmed". */
const NEGATIVE_SUBJECT_RE = /^(?:neither\b|nobody\b|none\b|no\s)/i;
const HEDGE_RE = /\b(?:reportedly|allegedly|may|might|could|believed|apparently|possibly|purportedly)\b/i;
/** "a reported £200,000", "an alleged $5m": a figure someone unnamed gives (tried only where "reported" or the like occurs). */
const FIGURE_HEDGE_RE = /\ban?\s+(reported|rumou?red|alleged|purported)\s+[£$€¥\d]/i;
const FIGURE_HEDGE_WORDS_RE = /reported|rumou?red|alleged|purported/i;

/** The hedge of a claim's words: a hedging word, else a hedged figure. */
function hedgeOf(text: string): string | null {
  const word = firstHedge(HEDGE_RE, text);
  if (word !== null || !FIGURE_HEDGE_WORDS_RE.test(text)) return word;
  return FIGURE_HEDGE_RE.exec(text)?.[1]?.toLowerCase() ?? null;
}
/**
 * Page furniture that survives extraction: counters ("2 views", "1.2K
 * shares"), bylines and datelines in lists, "Advertisement", "Read more",
 * photo credits, cookie and subscription banners. Such a line claims nothing.
 */
const FURNITURE_START_RE =
  /^\s*(?:[\u2022\u00B7\u25AA\u25BA*|>-]\s*)|^\s*\d[\d,.]*\s*[KkMm]?\s+(?:views?|shares?|comments?|likes?|retweets?|reads?|replies|reactions|followers|subscribers)\b|^\s*(?:advertisement|sponsored|read more|read next|related|see also|sign up|subscribe|share (?:this|on)|follow us|photo|image|credit|source|\u00A9|copyright|all rights reserved)\b/i;
/** The furniture that may stand anywhere in a line (cookie banners, photo credits). */
const FURNITURE_ANYWHERE_RE = /\b(?:we use cookies|accept (?:all )?cookies|cookie (?:policy|settings))\b|\b(?:photo|image|picture)\s*(?::|by|credit)\s/i;
/**
 * Words without which FURNITURE_ANYWHERE_RE cannot match: tested first, as
 * that regex is tried at every offset of the line and most lines hold none.
 */
const FURNITURE_WORDS_RE = /cookie|photo|image|picture/i;
/**
 * What ends a body line that ends a sentence, before any trailing white space; one that does not is a heading, a
 * link or a caption. Read from the last character that is not white space, as `/[.!?"'\u201D\u2019)\]]\s*$/` would
 * match: that regex is tried at every offset of the line.
 */
const SENTENCE_END_CODES: ReadonlySet<number> = new Set([...'.!?"\'\u201D\u2019)]'].map((ch) => ch.charCodeAt(0)));

/** True for a body line that is page furniture or a heading: its figures and words make no claim. */
export function isPageFurniture(text: string): boolean {
  return (
    !SENTENCE_END_CODES.has(lastNonSpaceCode(text, text.length)) ||
    FURNITURE_START_RE.test(text) ||
    (FURNITURE_WORDS_RE.test(text) && FURNITURE_ANYWHERE_RE.test(text))
  );
}

/** One sentence (or the title) as the tagger sees it. */
export interface GeneralUnit {
  text: string;
  /** The amounts of `text` (readAmounts); read here when not given. */
  amounts?: readonly Amount[];
  /** Offset of the sentence in the title or the text. */
  start: number;
  in: 'title' | 'body';
  u: number;
  paragraph: number;
}

const span = (unit: GeneralUnit, s: [number, number] | null): TextSpan | null =>
  s === null ? null : { start: unit.start + s[0], end: unit.start + s[1], text: unit.text.slice(s[0], s[1]) };

function figureOf(unit: GeneralUnit, a: Amount, neighbours: Neighbours & { masked: string }, scope: TextSpan | null): ClaimFigure {
  return {
    start: unit.start + a.start,
    end: unit.start + a.end,
    text: a.text,
    type: a.type,
    per: a.per,
    change: changeOf(neighbours.masked, unit.text, a, neighbours),
    timeScope: scope,
  };
}

/** The sentence with its reporting cues blanked (same offsets). */
function withoutCues(text: string, atts: readonly SpanAttribution[]): string {
  let out = text;
  for (const a of atts) out = out.slice(0, a.cue[0]) + ' '.repeat(a.cue[1] - a.cue[0]) + out.slice(a.cue[1]);
  return out;
}

/** Where each reporting cue of the sentence ends (a loop: a closure here would be named by tsx once per sentence). */
function cueEndsOf(text: string, atts: readonly SpanAttribution[]): number[] {
  const out: number[] = [];
  // "are expected through Tuesday": after a forecast the date is what is forecast, not when it was said.
  for (const a of atts) if (!FORECAST_CUE_END_RE.test(text.slice(a.cue[0], a.cue[1]))) out.push(a.cue[1]);
  return out;
}
const FORECAST_CUE_END_RE = /\b(?:expected|forecast|projected|predicted|scheduled)$/i;

/** The time scope of figure `a`: the nearest of the sentence's scopes (amount-timescope.ts). */
function timeScopeOf(unit: GeneralUnit, scopes: readonly Scope[], a: Amount, amounts: readonly Amount[]): TextSpan | null {
  if (scopes.length === 0) return null;
  const s = nearestScope(unit.text, scopes, a.start, a.end, amounts);
  return s === null ? null : span(unit, [s.start, s.end]);
}

/** A figureless claim's kind: "Economists expect C", "the bank forecast C", "X promised C": a predictive cue or a pledge makes a prediction as a modal in C does. */
export function statementKind(content: string, cueText: string): 'prediction' | 'statement' {
  return PREDICTION_RE.test(content) || MODAL_MAY_RE.test(content) || PREDICTION_RE.test(cueText) || PLEDGE_CUE_RE.test(cueText) ? 'prediction' : 'statement';
}
/** A pledge is about the future as a forecast is: "promised to halve inflation", "vowed to appeal". */
const PLEDGE_CUE_RE = /\b(?:promised|promises|pledged|pledges|vowed|vows)\b/i;

/**
 * A number that describes who speaks ("citing three sources", "Two officials said", "A survey of 2,000 adults found") is
 * no claim of theirs; a share of them is ("About a third of respondents said").
 */
function inSource(text: string, atts: readonly SpanAttribution[], a: Amount): boolean {
  // "About a third of respondents said", "62% of voters say": a share of those asked is a poll's finding, not who speaks.
  if (a.type === 'percent' || a.type === 'share') return false;
  for (const att of atts) {
    if (!att.source || !att.content || a.start < att.source[0] || a.end > att.source[1]) continue;
    // "The company, which employs 5,000 people, said": a relative clause on the speaker states a fact of its own.
    if (RELATIVE_BEFORE_RE.test(text.slice(att.source[0], a.start))) continue;
    // "More than 100 Republicans voted against it", "Some 200 protesters chanted": how many acted is the finding; a
    // count with a bound, or before a verb other than of saying, is a figure.
    if (a.bound !== '=' || !SAYING_VERB_END_RE.test(text.slice(att.cue[0], att.cue[1]))) continue;
    return true;
  }
  return false;
}
/** A cue of saying or citing: the count before it describes who speaks ("Two officials said", "citing three sources"). */
const SAYING_VERBS = String.raw`(?:said|says|say|saying|told|tell|tells|according(?:\s+to)?|cited|citing|cite|cites|spoke|confirmed|added|noted|wrote|reported|stated|found|finds|showed|shows)`;
const SAYING_VERB_END_RE = new RegExp(String.raw`\b${SAYING_VERBS}$`, 'i');
/** A relative clause opened between a speaker's name and a figure: ", which …", ", who …", ", conducted by …". */
const RELATIVE_BEFORE_RE = /,\s*(?:which|who|whose|that|[a-z]+ed\s+by)\s/i;

/**
 * The attribution whose content holds `at`, else the sentence's first one with a source, unless that one's content
 * comes after its cue and `at` before the cue: "Shares jumped 7% after the chipmaker reported revenue of $26
 * billion", "The company has 12,000 employees and reported sales of €8.4 billion": the 7% and the 12,000 are no part
 * of what was reported.
 */
function attributionAt(text: string, atts: readonly SpanAttribution[], at: number): SpanAttribution | null {
  // The innermost: "C, the council said, according to the BBC" reports the council's words (the BBC relays them).
  let holding: SpanAttribution | null = null;
  // The innermost report, not an intention or a deed: "Tesla plans to cut 10% of staff, two people familiar with the
  // matter told Reuters" is the two people's report of a plan.
  let report: SpanAttribution | null = null;
  for (const a of atts) {
    if (a.content === null || at < a.content[0] || at >= a.content[1]) continue;
    if (holding?.content == null || a.content[1] - a.content[0] < holding.content[1] - holding.content[0]) holding = a;
    if (
      a.source !== null &&
      !INTENT_CUE_RE.test(text.slice(a.cue[0], a.cue[1])) &&
      !ACTION_CUE_RE.test(text.slice(a.cue[0], a.cue[1])) &&
      (report?.content == null || a.content[1] - a.content[0] < report.content[1] - report.content[0])
    )
      report = a;
  }
  if (holding) return report ?? holding;
  // "…, while the company has offered 25%": a figure right after a verb whose reading had too few words for a content
  // is that verb's object.
  const object = atts.find((a) => a.content === null && a.source !== null && a.cue[1] <= at && OBJECT_GAP_RE.test(text.slice(a.cue[1], at)));
  if (object) return object;
  // The report whose speaker holds `at` ("…, while 73 percent said the same"), else the first with a speaker.
  const sourced =
    atts.find((a) => a.source !== null && at >= a.source[0] && at < a.source[1] && SAYING_VERB_END_RE.test(text.slice(a.cue[0], a.cue[1]))) ??
    atts.find((a) => a.source !== null) ??
    atts[0] ??
    null;
  // "Shares of the company, which makes chips for Apple, closed down 3.2%": a relative clause's verb reports nothing
  // of the main clause.
  if (sourced?.source && RELATIVE_RE.test(text.slice(sourced.source[0], sourced.source[1]))) return null;
  // "The mayor spoke at a rally of 5,000 supporters": a cue that reports nothing reports no figure either.
  if (sourced?.content === null) return null;
  // "Some 40% of voters said": a share in the speaker is their finding; "The company, which employs 5,000 people, said"
  // states the 5,000 in a relative clause of its own.
  // "Some 40% of voters said": a share of those who speak is their finding; "More than 100 Republicans voted against
  // it" is how many acted, no one's report.
  const inSpeaker =
    sourced?.source &&
    at >= sourced.source[0] &&
    at < sourced.source[1] &&
    !RELATIVE_BEFORE_RE.test(text.slice(sourced.source[0], at)) &&
    SAYING_VERB_END_RE.test(text.slice(sourced.cue[0], sourced.cue[1]));
  if (sourced?.source && !inSpeaker && at >= sourced.source[0] && at < sourced.source[1] && sourced.source[1] <= sourced.cue[0]) return null;
  if (sourced?.content && sourced.content[0] >= sourced.cue[1] && at < sourced.cue[0] && !inSpeaker) return null;
  // "The marathon drew 55,000 runners, organizers said, and temperatures reached 28C": a closing report covers what
  // came before it, not the clause a conjunction opens after its speaker ("…, the company said, to $1.2 billion" goes on).
  if (sourced?.content && sourced.content[1] <= sourced.cue[0]) {
    // "Revenue was $35.1 billion, ahead of the $33.2 billion analysts had expected": a content of its own, read before
    // its speaker, leaves out what came before it.
    if (at < sourced.content[0]) return null;
    const after = Math.max(sourced.cue[1], sourced.source?.[1] ?? 0);
    if (at >= after && CONJUNCTION_AFTER_RE.test(text.slice(after, at))) return null;
  }
  return sourced;
}

/** Only blanks and a currency sign between a verb and its figure. */
const OBJECT_GAP_RE = /^\s*[$\u00A3\u20AC\u00A5]?$/;
/** Cues of an intention rather than a report ("plans", "wants", "is considering"): a report around one speaks for it. */
const INTENT_CUE_RE =
  /\b(?:plans?|planned|planning|wants?|wanted|hopes?|hoped|intends?|intended|aims?|aimed|seeks?|sought|considering|weighing|preparing|prepares)$/i;

/**
 * Cues of a deed rather than a report ("agreed", "signed", "voted", "approved"): a report around one speaks for its
 * figures ("Chelsea have agreed a fee of £52m, BBC Sport understands" is BBC Sport's claim); alone, the deed's subject
 * keeps them.
 */
const ACTION_CUE_RE =
  /\b(?:agreed|agrees|signed|signs|voted|votes|approved|approves|accepted|accepts|rejected|rejects|passed|ordered|orders|paid|pays|offered|offers|awarded|spent|bought|sold|won|lost|seen|saw)$/i;

/** After a closing report's speaker: perhaps when it was said, a comma, and a conjunction opening a clause of its own. */
const CONJUNCTION_AFTER_RE = /^[^,;]{0,30}[,;]\s*(?:and|but|while|whereas|although|though|as|meanwhile)\s/i;

/** An auxiliary opening a question, perhaps after a wh-word: "Did anyone …?", "Why do analysts …?". */
const QUESTION_OPENING_RE =
  /^[\s\u201C"(]*(?:(?:who|what|why|how|when|where|which)\s+)?(?:do|does|did|is|are|was|were|will|would|can|could|should|has|have|had|may|might|must|shall)\s/i;
/** A sentence that asks: it ends in a question mark (a closing quotation mark perhaps) and opens with an auxiliary. */
function isQuestion(text: string): boolean {
  // The last character but blanks and a closing mark, read by code: an end-anchored regex is tried at every offset.
  const t = text.trimEnd();
  const end = CLOSING_MARK_CODES.has(t.charCodeAt(t.length - 1)) ? t.length - 1 : t.length;
  return t.charCodeAt(end - 1) === QUESTION_MARK && QUESTION_OPENING_RE.test(t);
}
const QUESTION_MARK = 0x3f;
/** ", ”, ’ and ): what may close a question after its mark. */
const CLOSING_MARK_CODES: ReadonlySet<number> = new Set([0x22, 0x201d, 0x2019, 0x29]);

const NO_SPEAKER: Speaker = { source: null, sourceText: null, via: null };

/** Spans for the pack drafts of a unit, and general drafts for what they do not cover. */
export function generalDrafts(
  unit: GeneralUnit,
  packDrafts: Draft[],
  openQuote: boolean,
  resolve: (sourceText: string) => string | null,
  speakers: SpeakerContext = newSpeakerContext(),
): Draft[] {
  const amounts = (unit.amounts ?? readAmounts(unit.text)).filter((a) => FIGURE_TYPES.has(a.type));
  // "X has not said", "was never confirmed by X", "Neither X nor Y responded": a negated report claims nothing for X.
  // "Did anyone predict it?", "How does it make you feel?": a question asks; no one claims anything in it.
  const atts = isQuestion(unit.text)
    ? []
    : attributionSpans(unit.text, undefined, openQuote).filter(
        (a) =>
          !NEGATED_CUE_RE.test(unit.text.slice(a.cue[0], a.cue[1])) &&
          !(a.source !== null && NEGATIVE_SUBJECT_RE.test(unit.text.slice(a.source[0], a.source[1]))),
      );
  if (unit.in === 'title') for (const a of atts) headlineSubject(unit.text, a);
  // Read when a figure first needs them: a furniture line with figures but no pack claim needs none.
  let scopes: readonly Scope[] | null = null;
  const masked = amounts.length > 0 ? withoutCues(unit.text, atts) : unit.text;
  const out: Draft[] = [];
  const covered = new Set<Amount>();
  for (const d of packDrafts) {
    const local = d.anchor - unit.start;
    const a = amounts.find((x) => local >= x.start && local < x.end) ?? amounts.find((x) => x.end > local);
    const hasAmount = d.claim.value !== null || d.claim.low !== null;
    if (a && hasAmount) {
      // A pack range ("tens of thousands were evacuated") holds its amount as much as a value does.
      covered.add(a);
      scopes ??= timeScopes(unit.text, cueEndsOf(unit.text, atts));
      const at = amounts.indexOf(a);
      d.claim.figure = figureOf(
        unit,
        a,
        { prev: null, next: amounts[at + 1] ?? null, later: amounts[at + 2] ?? null, masked },
        timeScopeOf(unit, scopes, a, amounts),
      );
      if (a.type === 'percent' && d.claim.unit === 'share' && d.claim.value !== null) {
        d.claim.value = Math.round(d.claim.value * 1e8) / 1e6;
        d.claim.unit = 'percent';
      }
    }
    const att = attributionAt(unit.text, atts, local);
    if (att && d.claim.via === null && d.claim.source !== null) relayedByPackSource(d, unit, att, atts, speakers, resolve);
    if (fillSpans(d, unit, att) && d.claim.sourceText === null) {
      // A speaker no pack lists still keeps its words ("according to the health ministry").
      const speaker = speakerOf(unit.text, att, atts, speakers, resolve);
      d.claim.sourceText = speaker.sourceText;
      d.claim.source ??= speaker.source;
      d.claim.via ??= speaker.via;
    }
  }
  // Furniture and headings in the body get no general claims; pack claims keep their spans. A sentence
  // without an amount or an attribution makes none either way, and most sentences are such: not tested.
  const furniture = unit.in === 'body' && (amounts.length > 0 || atts.length > 0) && isPageFurniture(unit.text);
  // Speakers named here are remembered after this sentence's own pronouns are resolved (the closures
  // of this function are written out: tsx names each one it creates, at a cost per sentence).
  if (furniture) {
    rememberSpeakers(unit.text, atts, speakers, resolve);
    return out;
  }
  if (amounts.length > 0) scopes ??= timeScopes(unit.text, cueEndsOf(unit.text, atts));
  // "'8 Mile' actor …", "Godzilla Minus One", "10 Eco-Friendly Ways To …": a number in a quoted title or counting a
  // headline's list is no figure. Read only when a figure needs it.
  const named = amounts.length > 0 ? titledNumbers(unit) : null;
  for (const [k, a] of amounts.entries()) {
    if (covered.has(a) || (a.words && a.value === 1) || inSource(unit.text, atts, a)) continue;
    if (named?.(a)) continue;
    const held = attributionAt(unit.text, atts, a.start);
    // "The set includes 2-ounce bottles", "Huntley will also take home $100,000": a cue the model doubts speaks for a
    // figure only as a verb of saying or of estimating, or closing the words it reports.
    const holder = held && !speaksForFigures(unit.text, held) ? null : held;
    // "A spokesperson declined to comment on the layoffs, which affect about 18,000 workers": a refusal reports no figure.
    const att = holder && saysNothing(unit.text, holder) ? null : holder;
    const neighbours = { prev: amounts[k - 1] ?? null, next: amounts[k + 1] ?? null, earlier: amounts[k - 2] ?? null, later: amounts[k + 2] ?? null, masked };
    const figure = figureOf(unit, a, neighbours, timeScopeOf(unit, scopes ?? [], a, amounts));
    const change = figure.change;
    // The starting point of a change ("to 2.9% … from 3.4%") is part of that change, not a claim of its own.
    // ", up from €2.4m a year earlier" states the earlier level as a figure of its own, with its own time.
    if (change?.to === a.value && change.from !== null && !a.fromTo) {
      const next = amounts[k + 1];
      if (next && next.value === change.from && !UP_FROM_RE.test(unit.text.slice(a.end, next.start))) covered.add(next);
    }
    // "a boxer who routinely throws 1,000 punches": a restrictive relative clause describes; no one reports its figure.
    const speaker = speakerOf(unit.text, att, atts, speakers, resolve);
    // "I also tried Coalatree's Whistler ($99)": the writer is no speaker of the article's figures.
    const described = speaker.sourceText !== null && (RELATIVE_RE.test(speaker.sourceText) || isWriter(speaker.sourceText));
    const figureAtt = described ? null : att;
    const figureSpeaker = described ? NO_SPEAKER : speaker;
    // "fell from 5% to 4.2%" is a change to 4.2%, not a range.
    const moved = a.fromTo && change !== null && change.direction !== null;
    out.push(
      draft(unit, a.start, 'quantity', figureAtt, figureSpeaker, {
        value: moved ? a.high : a.value,
        bound: moved ? '=' : a.bound,
        low: moved ? null : a.low,
        high: moved ? null : a.high,
        unit: a.unit,
        counted: countedOf(unit.text, a),
        figure,
      }),
    );
  }
  // A report whose content holds no figure claim makes a statement ("The union, which represents 45,000 workers, said
  // its members had voted to strike": the count describes the union, the vote is what it said); one whose content
  // holds a figure is told by that figure's claim.
  if (packDrafts.length === 0 && atts.length > 0) {
    // One statement per content: "Reuters, citing officials, reported C" reads C twice (the verb and its relay), and
    // the verb's reading, first, carries both (source and via); a second would repeat it under the same claim id.
    let lastContentStart = -1;
    const figureClaims = out.length;
    for (const att of atts) {
      if (att.content === null || att.source === null || att.content[0] === lastContentStart || saysNothing(unit.text, att)) continue;
      // Beside a figure claim, only a verb of saying whose speaker and words no figure claim holds makes one: the weaker
      // cues the statements' filters let through were read in sentences without figures.
      if (figureClaims > 0 && (toldByFigure(unit, att, out, figureClaims, amounts) || !SAYING_VERB_END_RE.test(unit.text.slice(att.cue[0], att.cue[1]))))
        continue;
      if (!cueMakesStatement(unit.text, att)) continue;
      lastContentStart = att.content[0];
      const content = unit.text.slice(att.content[0], att.content[1]);
      const kind = statementKind(content, unit.text.slice(att.cue[0], att.cue[1]));
      const speaker = speakerOf(unit.text, att, atts, speakers, resolve);
      if (speaker.sourceText !== null && (isGenericSpeaker(speaker.sourceText) || isWriter(speaker.sourceText))) continue;
      out.push(draft(unit, att.content[0], kind, att, speaker, null));
    }
  }
  rememberSpeakers(unit.text, atts, speakers, resolve);
  return out;
}

/**
 * "Fed holds rates steady, signals two cuts", "Apple beats estimates, warns of slowing sales": a headline's verbs after
 * its subject, joined by a comma, share that subject; the speaker of the second is the subject, not the first clause.
 */
function headlineSubject(text: string, a: SpanAttribution): void {
  if (a.source === null || !/^,\s*$/.test(text.slice(a.source[1], a.cue[0]))) return;
  const clause = HEADLINE_CLAUSE_RE.exec(text.slice(a.source[0], a.source[1]));
  if (clause?.[1]) a.source = [a.source[0], a.source[0] + clause[1].length];
}
/** A capitalised subject of up to four words, a present-tense verb and its object, no comma: a headline's first clause. */
const HEADLINE_CLAUSE_RE = /^([A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*){0,3})\s+[a-z]+s\s[^,]*$/;

/**
 * A test of the amounts that name rather than count: inside a short quotation in title case ("'8 Mile' Actor …",
 * "his hit “99 Problems”"), or the number opening a headline's list ("10 Eco-Friendly Ways To …", "7 Simple Tips").
 * Null when the unit can hold neither (no quotation mark, not a title opening with a number).
 */
function titledNumbers(unit: GeneralUnit): ((a: Amount) => boolean) | null {
  const text = unit.text;
  // A title quotes a work in single marks too ("'8 Mile' Actor …"); a body's apostrophes are mostly possessives.
  const quotes = unit.in === 'title' ? QUOTE_MARK_RE : DOUBLE_QUOTE_MARK_RE;
  const quoted = quotes.test(text) ? [...text.matchAll(QUOTED_TITLE_RE)].map((m) => [m.index + 1, m.index + m[0].length - 1] as const) : [];
  const listicle = unit.in === 'title' ? LISTICLE_OPENING_RE.exec(text) : null;
  if (quoted.length === 0 && listicle === null) return null;
  return (a) => (listicle !== null && a.start < listicle[0].length && a.end <= listicle[0].length) || quoted.some(([s, e]) => a.start >= s && a.end <= e);
}
const QUOTE_MARK_RE = /[\u2018\u201C"']/;
const DOUBLE_QUOTE_MARK_RE = /[\u201C"]/;
/** A quotation of one to five words, each capitalised or a number ("'8 Mile'", "“99 Problems”", "'Top Gun 2'"). */
const QUOTED_TITLE_RE = /(?<![\w'\u2019])[\u2018\u201C"'](?:[\dA-Z][\w.&:-]*)(?:\s+(?:[\dA-Z][\w.&:-]*|of|the|and|in|on|a))*[\u2019\u201D"'](?![\w'\u2019])/g;
/** A headline opening with a count of a list: "10 Eco-Friendly Ways", "5 Times Meghan …", "41 Products Will …". */
const LISTICLE_OPENING_RE =
  /^\s*(?:\d{1,3}|[A-Z][a-z]+)\s+(?:[A-Z][\w'-]*\s+){0,3}?(?:Ways|Tips|Things|Reasons|Questions|Products|Times|Signs|Steps|Ideas|Gifts|Books|Films|Movies|Shows|Songs|Places|Foods|Recipes|Mistakes|Habits|Secrets|Tricks|Facts|Lessons|Rules|Deals|Picks|Apps|Features|Trends|Takeaways|Moments|Items|Reads|Buys|Essentials|Destinations)\b/;

/**
 * Whether one of the first `count` drafts (the sentence's figure claims) tells the attribution already: its figure
 * stands in the content, or it has the same speaker, or a figure stands in the speaker ("Citing internal data, the company said 30% of users had left").
 */
function toldByFigure(unit: GeneralUnit, att: SpanAttribution, drafts: readonly Draft[], count: number, amounts: readonly Amount[]): boolean {
  const content = att.content as readonly [number, number];
  // "…, while 73 percent said the same of Trump": a share or count of people speaking is a finding, a figure's to tell.
  const from = att.source?.[0] ?? -1;
  const to = att.source?.[1] ?? -1;
  // A count in a relative clause on the speaker describes it ("The union, which represents 45,000 workers, said").
  if (amounts.some((a) => a.start >= from && a.end <= to && !RELATIVE_BEFORE_RE.test(unit.text.slice(from, a.start)))) return true;
  const source = att.source === null ? -1 : unit.start + att.source[0];
  for (let k = 0; k < count; k++) {
    const d = drafts[k] as Draft;
    const at = d.anchor - unit.start;
    if ((at >= content[0] && at < content[1]) || d.claim.sourceSpan?.start === source) return true;
  }
  return false;
}

/**
 * "C, the UN estimated, Reuters reported": the pack read the closing relay (Reuters) as the figure's speaker; the spans
 * read the report it relays, whose content holds the figure. The relayed speaker becomes the source, the pack's the `via`.
 */
function relayedByPackSource(
  d: Draft,
  unit: GeneralUnit,
  att: SpanAttribution,
  atts: readonly SpanAttribution[],
  speakers: SpeakerContext,
  resolve: (sourceText: string) => string | null,
): void {
  const speaker = speakerOf(unit.text, att, atts, speakers, resolve);
  if (speaker.via !== d.claim.source || speaker.sourceText === null || speaker.source === d.claim.source) return;
  d.claim.via = speaker.via;
  d.claim.source = speaker.source;
  d.claim.sourceText = speaker.sourceText;
  d.claim.cue = unit.text.slice(att.cue[0], att.cue[1]);
}

/** Spans of a pack draft from the attribution of its figure; false when they disagree on the cue. */
function fillSpans(d: Draft, unit: GeneralUnit, att: SpanAttribution | null): boolean {
  if (att === null) return false;
  const cue = span(unit, att.cue);
  if (d.claim.cue !== null && cue && !cue.text.toLowerCase().includes(d.claim.cue.toLowerCase().split(' ').pop() ?? '')) {
    // "The coach said C, adding that two players were injured": a pack's cue without a speaker, read in another clause,
    // gives way to the spans' reading of the figure's own.
    if (d.claim.source !== null || d.claim.sourceText !== null || att.source === null || !SAYING_OR_ADDING_RE.test(cue.text)) return false;
    d.claim.cue = cue.text;
  }
  d.claim.cueSpan = cue;
  d.claim.sourceSpan = span(unit, att.source);
  d.claim.contentSpan = span(unit, att.content);
  return true;
}

/**
 * A verb of saying anywhere in the cue ("said in a statement" reads its medium with it), or "adding" at its end (a
 * second verb of the same speaker).
 */
const SAYING_OR_ADDING_RE = new RegExp(String.raw`\b${SAYING_VERBS}\b|\badding$`, 'i');

/**
 * Whether an attribution gives the figures it holds their speaker: a cue the model reads at STATEMENT_MIN_PROBABILITY
 * or more, one whose content comes before it, or a verb of saying or estimating. Below, the readings of the
 * extraction-dev texts were nearly all no report ("The set includes 2-ounce bottles", "Edwards took photos of two
 * moths": 218 figure speakers, a sample of 60 read, all but three wrong).
 */
function speaksForFigures(text: string, att: SpanAttribution): boolean {
  if (att.p >= STATEMENT_MIN_PROBABILITY || att.content === null || att.content[0] < att.cue[0]) return true;
  const cue = text.slice(att.cue[0], att.cue[1]);
  // A deed or an intention keeps its subject ("The council voted to raise fees by 25%", "had sought $24 million").
  return SAYING_OR_ADDING_RE.test(cue) || ESTIMATING_RE.test(cue) || ACTION_CUE_RE.test(cue) || INTENT_CUE_RE.test(cue);
}
/** Verbs of estimating, forecasting or finding a figure, or of holding a view of it ("Men fear 300 jobs would go"). */
const ESTIMATING_RE =
  /\b(?:estimated?|estimates|forecasts?|predicted|predicts?|projected|projects|expects?|expected|claimed|claims?|calculated|counted|tallied|highlights?|highlighted|indicated|indicates|fears?|feared|believes?|believed|thinks?|thought|worry|worries|worried|suspects?|suspected|reckons?|reckoned|doubts?|doubted)$/i;
/** The clause of `text` around offset `at`: between the commas, semicolons or dashes on either side. */
function clauseAround(text: string, at: number): string {
  let start = 0;
  for (const mark of CLAUSE_MARKS) {
    const k = text.lastIndexOf(mark, at);
    if (k >= 0) start = Math.max(start, k + mark.length);
  }
  let end = text.length;
  for (const mark of CLAUSE_MARKS) {
    const k = text.indexOf(mark, at);
    if (k >= 0 && k < end) end = k;
  }
  return text.slice(start, end);
}
/** Marks between clauses: a comma or semicolon before a blank (not the comma of "1,450"), a dash. */
const CLAUSE_MARKS = [', ', '; ', '\u2014', '\u2013'];

type FigureFacts = {
  value: number | null;
  bound: Draft['claim']['bound'];
  low: number | null;
  high: number | null;
  unit: string | null;
  counted: string | null;
  figure: ClaimFigure;
};

function draft(unit: GeneralUnit, at: number, kind: Draft['claim']['kind'], att: SpanAttribution | null, speaker: Speaker, f: FigureFacts | null): Draft {
  const read = span(unit, att?.source ?? null);
  // The speaker without its relative clause ("Rand Paul, who opposed the bill"): the span ends where its words do.
  const cut = read && speaker.sourceText && read.text !== speaker.sourceText && read.text.startsWith(speaker.sourceText);
  const sourceSpan = cut && read && speaker.sourceText ? { start: read.start, end: read.start + speaker.sourceText.length, text: speaker.sourceText } : read;
  const content = span(unit, att?.content ?? null);
  // The cue itself may be the hedge: "The company reportedly plans to cut 500 jobs".
  const cueText = att ? unit.text.slice(att.cue[0], att.cue[1]) : '';
  // A figure no one reports takes the hedge of its own clause: "lifted off on a 1.8 billion-mile journey to Europa, which
  // scientists believe may harbor an ocean" hedges the ocean, not the journey.
  const hedge = hedgeOf(content?.text ?? (f ? clauseAround(unit.text, at) : unit.text)) ?? firstHedge(HEDGE_RE, cueText);
  return {
    claim: {
      in: unit.in,
      source: speaker.source,
      sourceText: speaker.sourceText,
      via: speaker.via,
      cue: att ? unit.text.slice(att.cue[0], att.cue[1]) : null,
      hedge,
      figure: f?.figure ?? null,
      sourceSpan,
      cueSpan: span(unit, att?.cue ?? null),
      contentSpan: content,
      sentence: unit.text,
      start: unit.start,
      end: unit.start + unit.text.length,
      kind,
      measure: null,
      value: f?.value ?? null,
      bound: f?.bound ?? null,
      low: f?.low ?? null,
      high: f?.high ?? null,
      unit: f?.unit ?? null,
      counted: f?.counted ?? null,
    },
    anchor: unit.start + at,
    unit: unit.u,
    paragraph: unit.paragraph,
    ownCue: att !== null,
  };
}
