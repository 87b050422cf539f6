/**
 * Who speaks, read around a cue: the subject before a verb (a noun phrase, a relative pronoun, a restrictive relative
 * clause, a subject pronoun of the main clause, a noun phrase before a dashed insertion, a count such as "42%"), and the
 * source after "according to" or "citing". Separate from the verb reading because these only locate a speaker span;
 * what the verb makes of it (inverted, passive, appositive) is decided in attribution-verb.ts.
 */
import { quoteStateAt } from './attribution-cues.js';
import type { Compiled } from './attribution-lexicon.js';
import {
  MIN_CONTENT_CHARS,
  type SpanAttribution,
  nounPhraseAfter,
  nounPhraseBefore,
  relativeBefore,
  trimSpan,
  withCoordinatedName,
} from './attribution-phrases.js';

/**
 * Who can be cited as a source: a name, or a speaking noun ("citing officials", "citing a report"), a noun of people
 * or bodies perhaps after two modifiers ("citing the spy agency"; "citing internal data" gives reasons).
 */
const SPEAKER_NOUN_RE =
  /^\s*(?:the\s+|a\s+|an\s+|two\s+|three\s+|several\s+|unnamed\s+|senior\s+|local\s+|government\s+)*(?:[A-Z]|(?:officials?|sources?|people|persons|reports?|data|figures|statements?|surveys?|polls?|study|studies|analysts?|experts?|spokes\w+|ministry|agency|police|government|documents?|researchers|witnesses|residents|diplomats|aides?|estimates?)\b|(?:[a-z]+\s+){1,2}?(?:officials?|sources?|analysts?|experts?|ministry|agency|police|researchers|diplomats|aides?)\b)/;

/** "X said, citing officials" cites a speaker; "X said, citing low growth" gives X's reasons. */
export function citesSpeaker(s: string, at: number): boolean {
  return SPEAKER_NOUN_RE.test(s.slice(at, at + 80));
}

/** "According to X, C" / "C, according to X" / "C, citing X". */
export function sourceAfterCue(s: string, cue: [number, number], prev: SpanAttribution | null, insertion = false): SpanAttribution {
  const source = nounPhraseAfter(s, cue[1]);
  // "Reuters, citing officials, reported C": an insertion after the subject has no content of its own yet; the main
  // verb's attribution gives it (neither the subject before it nor the verb after it is what was said). Not "The
  // deficit, according to the CBO, will fall": there the subject opens what is said (the caller's choice).
  if (insertion) return { source, cue, content: null, p: 1 };
  // "Yonhap reported, citing the NIS, that C": what comes before is the relaying attribution.
  const before = trimSpan(s, prev ? Math.max(prev.cue[1], prev.content?.[1] ?? 0) : 0, cue[0]);
  const afterSource = source ? trimSpan(s, source[1], s.length) : null;
  // "According to court documents filed on Monday, the company owes C": the source's short tail and its comma open no content.
  const tail = afterSource ? SOURCE_TAIL_RE.exec(s.slice(afterSource[0], afterSource[1])) : null;
  const afterTail = afterSource && tail ? trimSpan(s, afterSource[0] + tail[0].length, afterSource[1]) : afterSource;
  const afterThat = afterTail ? trimSpan(s, afterTail[0] + (/^that\s+/i.exec(s.slice(afterTail[0]))?.[0].length ?? 0), afterTail[1]) : null;
  let content = before && before[1] - before[0] >= MIN_CONTENT_CHARS ? before : afterThat;
  if (content && content[1] - content[0] < MIN_CONTENT_CHARS) content = null;
  // "C, Reuters reported, citing X" and "Yonhap reported, citing X, that C": one content for both.
  if (prev && !content) content = prev.content;
  else if (prev && !prev.content) prev.content = content;
  return { source, cue, content, p: 1 };
}

/** A few words of time or place and a comma right after a source read after its cue ("on Monday, ", "in Washington, "). */
const SOURCE_TAIL_RE = /^(?:on|in|at|last|this|earlier|late|early)(?:\s+[\w'\u2019-]+){0,5},\s*/i;

/** Words between a subject and its verb that are no subject: auxiliaries, and a preposition opening an adverbial ("who in the past has voiced"). */
const NOT_A_SUBJECT_START_RE =
  /^(?:has|have|had|is|are|was|were|will|would|could|should|can|may|might|must|does|did|do|in|on|at|during|through|for|since|over|together|jointly|perhaps|now|once|still|then)\b/i;

/**
 * The subject right before a verb: a noun phrase or a relative pronoun. A phrase opening with an auxiliary or a
 * preposition is what stands between the subject and the verb ("Beck, who has in the past described"): the
 * subject is read before it.
 */
export function subjectBefore(s: string, at: number, c: Compiled): [number, number] | null {
  const span = phraseSubjectBefore(s, at, c);
  if (!span) return null;
  // "…, with the health service saying C": "with" opens a participle clause; its noun phrase is the speaker.
  const withOpening = PARTICIPLE_CUE_RE.test(s.slice(at, at + 24)) ? WITH_OPENING_RE.exec(s.slice(span[0], span[1])) : null;
  return subjectOfPhrase(s, withOpening ? [span[0] + withOpening[0].length, span[1]] : span);
}
/** A participle cue ("saying", "expected"): after "with X", X is its subject ("With Terence Crawford expected to vacate …"). */
const PARTICIPLE_CUE_RE = /^[A-Za-z]+(?:ing|ed)\b/;
/** "both", "all", "each" after the subject they quantify. */
const FLOATING_QUANTIFIER_RE = /^(?:both|all|each)$/;
const WITH_OPENING_RE = /^with\s+(?=\S)/i;

function phraseSubjectBefore(s: string, at: number, c: Compiled): [number, number] | null {
  let np = nounPhraseBefore(s, at, c.stop);
  // "He and Rep. Bob Goodlatte (R-Va.) both condemned": a floating quantifier alone stands for the phrase before it.
  if (np && FLOATING_QUANTIFIER_RE.test(s.slice(np[0], np[1]))) {
    const head = nounPhraseBefore(s, np[0], c.stop);
    if (head) np = [head[0], np[1]];
  }
  if (np) np = withCoordinatedName(s, np, c.stop);
  if (!np || !NOT_A_SUBJECT_START_RE.test(s.slice(np[0], np[1]))) return (np && withRestrictiveRelative(s, np, c)) ?? np ?? relativeBefore(s, at);
  // "That is why critics say": the subject follows the wh-word of a clause opening with its verb.
  const wh = WH_IN_PHRASE_RE.exec(s.slice(np[0], np[1]));
  if (wh) return trimSpan(s, np[0] + wh.index + wh[0].length, np[1]) ?? np;
  const relative = relativeBefore(s, np[0]);
  if (relative && /^who$/i.test(s.slice(relative[0], relative[1]))) return withRestrictiveRelative(s, np, c) ?? relative;
  return relative && WHO_WHICH_RE.test(s.slice(relative[0], relative[1])) ? relative : np;
}

/**
 * The subject inside the words read before a verb, when they are more than it: after a wh-word and the auxiliary
 * of a question ("What do potential customers see", "This matches what sources told me"), and a subject pronoun
 * ending them ("In the interview with her lawyer she admitted", "This year they decided", "so we should ask").
 */
export function subjectOfPhrase(s: string, span: [number, number]): [number, number] {
  const text = s.slice(span[0], span[1]);
  // "In 2010 Congress authorized", "Back in September Mayor London Breed proposed": when, not who.
  const when = LEADING_TIME_RE.exec(text);
  if (when && when[0].length < text.length) return subjectOfPhrase(s, [span[0] + when[0].length, span[1]]);
  // "2. Wainwright has hailed": a list item's number is no part of its subject.
  const marker = LIST_MARKER_RE.exec(text);
  if (marker && marker[0].length < text.length) return subjectOfPhrase(s, [span[0] + marker[0].length, span[1]]);
  const conjunction = LEADING_CONJUNCTION_RE.exec(text);
  if (conjunction && conjunction[0].length < text.length) return subjectOfPhrase(s, [span[0] + conjunction[0].length, span[1]]);
  const pronoun = TRAILING_SUBJECT_PRONOUN_RE.exec(text);
  const word = pronoun?.[1] ?? pronoun?.[2];
  if (pronoun && word && (pronoun.index > 0 || pronoun[2])) return [span[1] - word.length, span[1]];
  const wh = WH_OPENING_RE.exec(text);
  if (wh && wh[0].length < text.length) return trimSpan(s, span[0] + wh[0].length, span[1]) ?? span;
  return span;
}
/** A time adverbial opening the words before a verb, without its comma: a year, a month, a day, a season, a week. */
const LEADING_TIME_RE =
  /^(?:back\s+)?(?:(?:in|on|during|since|by)\s+(?:early\s+|late\s+|mid-?)?(?:(?:19|20)\d{2}|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:the\s+)?(?:spring|summer|autumn|fall|winter))|(?:last|this|next|earlier\s+this|later\s+this)\s+(?:week|month|year|spring|summer|autumn|fall|winter|season|weekend))(?:\s+(?:19|20)\d{2})?,?\s+(?=\S)/i;
/** The marker of a numbered list's item ("2. ", "10) "). */
const LIST_MARKER_RE = /^\d{1,2}[.)]\s+(?=\p{Lu})/u;
/** "So" opening a clause ("So they threaten"): no part of its subject ("so far", "so-called" are read as words). */
const LEADING_CONJUNCTION_RE = /^so\s+(?!far\b|called\b|much\b|many\b)/i;
/** A nominative pronoun ending a phrase, after a blank: what the words before it set the scene for. */
const TRAILING_SUBJECT_PRONOUN_RE = /\s(he|she|they|we|I)$|\b(?:do|does|did|can|could|will|would|should|are|were)\s+(you)$/i;
/** Words up to the last wh-word of a phrase, and an auxiliary after it ("how do", "what can"). */
const WH_OPENING_RE = /^(?:.*\s)?(?:what|how|why|where|whom)\s+(?:(?:do|does|did|can|could|will|would|should|is|are|was|were|has|have|had)\s+)?/i;

/**
 * "People who know him say C", "Residents who were evacuated on Sunday said C": the words read before the verb are a
 * relative clause on "who" (no comma before it); the subject is the noun phrase it qualifies, with the clause. Null
 * when `clause` follows no "who" or no noun phrase comes before it.
 */
function withRestrictiveRelative(s: string, clause: [number, number], c: Compiled): [number, number] | null {
  const who = /(?<![A-Za-z'\u2019-])who\s+$/i.exec(s.slice(Math.max(0, clause[0] - 8), clause[0]));
  if (!who) return null;
  const head = nounPhraseBefore(s, clause[0] - who[0].length, c.stop);
  return head ? [head[0], clause[1]] : null;
}
/** The last wh-word of a phrase, and the blanks after it. */
const WH_IN_PHRASE_RE = /\b(?:why|what|how|where|whom)\s+(?!.*\b(?:why|what|how|where|whom)\s)/i;
const WHO_WHICH_RE = /^(?:who|which)$/i;

/**
 * A nominative pronoun opening a main clause (after the sentence start, a comma, "then", "and" or "but"): never an
 * object ("he", not "him"), nor the subject of a subordinate clause ("the suggestion that he was").
 */
const SUBJECT_PRONOUN_RE =
  /(?:^|[,;]\s*|\b(?:then|and|but|yet|so|later|earlier|ago|afterwards?|instead|meanwhile|now|today|yesterday)\s+)((?:he|she|they|we|I)\s+)(?=[a-z])(?!or\b)/gi;

/**
 * The nearest subject pronoun before a verb that has no subject of its own ("A month later, he visited X and
 * explained C": he, not "A month"), outside quotations; null when none.
 */
export function pronounSubjectBefore(s: string, at: number): [number, number] | null {
  let found: [number, number] | null = null;
  SUBJECT_PRONOUN_RE.lastIndex = 0;
  for (let m = SUBJECT_PRONOUN_RE.exec(s); m !== null && m.index < at; m = SUBJECT_PRONOUN_RE.exec(s)) {
    const at0 = m.index + m[0].length - (m[1]?.length ?? 0);
    if (!quoteStateAt(s, at0, false)) found = trimSpan(s, at0, m.index + m[0].length);
  }
  return found;
}

/** An insertion between dashes right before a verb ("— a teacher from Mount Pleasant —", "-- and some Republicans --", " - in a line aimed at X - "). */
const DASHED_INSERTION_RE = /(?:[\u2014\u2013]|--|\s-\s)[^\u2014\u2013]{1,120}?(?:[\u2014\u2013]|--|\s-)\s*$/;
/** A dash (two hyphens, or a hyphen between blanks) and blanks right before a verb. */
export const DASH_BEFORE_RE = /(?:[\u2014\u2013]|--|\s-)\s*$/;
/** A count or a share opening a clause right before a verb ("42% say", "while 30 percent said" reads as words). */
const COUNT_SUBJECT_RE = /(?:^|[,;:]\s*|\b(?:and|but|while|whereas)\s+)(\d[\d,.]*%?)\s+$/;

/** "Jason Sims — a teacher from Mount Pleasant — says": the noun phrase before the dashes, with the insertion. */
export function dashedSubject(s: string, at: number, c: Compiled): [number, number] | null {
  const before = s.slice(0, at);
  const m = DASHED_INSERTION_RE.exec(before);
  if (!m) return null;
  const head = nounPhraseBefore(s, m.index, c.stop);
  return head ? trimSpan(s, head[0], at) : null;
}

/** "42% say C", "Of those asked, 43 said C": a count as the subject (nounPhraseBefore wants a word). */
export function countSubject(s: string, at: number): [number, number] | null {
  const m = COUNT_SUBJECT_RE.exec(s.slice(Math.max(0, at - 40), at));
  if (!m?.[1]) return null;
  const start = at - m[0].length + m[0].lastIndexOf(m[1]);
  return trimSpan(s, start, start + m[1].length);
}
