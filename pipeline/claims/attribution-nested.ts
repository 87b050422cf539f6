/**
 * A cue met inside the content of the attribution before it in the sentence: is it that speaker's words ("X said Y
 * believes C", no attribution), one more verb of the same speaker ("X said A, adding B") or a speaker of its own after a
 * clause boundary, a subordinate clause or a relative clause ("X said A, but Y argued B")? Separate from the scan
 * because it reads only the stretch between two cues and cuts the earlier content, whatever kind the new cue is.
 */
import { isCuePrefix } from './attribution-cues.js';
import type { Compiled } from './attribution-lexicon.js';
import { MIN_CONTENT_CHARS, type SpanAttribution, appositiveSource, leadingSubject, nounPhraseBefore, trimSpan } from './attribution-phrases.js';
import { lastNonSpaceCode } from './text.js';

/** Words before a noun: a cue word after one is a noun ("these claims", "his warning"). */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'these', 'those', 'this', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);

/** Right before a second verb of the same speaker: "X praised A and said B", "X said A, adding B", 'X said “A,” adding B', "…, before insisting B". */
const COORDINATED_RE = /(?:,\s*[\u201D\u2019"]?\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+)(?:(?:also|then|later|even|before|after|while|by|without)\s+)?$/;
/** A clause boundary, perhaps with a conjunction, before a new subject: "X said C1, but Y argued C2". */
const CLAUSE_BREAK_RE =
  /(?:[,;:\u2014\u201D\u2019"]+\s*(?:[a-z]+\s+)?|\s(?:but|while|whereas|because|though|although|yet|after|before|when|since|as|if|until|and))\s*$/;
/** A sentence opening with a subordinate clause ("While X said C, …"). */
const SUBORDINATE_OPENING_RE = /^[\s\u201C"(]*(?:while|although|though|whereas|because|if|when|after|before|since|unless|until|once|as)\s/i;
/** A subordinator right before a participle cue: "…, when asked whether C", "after being asked". */
const SUBORDINATED_PARTICIPLE_RE = /[\s,\u201D"]\s*(?:when|while|after|before|if|unless|until|once|though|although)\s+(?:being\s+)?$/i;
/** A relative "who" right before a cue, perhaps with its auxiliaries and adverbs ("who had previously backed"). */
// "who" only: a clause on "which" (a paper "which ran a profile") cost content F1 on the held-out fifth of train.
const RELATIVE_BEFORE_CUE_RE = /(?<![A-Za-z'\u2019-])(who)\s+((?:[A-Za-z'\u2019]+\s+){0,3})$/i;
/** "which" right before a cue: a report, study or count's own finding ("the report, which estimated C"). */
const WHICH_BEFORE_CUE_RE = /(?<![A-Za-z'\u2019-])(which)\s+((?:[A-Za-z'\u2019]+\s+){0,2})$/i;
/** Verbs of what a document or a count finds. */
const FINDING_VERB_RE =
  /^(?:found|finds|estimated|estimates|showed|shows|projected|projects|predicted|predicts|concluded|concludes|forecast|forecasts|warned|warns)\b/i;
/** Subjects that open a relative clause ("Barkley, who said C, said D"). */
export const RELATIVE_RE = /^(?:who|which|that)$/i;

/**
 * A cue inside the content of the one before it is either that speaker's
 * words ("X said Y believes C": no second attribution, null) or starts a
 * second attribution, and then the first content ends where the second
 * begins: 'same' speaker ("X said A, adding B", "X praised A and said B"),
 * or a subject of its 'own' after a clause boundary ("X said A, but Y argued
 * B"), or the main verb after a relative clause ("Barkley, who said A, said B").
 */
export function secondAttribution(s: string, prev: SpanAttribution, at: number, c: Compiled): 'same' | 'own' | null {
  if (!prev.content || prev.content[0] < prev.cue[0]) return null;
  const cut = (end: number): void => {
    const span = prev.content ? trimSpan(s, prev.content[0], end) : null;
    prev.content = span && span[1] - span[0] >= MIN_CONTENT_CHARS ? span : null;
  };
  const between = s.slice(prev.cue[1], at);
  // "X said C when asked whether D": the subordinated participle reports on its own.
  const subordinated = SUBORDINATED_PARTICIPLE_RE.exec(between);
  if (subordinated && /(?:ed|ing)$/i.test(s.slice(at, s.indexOf(' ', at) < 0 ? s.length : s.indexOf(' ', at)).replace(/[^A-Za-z]+$/, ''))) {
    cut(prev.cue[1] + subordinated.index);
    return 'own';
  }
  const relative = prev.source !== null && RELATIVE_RE.test(s.slice(prev.source[0], prev.source[1]));
  // "Humphrey, who calls Trump a “sociopath,” said C": the comma closing the clause may sit inside a quotation's close.
  if (relative && /,[\u201D\u2019"]?\s*$/.test(between)) {
    cut(prev.cue[1] + between.lastIndexOf(','));
    return 'own';
  }
  // "…, compared with 64 percent who say the same": a relative clause's cue reports on its own (its source the pronoun);
  // the first content ends before the pronoun.
  const relativeHere = RELATIVE_BEFORE_CUE_RE.exec(between) ?? (FINDING_VERB_RE.test(s.slice(at, at + 12)) ? WHICH_BEFORE_CUE_RE.exec(between) : null);
  if (relativeHere && (relativeHere[2] ?? '').split(/\s+/).every((w) => w === '' || isCuePrefix(w))) {
    cut(prev.cue[1] + relativeHere.index);
    return 'own';
  }
  // "While Clinton has condemned C, the groups say D": a subordinate clause ends at its comma, the main clause speaks for itself.
  const comma = SUBORDINATE_OPENING_RE.test(s) ? s.indexOf(',', prev.cue[1]) : -1;
  if (comma > 0 && comma < at && prev.cue[1] < comma) {
    cut(comma);
    return 'own';
  }
  const coordinated = COORDINATED_RE.exec(between);
  // A bare comma joins a participle ("…, adding"), not a finite verb ("…, Mike Murphy, praised").
  if (coordinated && (/ing\b/.test(s.slice(at, at + 16)) || /\b(?:and|but)\b/.test(coordinated[0]))) {
    cut(prev.cue[1] + coordinated.index);
    return 'same';
  }
  // "…, and Jane Doe, the adviser, said D": a subject with its appositive starts a clause too.
  const subject = nounPhraseBefore(s, at, c.stop) ?? (/,\s*$/.test(between) ? appositiveSource(s, at, c.stop) : null);
  // "Jane Doe, noting A, said B": a participle between a subject and its verb speaks for that subject, about A.
  const prevSource = prev.source;
  const sameSubject = prevSource === null || (subject !== null && prevSource[0] >= subject[0] && prevSource[1] < prev.cue[0]);
  if (subject && subject[0] < prev.cue[0] && sameSubject && /ing$/i.test(s.slice(prev.cue[0], prev.cue[1])) && lastNonSpaceCode(s, prev.cue[0]) === COMMA) {
    const comma = s.lastIndexOf(',', at);
    prev.source = trimSpan(s, subject[0], s.lastIndexOf(',', prev.cue[0]));
    cut(comma);
    return 'own';
  }
  // "He thanked the crowd and cast doubt on C, suggested D": a strong verb of saying right after a comma, with no subject
  // of its own, is one more verb of the speaker before it.
  // A capitalised stretch before the comma is an appositive name instead ("backing Bush, Mike Murphy, said").
  const lastComma = between.lastIndexOf(',');
  const stretch = between.slice(between.lastIndexOf(',', lastComma - 1) + 1, lastComma);
  // A name or a determiner after the verb is an inverted speaker (", said the bureau's director"), handled as a closing cue.
  const verbThenNext = /^([A-Za-z]+)\s+([a-z]+)/.exec(s.slice(at));
  if (
    !subject &&
    prev.source &&
    /,\s*$/.test(between) &&
    !/^\s*[A-Z]/.test(stretch) &&
    verbThenNext?.[1] &&
    c.strong?.has(verbThenNext[1].toLowerCase()) &&
    !DETERMINERS.has(verbThenNext[2] ?? '') &&
    // "Mr. Pinchuk, described as C": a participle on the noun before it, not one more verb of the speaker.
    !PARTICIPLE_NEXT.has(verbThenNext[2] ?? '') &&
    // The speaker is the sentence's subject, not a noun inside it ("Jane Doe, author of a book calling for C, expressed D").
    (SUBJECT_PRONOUN_ALONE_RE.test(s.slice(prev.source[0], prev.source[1])) || prev.source[0] === leadingSubject(s)?.[0])
  ) {
    cut(prev.cue[1] + lastComma);
    return 'same';
  }
  if (!subject || subject[0] <= prev.cue[1]) return null;
  const m = CLAUSE_BREAK_RE.exec(s.slice(prev.cue[1], subject[0]));
  // "According to a survey, 51 percent said C": the comma closing the source opens the content, it breaks no clause.
  if (!m || prev.cue[1] + m.index <= prev.content[0]) return null;
  cut(prev.cue[1] + m.index);
  return 'own';
}

/** ',' as the last character but blanks before a cue (/,\s*$/ on the text before it, read from its end). */
const COMMA = 0x2c;
/** Words after a participle that hangs on a noun ("described as", "backed by"). */
const PARTICIPLE_NEXT: ReadonlySet<string> = new Set(['as', 'by']);
/** A subject pronoun as the whole source. */
const SUBJECT_PRONOUN_ALONE_RE = /^(?:he|she|they|we|I)$/i;
