/**
 * A reporting verb's attribution: its source before it, inverted after it ("…, said the lawyer"), after "by" in a
 * passive, or its object for a verb of feeling ("The remark worried analysts"); its content after it or before the
 * source, ending at a closing quotation; and the sourceless readings of an adverb cue ("reportedly") or a passive with
 * an infinitive ("is expected to"). Separate from the scan, which decides which word is a cue and how cues of one
 * sentence relate; this file reads one cue given the attribution before it.
 */
import { wordBefore } from './attribution-cues.js';
import type { Compiled } from './attribution-lexicon.js';
import { RELATIVE_RE } from './attribution-nested.js';
import { skipHearer } from './attribution-cue-span.js';
import { possessiveCue } from './attribution-possessor.js';
import {
  MIN_CONTENT_CHARS,
  type SpanAttribution,
  appositiveSource,
  clauseSubjectBefore,
  datelineEnd,
  leadingSubject,
  nounPhraseAfter,
  nounPhraseBefore,
  openingSubject,
  RELATIVE_PRONOUN_RE,
  trimSpan,
  whenBefore,
  withoutParticiplePiece,
  withoutTrailingPunct,
} from './attribution-phrases.js';
import { DASH_BEFORE_RE, countSubject, dashedSubject, pronounSubjectBefore, subjectBefore } from './attribution-subject.js';
import { isSpaceCode, lastNonSpaceCode } from './text.js';

/** Before a passive cue: "are forecast to reach", "is expected to", "is said to". */
const PASSIVE_TO_RE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|also\s+|now\s+|widely\s+)*$/i;

const PARTICIPLE_RE = /(?:ed|en|wn|said|thought|told|held|forecast|found)$/i;
/** A passive with an infinitive reports unnamed sources about its subject ("Temperatures are forecast to reach 40C"), like an adverb cue. */
export function raisingPassive(s: string, start: number, end: number): boolean {
  // A participle ("expected", "forecast", "said", "known"), not an adjective ("was quick to embrace").
  if (!PARTICIPLE_RE.test(s.slice(start, end))) return false;
  return /^\s+to\s/.test(s.slice(end, end + 5)) && PASSIVE_TO_RE.test(s.slice(Math.max(0, start - 30), start));
}

/**
 * A passive without an agent ("his supporters were shown chanting", "the question was asked"): its subject is
 * what is reported or shown, not who reports it; "was first reported by MSNBC" names its source (verbCue).
 */
export function agentlessPassive(s: string, start: number, end: number): boolean {
  if (!PARTICIPLE_RE.test(s.slice(start, end)) || BY_AFTER_RE.test(s.slice(end, end + BY_AFTER_WINDOW_CHARS))) return false;
  return PASSIVE_TO_RE.test(s.slice(Math.max(0, start - 30), start));
}

/** "The company reportedly plans C", "X is expected to C": no source; the content is the clause, its subject included. */
export function adverbCue(s: string, cue: [number, number], c: Compiled, prev: SpanAttribution | null): SpanAttribution | null {
  const clauseStart = prev ? Math.max(prev.cue[1], prev.content?.[1] ?? 0) : 0;
  const subject = nounPhraseBefore(s, cue[0], c.stop);
  const content = trimSpan(s, subject && subject[0] >= clauseStart ? subject[0] : clauseStart, s.length);
  return content && content[1] - content[0] >= MIN_CONTENT_CHARS ? { source: null, cue, content, p: 1 } : null;
}

/** Right before a verb whose subject opened the sentence: "…, and then said", "…, saying", '… as “fantastic,” telling'. */
const SUBJECTLESS_RE = /(?:,[\u201D\u2019"]?|[\u2014\u2013]|\band|\bbut)\s*(?:then\s+|also\s+|later\s+|perhaps\s+|instead\s+|again\s+|[a-z]+ly\s+)?$/;
/** A lone adverb read as a subject ("…, perhaps recognizing"). */
const ADVERB_ALONE_RE = /^(?:perhaps|maybe|also|then|later|still|even|instead|again|[a-z]+ly)$/;
/** Prepositions a participle of the sentence's subject may follow ("by saying", "after determining"). */
const ADVERBIAL_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'after', 'before', 'while', 'when', 'without', 'in', 'from', 'despite', 'since', 'upon']);

/** What opens the object of a verb of feeling: a determiner, a quantifier or a name, not a clause ("convinced that"). */
const EXPERIENCER_OBJECT_RE =
  /^\s+(?:(?:some|many|most|several|few|all|both|the|his|her|their|its|our|other|fellow|even)\s+|(?!(?:About|By|With|Over|For|On|In|At|That|To)\b)[A-Z])/;
/** A person as subject: "he worries C" is his own worry, not an experiencer object. */
const PERSON_PRONOUN_BEFORE_RE = /\b(?:he|she|they|we|I|you|who)\s+(?:\w+\s+){0,2}$/i;

/** Auxiliaries of a passive cue ("was first reported", "has been criticized"), the cue itself included. */
const PASSIVE_BEFORE_RE = /\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+|first\s+|also\s+|widely\s+)*\w+ed$/i;
/** "by" right after a participle, perhaps after its adverb ("echoed by", "first reported by"). */
const REDUCED_PASSIVE_RE = /^\s+(?:\w+ly\s+)?by\s/;
/** "as" right before a passive cue, perhaps opening the sentence ("As first reported by", "…, as reported by"). */
const AS_BEFORE_PASSIVE_RE = /(?:^[\s\u201C"(]*|,\s*)as\s+$/i;
/** "said by phone", "forecast by 0.1 points": "by" and a medium or an amount, no agent. */
const BY_MEDIUM_RE = /^\s+by\s+(?:[$\u20AC\u00A3\u00A5]?[0-9]|phone|telephone|email|e-mail|text|video|letter|mail|fax|satellite|video\s*link)\b/i;
/** Characters after a participle read for its agent (BY_AFTER_RE: up to three words, then "by"). */
const BY_AFTER_WINDOW_CHARS = 80;
/**
 * "by" right after the cue, perhaps after a few words ("criticized on Sunday by"); "by" and an amount is no agent
 * ("accused of overcharging customers by $50 million"), but a share of people is ("rejected by 64 percent of voters").
 */
// "by" and a gerund says how ("concluded by making it clear", "interjected by hitting Trump"), no agent.
const BY_AFTER_RE =
  /^(?:\s+[\w'\u2019-]+){0,3}?\s+by\s+(?![a-z]+ing\b)(?!(?:(?:about|around|nearly|almost|roughly|some|up\s+to|more\s+than|less\s+than)\s+)?[$\u20AC\u00A3\u00A5]?[0-9][\d.,]*(?![\d.,])(?!\s*(?:%|percent|per\s+cent)\s+of\s))/;

/** A reporting verb: source before it (or inverted after it), content after it or before the source. */
export function verbCue(
  s: string,
  cue: [number, number],
  c: Compiled,
  word: string,
  prev: SpanAttribution | null,
  sameSpeaker: boolean,
): SpanAttribution | null {
  // "below analysts' estimates of $2.1 billion": a noun after a possessive is the possessor's (attribution-possessor.ts).
  const possessive = possessiveCue(s, cue, word);
  if (possessive) return possessive;
  // "O'Malley's move was first reported by MSNBC": a passive cue names its source after "by".
  // "a call echoed by Japan", "The bill, opposed by House Republicans,": a participle with its agent needs no auxiliary.
  const reduced = PARTICIPLE_RE.test(word) && REDUCED_PASSIVE_RE.test(s.slice(cue[1], cue[1] + 40)) && !BY_MEDIUM_RE.test(s.slice(cue[1], cue[1] + 40));
  // PASSIVE_BEFORE_RE ends in "ed": a cue ending otherwise skips it.
  const passive = endsInEd(s, cue[1]) && PASSIVE_BEFORE_RE.test(s.slice(Math.max(0, cue[0] - 24), cue[1]));
  const by = reduced || passive ? BY_AFTER_RE.exec(s.slice(cue[1])) : null;
  // "The remark worried some analysts", "His behavior has angered the party's leaders": the object holds the view, the subject
  // is what it is about; a passive ("were worried") or a clause after the verb ("convinced that C") is read as usual.
  if (
    !by &&
    c.experiencerObject.has(word) &&
    !PASSIVE_TO_RE.test(s.slice(Math.max(0, cue[1] - word.length - 30), cue[1] - word.length)) &&
    !PERSON_PRONOUN_BEFORE_RE.test(s.slice(Math.max(0, cue[0] - 30), cue[0]))
  ) {
    const object = EXPERIENCER_OBJECT_RE.test(s.slice(cue[1], cue[1] + 40)) ? nounPhraseAfter(s, cue[1]) : null;
    const subject = object ? trimSpan(s, prev?.content ? Math.max(prev.content[1], prev.cue[1]) : 0, cue[0]) : null;
    if (object && subject) return { source: object, cue, content: subject, p: 1 };
  }
  if (by) {
    const source = nounPhraseAfter(s, cue[1] + by[0].length);
    const from = prev?.content ? Math.max(prev.content[1], prev.cue[1]) : 0;
    // "As first reported by Bloomberg, C" reports what follows; "C, as first reported by Bloomberg" what came before "as".
    const as = AS_BEFORE_PASSIVE_RE.exec(s.slice(from, cue[0]));
    const content =
      as && as.index === 0 && source && s.charCodeAt(source[1]) === COMMA
        ? trimSpan(s, source[1] + 1, s.length)
        : trimSpan(s, from, as ? from + as.index : cue[0]);
    if (source) return { source, cue, content: content && content[1] - content[0] >= MIN_CONTENT_CHARS ? content : null, p: 1 };
  }
  // "…, by saying C", "after determining C": a participle after a preposition has the subject of the clause it hangs on.
  const adverbial = /ing$/.test(word) && ADVERBIAL_PREPOSITIONS.has(wordBefore(s, cue[0]));
  // The participle's subject is the clause's: the speaker of the cue before it ("X told reporters, before insisting C"), else the sentence's.
  let source = sameSpeaker && prev ? prev.source : adverbial ? (prev ? prev.source : null) : subjectBefore(s, cue[0], c);
  // ", perhaps recognizing C": an adverb before a participle is no subject; the clause's subject is read below.
  if (source && ADVERB_ALONE_RE.test(s.slice(source[0], source[1]))) source = null;
  // "…,” Wendy Liebmann, founder of WSL Strategic Retail told WWD": a role after a name and its comma is the name's.
  if (source && !sameSpeaker && ROLE_START_RE.test(s.slice(source[0], source[1]))) {
    const name = NAME_THEN_COMMA_RE.exec(s.slice(Math.max(0, source[0] - 60), source[0]));
    if (name?.[1]) source = [source[0] - name[0].length + name[0].indexOf(name[1]), source[1]];
  }
  // "Jason Sims — a teacher — says C": the subject is the noun phrase before an insertion between dashes, with it.
  if (!sameSpeaker && !adverbial && DASH_BEFORE_RE.test(s.slice(Math.max(0, cue[0] - 4), cue[0]))) {
    const dashed = dashedSubject(s, cue[0], c);
    if (dashed && (source === null || source[0] > dashed[0])) source = dashed;
  }
  // Read only without a subject: SUBJECTLESS_RE ends in $ and is tried at every offset of the text before the cue.
  const subjectless = source === null && (adverbial || SUBJECTLESS_RE.exec(s.slice(0, cue[0])));
  // ", said Jane Doe" is inverted; ", saying C" and "and then said C" share the sentence's subject.
  if (
    source === null &&
    subjectless &&
    (/ing$/.test(word) || (subjectless !== true && /\b(?:and|but)\b/.test(subjectless[0]))) &&
    !/^[\u201C\u2018"]/.test(s)
  ) {
    source = pronounSubjectBefore(s, cue[0]) ?? clauseSubjectBefore(s, cue[0]) ?? leadingSubject(s);
  }
  let inverted = false;
  let relayed: SpanAttribution | null = null;
  // Pages close a quotation with an opening mark too (“…,“ said X).
  // "Reince Priebus, the party chairman, this past week announced C": the appositive ends before when it was said.
  const beforeWhen = source === null ? whenBefore(s, cue[0]) : cue[0];
  // "“The Iron Claw” tells the story of …", "“Pasta” refers to …": a quoted title or term opening the sentence is the
  // verb's subject, no speaker, and no quotation an inverted speaker closes.
  const title = source === null && titleQuoteBefore(s, beforeWhen) ? quotedTitleBefore(s, beforeWhen) : null;
  if (title && /^\s*$/.test(s.slice(0, title[0]))) return null;
  if (source === null && COMMA_OR_QUOTE_CODES.has(lastNonSpaceCode(s, beforeWhen))) {
    // "“C,” said Jane Doe": after a closing quotation a verb of saying is read inverted first; "Jane Doe, host of “The
    // Five,” said C" is read as an appositive when no speaker follows.
    const quoteThenInverting = c.inverting.has(word) && quoteClosesBefore(s, cue[0]);
    source = quoteThenInverting ? null : appositiveSource(s, beforeWhen, c.stop);
    // "The company, citing people familiar with the matter, said C": the cited phrase relays, the subject speaks.
    if (source && prev && prev.cue[0] > source[0] && prev.cue[1] < source[1]) {
      const relay = c.after.has(s.slice(prev.cue[0], prev.cue[1]).split(/\s/)[0]?.toLowerCase() ?? '');
      // "Jane Doe, noting A, said B": the participle is hers (secondAttribution), the subject stops at its comma.
      if (relay || (/ing$/i.test(s.slice(prev.cue[0], prev.cue[1])) && lastNonSpaceCode(s, prev.cue[0]) === COMMA)) {
        source = trimSpan(s, source[0], s.lastIndexOf(',', prev.cue[0]));
        if (relay) relayed = prev;
      }
    }
    // "Humphrey, who calls Trump a “sociopath,” said C": the speaker is the noun the relative clause hangs on.
    if (source === null && prev?.source && RELATIVE_RE.test(s.slice(prev.source[0], prev.source[1])) && lastNonSpaceCode(s, prev.source[0]) === COMMA) {
      source = nounPhraseBefore(s, s.lastIndexOf(',', prev.source[0]), c.stop);
    }
    // Only verbs of saying invert ("…, said the lawyer"); "…, endorsed Cruz" does not.
    // "…, said that C" opens the content: no inversion.
    if (source === null && c.inverting.has(word) && !CONTENT_OPENER_RE.test(s.slice(cue[1], cue[1] + 12))) {
      source = nounPhraseAfter(s, cue[1]);
      // An inverted speaker closes the sentence or takes an appositive (", said Jane Doe, a spokeswoman …"); a clause going on is the content.
      if (source && !AFTER_INVERTED_RE.test(s.slice(source[1], source[1] + 12))) source = null;
      // ", said he doesn't believe C", ", said his boss was C": a clause after the verb, not its speaker.
      if (source && CLAUSE_NOT_SPEAKER_RE.test(s.slice(source[0], source[1]))) source = null;
      inverted = source !== null;
    }
    if (source === null && quoteThenInverting) source = appositiveSource(s, cue[0], c.stop);
    // "The head of the Super PAC backing Bush, Mike Murphy, praised C": an appositive too long to read is still the subject's.
    if (source === null && !prev && lastNonSpaceCode(s, cue[0]) === COMMA) source = openingSubject(s, cue[0]);
  }
  // "42% say C": a share or a count as subject.
  if (source === null) source = countSubject(s, cue[0]);
  // "Asked about the vote, he said C": an opening participle clause ends at its comma; the main clause reports on its own.
  if (source === null && !prev && /^[\s\u201C"(]*$/.test(s.slice(0, cue[0])) && /(?:ed|ing)$/.test(word)) {
    const comma = s.indexOf(',', cue[1]);
    const content = comma > 0 ? trimSpan(s, cue[1], comma) : null;
    // "Conceding that C, the mayor warned D": an active participle's subject is the main clause's; "Asked about C, …" has none.
    if (content) return { source: /ing$/.test(word) ? leadingSubject(s) : null, cue, content, p: 1 };
  }
  // A participle phrase closing the source says how the speaker spoke, unless it is a cue of its own ("citing X").
  if (source && !inverted && source[1] <= cue[0] && !(prev && prev.cue[0] >= source[0] && prev.cue[1] <= source[1])) {
    source = withoutParticiplePiece(s, source);
  }
  // "better than the 8.0% drop expected": a participle after the object of a comparison is a reduced passive; no one
  // is named as its speaker.
  if (
    source &&
    !inverted &&
    source[1] <= cue[0] &&
    /ed$/.test(word) &&
    COMPARISON_OPENING_RE.test(s.slice(source[0], source[1])) &&
    /\d/.test(s.slice(source[0], source[1]))
  )
    source = null;
  // "Hamas has so far rejected", "The company has begun touting": an auxiliary after the subject is the verb's.
  if (source && !inverted && source[1] <= cue[0] && AUXILIARY_WORD_RE.test(s.slice(source[0], source[1]))) {
    const aux = AUXILIARY_IN_SOURCE_RE.exec(s.slice(source[0], source[1]));
    if (aux && aux[0].trim() !== '') source = trimSpan(s, source[0], source[0] + aux[0].length);
  }
  const afterCue = inverted && source ? source[1] : cue[1];
  const rest = withoutTrailingPunct(s.slice(afterCue));
  // "…, its chairman told reporters.": a hearer alone after the cue is no content.
  // A short clause with its auxiliary is no hearer ("The minister warned prices would rise.").
  const hearerOnly = c.hearer.has(word) && HEARER_ONLY_RE.test(rest) && !CLAUSE_AUXILIARY_RE.test(rest);
  // "said on Monday that C" has its content after; "officials said, adding that D" closes a content before it.
  const restIsTail =
    hearerOnly ||
    hearerThenParticiple(s, afterCue, c, word) ||
    TO_HEARER_END_RE.test(rest) ||
    // "…, while the company has offered 25%": a figure after the verb is its object, no closing report.
    (rest.trim().length < MIN_CONTENT_CHARS && !FIGURE_OPENING_RE.test(rest)) ||
    (TAIL_RE.test(rest) &&
      !DAY_THEN_CLAUSE_RE.test(rest) &&
      (!/\bthat\b/.test(rest) || DAY_THEN_COMMA_RE.test(rest) || (PARTICIPLE_TAIL_RE.test(rest) && !THAT_BEFORE_COMMA_RE.test(rest))));
  const contentStart = source && !inverted && source[0] < cue[0] ? source[0] : cue[0];
  // "“C,” the striker said, adding D": a quotation closing right before the speaker is the content.
  const quoteBefore = !sameSpeaker && quoteClosesBefore(s, contentStart);
  let content: [number, number] | null;
  // "…, as Canalys worries.": the "as" that opens the closing report is no part of what it reports.
  const asBefore = restIsTail || inverted || quoteBefore ? AS_BEFORE_SPEAKER_RE.exec(s.slice(Math.max(0, contentStart - 8), contentStart)) : null;
  const contentEnd = asBefore ? contentStart - asBefore[0].length : contentStart;
  if (restIsTail || inverted || quoteBefore) content = trimSpan(s, prev?.content ? Math.max(prev.content[1], prev.cue[1]) : datelineEnd(s), contentEnd);
  else content = trimSpan(s, skipHearer(s, afterCue, c, word), setOffClauseEnd(s, source, cue[1]));
  if (content && content[1] - content[0] < MIN_CONTENT_CHARS) content = null;
  // "But even as Trump claimed “C,” one of the prosecutors said D": the quotation before was another's; a clause after
  // the verb is this speaker's.
  if (content === null && quoteBefore && !restIsTail && !inverted) {
    content = trimSpan(s, skipHearer(s, afterCue, c, word), setOffClauseEnd(s, source, cue[1]));
    if (content && content[1] - content[0] < MIN_CONTENT_CHARS) content = null;
  }
  if (content === null && source === null) return null;
  if (relayed) relayed.content = content;
  return { source, cue, content, p: 1 };
}

/**
 * Where the content of a clause set off by commas ends: ", which makes chips for Apple, closed down 3.2%" — the comma
 * before the main clause's verb; an opening "With X expected to …," its comma; the sentence's end otherwise.
 */
function setOffClauseEnd(s: string, source: [number, number] | null, from: number): number {
  // "With Terence Crawford expected to vacate his title, Barrios has emerged": an opening "with" clause ends at its comma.
  if (source !== null && WITH_OPENING_BEFORE_RE.test(s.slice(0, source[0]))) {
    const comma = s.indexOf(',', from);
    return comma > 0 ? comma : s.length;
  }
  if (source === null || !RELATIVE_PRONOUN_RE.test(s.slice(source[0], source[1])) || lastNonSpaceCode(s, source[0]) !== COMMA) return s.length;
  const m = MAIN_VERB_AFTER_COMMA_RE.exec(s.slice(from));
  return m ? from + m.index : s.length;
}
const WITH_OPENING_BEFORE_RE = /^[\s\u201C"(]*with\s+$/i;
/** A comma and a verb in the past or present tense, or an auxiliary: the main clause after a relative clause. */
const MAIN_VERB_AFTER_COMMA_RE =
  /,\s+(?:[a-z]+ed|[a-z]+[^s\W]s|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|said|says|told|rose|fell|grew|won|lost|made|took|gave|came|went)\b/;

/** What follows an inverted speaker: the sentence end, an appositive, or when and where it was said. */
const AFTER_INVERTED_RE = /^\s*(?:$|[,.;:!?"\u201D\u2019)(]|(?:on|in|at|last|this|during|late|early|yesterday|today|who|which|after|before|when|while)\b)/;
/**
 * A clause read where an inverted speaker would stand: a subject pronoun and more words ("he doesn't believe"), an
 * object pronoun, a preposition or when it was said ("recalled him saying", "said in an interview with X that",
 * "tweeted Sunday after C"), or an auxiliary before any relative word ("his boss was", "it would treat"); "said Jane
 * Doe, who was there" stays.
 */
const CLAUSE_NOT_SPEAKER_RE =
  /^(?:[a-z]+ing\b|(?:he|she|they|we|I|it|you)\b[\s\u2019']+\S|(?:him|them|me|us|with|in|on|at|to|for|from|by|of|about|after|before|during|yesterday|today|tonight|this|last|earlier|later|recently|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|(?:(?!\b(?:who|whose|which|that)\b)[^,])*?\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do)\b)/;
/** Words opening a reported clause, never an inverted speaker. */
const CONTENT_OPENER_RE = /^\s+(?:that|whether|if|how|why|what|when)\b/i;
/** "…, a spokesman confirmed to “Good Morning America”.": to whom it was said ends the sentence, a name after "to". */
const TO_HEARER_END_RE = /^\s+to\s+["\u201C]?(?:the\s+)?[A-Z][\w'\u2019.&-]*(?:\s+(?:of|the|and|&|[A-Z][\w'\u2019.&-]*)){0,5}["\u201D]?$/;
/** A few words ending the sentence after a verb that takes a hearer ("told reporters", "asked the crowd"). */
const HEARER_ONLY_RE = /^(?:\s+[\w'\u2019.-]+){1,3}$/;
/** An auxiliary or a modal: the words after a cue holding one are a clause, not a hearer. */
const CLAUSE_AUXILIARY_RE = /\s(?:would|will|could|may|might|should|must|can|cannot|is|are|was|were|has|have|had|did|does)\b/i;
/**
 * What follows a cue when the content came before it: ", X said on Monday", ", X said Wednesday", ", X said Friday, as …", ", X said separately", ", adding ..." (not ', “C”': a quotation is
 * content, nor "at least" or "at most", a bound opening the content: "said at least 14 people died").
 */
const TAIL_RE =
  /^\s*(?:(?:on|in|at(?!\s+(?:least|most)\b)|last|this|during|late|early|yesterday|today)\b|(?:tonight|overnight|earlier|later|afterwards?|again|too|[a-z]+ly|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?)\s*(?:$|[,;](?!\s*[\u201C\u2018"]))|[,;](?!\s*[\u201C\u2018"]))/i;
/**
 * "…, two people familiar with the matter told Reuters on Monday, speaking on condition of anonymity.": after a hearer
 * and its comma, a participle says how the speaker spoke, or "according to" who relays it ("…, Sam Altman told staff in
 * June, according to a person who heard the remarks"); the content came before the speaker.
 */
function hearerThenParticiple(s: string, afterCue: number, c: Compiled, word: string): boolean {
  if (!c.hearer.has(word)) return false;
  const at = skipHearer(s, afterCue, c, word);
  return at > afterCue && lastNonSpaceCode(s, at) === COMMA && PARTICIPLE_OPENING_RE.test(s.slice(at, at + 24));
}
const PARTICIPLE_OPENING_RE = /^\s*(?:speaking|declining|asking|requesting|citing|adding|according\s+to)\b/;

/** A source read as a comparison's object: "better than the 8.0% drop", "than the 3% forecast" ("more than half of" counts). */
const COMPARISON_OPENING_RE = /^(?:(?:far\s+|much\s+)?(?:better|worse|higher|lower|bigger|smaller|faster|slower)\s+than|than)\s/i;
/** A role opening a source: a lower-case noun of office, perhaps after an article ("founder of X", "the chief executive"). */
const ROLE_START_RE =
  /^(?:a\s+|an\s+|the\s+)?(?:co-)?(?:founder|chief|president|director|head|spokes(?:man|woman|person)|chair(?:man|woman)?|executive|minister|secretary|professor|lawyer|attorney|analyst|economist|manager|partner|owner|leader|member|senator|governor|mayor|editor|author|researcher|scientist|adviser|advisor|coach|captain|ceo|cfo)\b/;
/** A capitalised name of two to four words and its comma, after a quotation's close, a comma or the sentence's start. */
const NAME_THEN_COMMA_RE = /(?:^|[,\u201D"]\s*)((?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w'\u2019-]*),\s*$/;

/** An auxiliary anywhere in the words: the cheap test before AUXILIARY_IN_SOURCE_RE, which tries every offset. */
const AUXILIARY_WORD_RE = /\s(?:has|have|had|is|are|was|were|will|would)\s/;
/**
 * An auxiliary ending a source read before its verb, with only adverbs or a verb of beginning or going on after it
 * ("Hamas has so far", "The company has begun"), not in a relative clause (no who/which/that before it). Longer
 * clauses ("Williams will be interviewed about Pope Francis") are left as they are.
 */
const AUXILIARY_IN_SOURCE_RE =
  /^(?:(?!\b(?:who|which|that|whom|whose)\b)[^,])*?\s(?=(?:has|have|had|is|are|was|were|will|would)(?:\s+(?:so\s+far|already|long|also|now|still|just|since|repeatedly|previously|recently|never|[a-z]+ly|begun|began|started|continued|been|kept|gone\s+on))+$)/;

/**
 * When it was said, then a clause without "that" or an infinitive: "said on Thursday it would invest …", "voted on
 * Tuesday to raise fees …" have their content after the day.
 */
const DAY_THEN_CLAUSE_RE =
  /^\s*(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?\s+(?:(?:it|he|she|they|we|I|there|the|its|his|her|their)\s+\S+|to\s+[a-z]+)\s+\S/;
/** ", as" right before a closing speaker ("…, as Canalys worries", "…, as Reuters reported"). */
const AS_BEFORE_SPEAKER_RE = /,\s*as\s+$/i;
/** A participle after the cue's comma (", adding that D"): the cue's own content came before it. */
const PARTICIPLE_TAIL_RE = /^[^,]*,\s*[a-z]+ing\b/;
/** A figure opening the words after a cue ("25%", "$5m", "£40bn"). */
const FIGURE_OPENING_RE = /^\s*[$\u00A3\u20AC\u00A5]?\d/;
/** A day and a comma right after the cue ("said on Friday, as a strike that began … halts"): the report closes there. */
const DAY_THEN_COMMA_RE = /^\s*(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?\s*,(?!\s*that\b)/;
/** "that" before the first comma after the cue: "said on Friday that C, adding that D" has its content after it. */
const THAT_BEFORE_COMMA_RE = /^[^,]*\bthat\b/;
/**
 * A comma or a quotation mark, the last character but blanks before an appositive's cue: /[,"\u201D\u2019\u00BB\u201C]\s*$/
 * on the text before it, read from its end (the regex tries every offset of the sentence).
 */
const COMMA_OR_QUOTE_CODES: ReadonlySet<number> = new Set([0x2c, 0x22, 0x201d, 0x2019, 0xbb, 0x201c]);
/** True when s[0, end) ends in "ed" in any case. */
export const endsInEd = (s: string, end: number): boolean => end >= 2 && (s.charCodeAt(end - 2) | 32) === 101 && (s.charCodeAt(end - 1) | 32) === 100;

/** Closing quotation marks (pages close with an opening one too: “…“). */
const CLOSING_QUOTE_CODES: ReadonlySet<number> = new Set([0x201d, 0x2019, 0xbb, 0x201c, 0x22]);
const COMMA = 0x2c;

/**
 * A quotation (and its comma) closing right before `end`, with something
 * quoted before it: /\S\s*[,.?!]?["”’»“]\s*,?\s*$/ on s[0, end), read
 * backwards from `end` (the regex ran over the whole sentence before it at every cue).
 */
/**
 * "“The Iron Claw” tells the story of …": a quoted title right before the verb, its closing mark after a letter or a
 * digit and no comma after it, is the subject; a quotation closes on its punctuation ("“…,” said X", "“…?” asked X").
 */
function titleQuoteBefore(s: string, end: number): boolean {
  return TITLE_QUOTE_BEFORE_RE.test(s.slice(Math.max(0, end - 4), end));
}
const TITLE_QUOTE_BEFORE_RE = /[\p{L}\p{N}][\u201D"]\s+$/u;

/** The quoted title closing right before `end` (see titleQuoteBefore), with its marks; null when it opens nowhere. */
function quotedTitleBefore(s: string, end: number): [number, number] | null {
  let close = end;
  while (close > 0 && isSpaceCode(s.charCodeAt(close - 1))) close--;
  const mark = s.charAt(close - 1);
  const open = s.lastIndexOf(mark === '"' ? '"' : '\u201C', close - 2);
  return open >= 0 && close - open <= MAX_QUOTED_TITLE_CHARS ? [open, close] : null;
}
/** Longest quoted title read as a subject. */
const MAX_QUOTED_TITLE_CHARS = 80;

function quoteClosesBefore(s: string, end: number): boolean {
  let k = end;
  while (k > 0 && isSpaceCode(s.charCodeAt(k - 1))) k--;
  if (k > 0 && s.charCodeAt(k - 1) === COMMA) {
    k--;
    while (k > 0 && isSpaceCode(s.charCodeAt(k - 1))) k--;
  }
  if (k === 0 || !CLOSING_QUOTE_CODES.has(s.charCodeAt(k - 1))) return false;
  // The regex's \S\s*[,.?!]? before the mark: any non-blank character before it.
  for (let j = k - 2; j >= 0; j--) if (!isSpaceCode(s.charCodeAt(j))) return true;
  return false;
}
