/**
 * The phrases around a reporting cue: the source noun phrase before it (with
 * titles, appositions and a party parenthesis: "Sen. Ted Cruz, R-Texas"), after
 * it ("said the lawyer for the defendant", "according to X"), the sentence's
 * opening subject for a participle ("…, saying"), and span trimming.
 *
 * Invariant: every span is [start, end) in the string given, trimmed of
 * blanks, quotation marks and punctuation at both ends.
 */

import { isSpaceCode, lastNonSpaceCode } from './text.js';

/** One attribution; [start, end) offsets into the sentence. */
export interface SpanAttribution {
  source: [number, number] | null;
  cue: [number, number];
  content: [number, number] | null;
  /**
   * The cue model's probability of the cue word when the model chose it; 1 when a rule read the form. Every
   * attribution is built with it, so all have one shape (a property added later would give them two).
   */
  p: number;
}

/** Longest source, in words, looked for before or after a cue. */
const MAX_SOURCE_WORDS = 7;
/**
 * Longest source opening the sentence. Business and court copy names long bodies as subjects ("A survey by the
 * Confederation of British Industry found"); within a sentence a longer reading mostly takes in clause words.
 */
const MAX_OPENING_SOURCE_WORDS = 10;

/** A short parenthesis ending the text before a cue: "(R-OK)", "(D-Vt.)". */
const PAREN_BEFORE_RE = /\s*\([^()]{1,30}\)\s*$/;

/** Characters before a cue searched for its source (MAX_SOURCE_WORDS long words). */
const SOURCE_WINDOW_CHARS = 160;

/** Longest appositive between a source and its cue ("Ted Cruz, R-Texas, said"). */
const MAX_APPOSITIVE_WORDS = 16;

const PUNCT_STOP = /[,;:()\u2014\u2013"\u201C\u201D\u201E\u00AB\u00BB]/;
/** Letters (perhaps an apostrophe or a period) after the last of PUNCT_STOP's marks, ending a word. */
const GLUED_AFTER_MARK_RE = /(?<=[,;:()\u2014\u2013"\u201C\u201D\u201E\u00AB\u00BB])[A-Za-z][A-Za-z.'\u2019-]*$/;
/** A number with thousands separators is one word of a source, its commas no stop ("The survey of 2,000 adults found"). */
const GROUPED_NUMBER_RE = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** An age in commas closing a source ("The defendant, 34", "The DJ, 39, who …"): no part of who speaks; "21,000" is one number. */
export const AGE_AFTER_NAME_RE = /(?<!\d),\s*\d{1,3}$/;
export const TRAILING_PUNCT = /[\s.,;:!?"'\u201C\u201D\u2018\u2019\u00AB\u00BB)]+$/;
const LEADING_JUNK = /^[\s,:;"'\u201C\u201D\u201E\u2018\u2019\u00AB\u00BB(\u2014\u2013-]+/;
/** The characters of LEADING_JUNK and TRAILING_PUNCT but blanks, for trimSpan's scan. */
const LEADING_JUNK_CODES: ReadonlySet<number> = new Set([...',:;"\'\u201C\u201D\u201E\u2018\u2019\u00AB\u00BB(\u2014\u2013-'].map((ch) => ch.charCodeAt(0)));
const TRAILING_PUNCT_CODES: ReadonlySet<number> = new Set([...'.,;:!?"\'\u201C\u201D\u2018\u2019\u00AB\u00BB)'].map((ch) => ch.charCodeAt(0)));
const isLeadingJunkCode = (c: number): boolean => isSpaceCode(c) || LEADING_JUNK_CODES.has(c);
const isTrailingPunctCode = (c: number): boolean => isSpaceCode(c) || TRAILING_PUNCT_CODES.has(c);

/**
 * `text` without its trailing TRAILING_PUNCT: a scan back over char codes, as the regex is tried at every
 * blank of the text (every verb cue reads the rest of its sentence so).
 */
export function withoutTrailingPunct(text: string): string {
  let end = text.length;
  while (end > 0 && isTrailingPunctCode(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** The noun phrase ending right before `end` (a name, "the minister", "he"), or null. */
export function nounPhraseBefore(s: string, end: number, stop: ReadonlySet<string>): [number, number] | null {
  // "Gov. Mary Fallin (R-OK) said": the parenthesis belongs to the name before it.
  const paren = lastNonSpaceCode(s, end) === CLOSE_PAREN ? PAREN_BEFORE_RE.exec(s.slice(Math.max(0, end - 40), end)) : null;
  if (paren) {
    const head = nounPhraseBefore(s, end - paren[0].length, stop);
    return head ? [head[0], end - (paren[0].length - paren[0].trimEnd().length)] : null;
  }
  // "Sen. Bernie Sanders (I-Vt.) on Saturday criticized": when it was said is no part of who said it.
  const when = WHEN_LAST_CODES.has(lastNonSpaceCode(s, end)) ? WHEN_BEFORE_RE.exec(s.slice(Math.max(0, end - 24), end)) : null;
  if (when && when.index > 0) {
    const head = nounPhraseBefore(s, end - when[0].length + 1, stop);
    // "A Reuters/Ipsos poll released on Tuesday showed": after a participle the day is part of the phrase.
    return head && PARTICIPLE_END_RE.test(s.slice(head[0], head[1])) ? trimSpan(s, head[0], end) : head;
  }
  // A source is a few words: the last stretch of the text is enough to find it.
  // Its words (runs of non-space) are read backwards from `end`, as many as can
  // be taken: this runs at every cue, and splitting the whole stretch into
  // words first cost more than the rest of the search (measured). The stretch's
  // first word may be cut by it, so it is never read unless the text starts there.
  const from = Math.max(0, end - SOURCE_WINDOW_CHARS);
  let first = -1;
  let at = end;
  /** Where the source starts when it is at most MAX_SOURCE_WORDS long. */
  let firstShort = -1;
  for (let n = 0; n < MAX_OPENING_SOURCE_WORDS; n++) {
    if (n === MAX_SOURCE_WORDS) firstShort = first;
    let wordEnd = at;
    while (wordEnd > from && isSpaceCode(s.charCodeAt(wordEnd - 1))) wordEnd--;
    if (wordEnd <= from) break;
    let wordStart = wordEnd;
    while (wordStart > from && !isSpaceCode(s.charCodeAt(wordStart - 1))) wordStart--;
    if (from > 0 && onlySpaceBetween(s, from, wordStart)) break;
    const text = s.slice(wordStart, wordEnd);
    if (WORD_END_MARK_CODES.has(s.charCodeAt(wordEnd - 1))) {
      if (n === 0) return null;
      break;
    }
    // Acronyms are names, not function words: "The WHO said".
    if (PUNCT_STOP.test(text) && !GROUPED_NUMBER_RE.test(text)) {
      // "bad,”Clinton said", "(Frank cites", "a plane—people suspected": a word glued to the mark before it is read alone.
      const glued = GLUED_AFTER_MARK_RE.exec(text);
      if (glued && !stop.has(glued[0].toLowerCase())) first = wordEnd - glued[0].length;
      break;
    }
    if (stop.has(text.toLowerCase()) && text !== text.toUpperCase()) break;
    first = wordStart;
    at = wordStart;
  }
  // A reading longer than MAX_SOURCE_WORDS stands only when it opens the sentence or follows a closing quotation
  // ("“…,” University of Texas at San Antonio astrophysics professor Angela Speck said").
  if (
    firstShort >= 0 &&
    first < firstShort &&
    !/^[\s\u201C\u201D"'(]*$/.test(s.slice(0, first)) &&
    !QUOTE_CLOSED_BEFORE_RE.test(s.slice(Math.max(0, first - 4), first))
  )
    first = firstShort;
  if (first < 0) return null;
  const span = trimSpan(s, first, end);
  return span && /[A-Za-z]/.test(s.slice(span[0], span[1])) ? span : null;
}

/** Where a day or "this past week" right before `end` starts ("Jane Doe, the mayor, on Monday said"); `end` when none. */
export function whenBefore(s: string, end: number): number {
  if (!WHEN_LAST_CODES.has(lastNonSpaceCode(s, end))) return end;
  const when = WHEN_BEFORE_RE.exec(s.slice(Math.max(0, end - 24), end));
  return when && when.index > 0 ? end - when[0].length : end;
}

/** A quotation closing (after its comma or its end mark) right before a phrase. */
const QUOTE_CLOSED_BEFORE_RE = /[,.!?][\u201D"]\s*$/;
const CLOSE_PAREN = 0x29;
const PERIOD = 0x2e;
const isCapitalCode = (c: number): boolean => c >= 65 && c <= 90;
/** A phrase ending in a participle of publishing or holding ("a poll released", "a survey conducted"). */
const PARTICIPLE_END_RE = /\s(?:released|published|issued|conducted|taken|held|posted|filed|announced|unveiled)$/;
/** Last letters of WHEN_BEFORE_RE's words (day, week, month, year, night): most cues skip the regex. */
const WHEN_LAST_CODES: ReadonlySet<number> = new Set([...'ykhrt'].map((ch) => ch.charCodeAt(0)));
/** A day, "last week" or "this past month" right before a cue, after the speaker. */
const WHEN_BEFORE_RE =
  /\s(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|yester|to)day|(?:earlier\s+this|(?:last|this)(?:\s+past)?)\s+(?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last\s+night)\s*$/;

/** A comma, a semicolon, a colon, a question or exclamation mark, or a closing quotation mark ending a word: no source reaches over it ("Why now? Experts say"). */
const WORD_END_MARK_CODES: ReadonlySet<number> = new Set([...',;:?!"\u201C\u201D\u00BB'].map((ch) => ch.charCodeAt(0)));

function onlySpaceBetween(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(s.charCodeAt(i))) return false;
  return true;
}

/**
 * Up to three comma-separated pieces before a cue; a piece may hold a short quoted title, its comma inside the
 * closing mark ("Dana Perino, a host of “The Five,” said").
 */
const APPOSITIVE_RE = /,\s*((?:(?:[^,;:"\u201C\u201D]|\u201C[^\u201C\u201D]{1,60}\u201D|"[^"]{1,60}")+?(?:,|(?<=,[\u201D"]))\s*){1,3})$/;
/**
 * A name or title opening the sentence ("Vermont Sen. Bernie Sanders", "The judge"); a lower-case noun phrase of up to
 * three words when an auxiliary follows it ("The chief executive was blunt:").
 */
const LEADING_NP_RE =
  /^(?:(?:The|A|An|His|Her|Their|Its)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?=\s+(?:is|are|was|were|has|have|had|will|would|could|can)\b)|(?:The|A|An|His|Her|Their|Its)\s+[a-z][\w-]*|(?:(?:[A-Z][\w\u2019'.-]*|of|for|the|and)\s+)*[A-Z][\w\u2019'.-]*)/;

/** Words opening an adverbial or a clause, not a subject ("After the vote, …", "Asked about it, …"). */
const NOT_A_SUBJECT_OPENER: ReadonlySet<string> = new Set(
  'after when if as while although though because since before despite in on at for with by from during until unless but and so yet or asked speaking to of about under over like instead meanwhile however still then now here there this that it nevertheless nonetheless moreover furthermore additionally also thus hence therefore indeed finally overall separately elsewhere'.split(
    ' ',
  ),
);
/** Longest subject with its appositives before a verb ("76-year-old Morton Blackwell, founder of …, endorsed"). */
const MAX_OPENING_SUBJECT_WORDS = 40;

/**
 * The sentence's opening noun phrase with its appositives, up to `end` (the
 * verb): "The head of the Super PAC backing Bush, Mike Murphy, praised".
 * Null when the sentence opens with an adverbial or a quotation.
 */
export function openingSubject(s: string, end: number): [number, number] | null {
  const first = /^\s*([A-Za-z0-9][\w\u2019'.-]*)/.exec(s);
  if (!first?.[1] || NOT_A_SUBJECT_OPENER.has(first[1].toLowerCase()) || !/^[A-Z0-9]/.test(first[1])) return null;
  const piece = s.slice(0, end);
  if (/["\u201C\u201D;:]/.test(piece) || (piece.match(/\s+/g)?.length ?? 0) >= MAX_OPENING_SUBJECT_WORDS) return null;
  return trimSpan(s, 0, end);
}

/** The noun phrase opening the sentence, for a verb whose subject it is. */
export function leadingSubject(s: string): [number, number] | null {
  // "Washington (AFP) – Jane Doe has …, saying C", "Hours later, Trump …, telling C": a dateline and an opening
  // adverbial of time are no subject.
  const skipped = DATELINE_START_RE.exec(s)?.[0].length ?? 0;
  const time = OPENING_TIME_RE.exec(s.slice(skipped));
  const start = skipped + (time ? time[0].length : 0);
  // "Instead, the senator is sticking to C, hoping D": an opening adverbial ends at its comma; the subject follows.
  const opening = /^\W*([A-Za-z]+)/.exec(s.slice(start));
  let first = opening?.[1]?.toLowerCase() ?? '';
  let from = start;
  // "But Frank teases out C, laying bare D": a conjunction opening the sentence is no part of its subject.
  const conjunction = opening && OPENING_CONJUNCTIONS.has(first) ? /^\s+(?![a-z]+,)(?=[A-Za-z])/.exec(s.slice(start + opening[0].length)) : null;
  if (opening && conjunction) {
    from = start + opening[0].length + conjunction[0].length;
    first = /^[A-Za-z]+/.exec(s.slice(from))?.[0].toLowerCase() ?? '';
  }
  if (NOT_A_SUBJECT_OPENER.has(first) || /(?:ly|ing)$/.test(first)) {
    const comma = s.indexOf(',', from);
    if (comma < 0 || comma - from > MAX_OPENING_ADVERBIAL_CHARS) return null;
    from = comma + 1;
    while (from < s.length && s.charCodeAt(from) === 32) from++;
  }
  const rest = s.slice(from);
  const lead = LOWER_DETERMINER_NP_RE.exec(rest) ?? LEADING_NP_RE.exec(rest);
  if (!lead || /^(?:The|A|An|But|And|In|On|At|As|If|When|After|Before|While|This|That|It)$/.test(lead[0])) return null;
  return trimSpan(s, from, from + lead[0].length);
}

/** A word right after a noun phrase that can be its finite verb: past forms, auxiliaries, a few irregular pasts, a present in -s. */
const VERB_AFTER_SUBJECT_RE =
  /^(?:[a-z]+(?:ed|s)|is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|made|took|gave|told|said|won|lost|went|came|got|put|set|led|left|spent|paid|sent|kept|held|ran|began|brought|thought|saw|knew|became|wrote|spoke|stood|struck|drew|chose|threw|hit|cut|shot)$/;
/**
 * A clause opening with its subject: an optional subordinator or conjunction, then a name, a pronoun or a determiner's
 * noun phrase (as few words as leave a verb after it), then the verb.
 */
const CLAUSE_WITH_SUBJECT_RE =
  /^\s*(?:(?:and|but|yet|so|when|after|as|once|while|because|before|until|since|then)\s+)?((?:(?:[A-Z][\w\u2019'.-]*|of|the|and)\s+)*?[A-Z][\w\u2019'.-]*(?:\s+[a-z][\w-]*)??|he|she|they|we|I|(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+([a-z]+)\b/;

/**
 * The subject of the clause a closing participle hangs on, when that clause is not the sentence's first piece: "But a
 * few days later, Trump reversed himself, telling C"; "…, when Sanders protesters interrupted her speech, shouting C".
 * The clause is the comma piece right before the participle's comma; null when there is none, when it holds a
 * quotation mark, or when it does not open with a noun phrase and a word that can be its verb ("…, Rubio and Cruz in
 * Iowa, saying": no verb; "…, Tex., saying": no clause).
 */
export function clauseSubjectBefore(s: string, cue: number): [number, number] | null {
  const comma = s.lastIndexOf(',', cue - 1);
  if (comma <= 0 || !/^[\s\u201D\u2019"]*(?:[a-z]+\s+)?$/.test(s.slice(comma + 1, cue))) return null;
  const start = s.lastIndexOf(',', comma - 1) + 1;
  if (start <= 0 || /["\u201C\u201D;:]/.test(s.slice(start, comma))) return null;
  const m = CLAUSE_WITH_SUBJECT_RE.exec(s.slice(start, comma));
  if (!m?.[1] || !m[2] || !VERB_AFTER_SUBJECT_RE.test(m[2]) || NOT_A_SUBJECT_OPENER.has(m[1].toLowerCase())) return null;
  return trimSpan(s, start + m[0].indexOf(m[1]), start + m[0].indexOf(m[1]) + m[1].length);
}

/** Where a dateline opening the sentence ends (0 when none): "BEIJING, Dec 7 (Reuters) - China's exports rose …". */
export function datelineEnd(s: string): number {
  return DATELINE_START_RE.exec(s)?.[0].length ?? 0;
}

/** A dateline opening a story's first sentence: "Washington (AFP) – ", "BEIJING, Dec 7 (Reuters) - ", "NEW YORK ― " (the splitter keeps some). */
const DATELINE_START_RE =
  /^\s*(?:[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3}(?:,\s*[A-Z][A-Za-z.]*(?:\s+(?:[A-Z][A-Za-z.]*|\d{1,2}))?)?\s*\([A-Za-z. ]{2,20}\)|[A-Z][A-Z.'-]{2,}(?:\s+[A-Z][A-Z.'-]*){0,3})\s*(?:[\u2013\u2014\u2015]|--?)\s*/;
/** An opening adverbial of time and its comma: "Hours later, ", "Earlier Wednesday, ", "A week ago, ". */
const OPENING_TIME_RE =
  /^\s*(?:[A-Za-z]+\s+){0,3}?(?:later|earlier|ago|afterwards?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|morning|afternoon|evening|night|week|weekend|month|year)\s*,\s*/;
/** Conjunctions opening a sentence before its subject ("But the senator", "Yet she"). */
const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so', 'or']);
/** One of OPENING_CONJUNCTIONS, capitalised, and its blanks opening a phrase. */
const OPENING_CONJUNCTION_RE = /^(?:But|And|Yet|So|Or)\s+(?=\S)/;
/** Longest opening adverbial skipped for the subject after it ("Hours later, Trump …"). */
const MAX_OPENING_ADVERBIAL_CHARS = 80;
/** A subject after an opening adverbial: "the Vermont senator", "the real estate tycoon". */
const LOWER_DETERMINER_NP_RE =
  /^(?:the|a|an|his|her|their|its)\s+(?:[A-Z][\w\u2019'.-]*\s+)*(?:(?!(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did)\b)[a-z][\w-]*(?:\s+|$)){1,3}/;

/** A relative pronoun right before a verb, perhaps with when it was said between them ("who on Tuesday endorsed"). */
const RELATIVE_BEFORE_RE =
  /\b(who|which|that)\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|yester|to)day\s+|(?:last|this)\s+(?:week|month|year)\s+)?$/i;
/** Characters read before a verb for RELATIVE_BEFORE_RE ("which " and "last month "). */
const RELATIVE_WINDOW_CHARS = 28;

/** "who said", "which found", "who on Tuesday endorsed": the relative pronoun stands for the source. */
export function relativeBefore(s: string, at: number): [number, number] | null {
  const m = RELATIVE_BEFORE_RE.exec(s.slice(Math.max(0, at - RELATIVE_WINDOW_CHARS), at));
  if (!m?.[1]) return null;
  const start = at - m[0].length;
  return [start, start + m[1].length];
}

/** A span that opens a quoted title keeps its closing mark ("a host of “The Five”"), which trimming took off. */
function withClosingQuote(s: string, span: [number, number] | null): [number, number] | null {
  if (!span) return null;
  const open = s.lastIndexOf('\u201C', span[1] - 1);
  if (open < span[0] || s.indexOf('\u201D', open) < span[1]) return span;
  const close = s.indexOf('\u201D', span[1]);
  return close >= 0 && close - span[1] <= 2 ? [span[0], close + 1] : span;
}

/** A noun phrase opening with an article ("the State Department inspector general", "a federal judge"). */
const ARTICLE_HEAD_RE = /^(?:the|a|an)\s+\S/;
/** After a comma, a possessive noun phrase ("her cousin", "his lawyer"), a name and the comma before the cue. */
const KIN_THEN_NAME_RE = /,\s*((?:his|her|their|its)\s+[^,;:"\u201C\u201D]{1,40},\s*[A-Z][^,;:"\u201C\u201D]{1,40}),\s*$/;
/** A capitalised name after a closing quotation, a comma or the start, then ", who …," up to the cue. */
const NAME_THEN_LONG_WHO_RE = /(?:^|[,\u201D"]\s*)((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*),\s+who\s[^;:"\u201C\u201D]{1,200},\s*$/;
/** Nothing before a subject but the sentence start, an opening adverbial and its comma, or a conjunction. */
const CLAUSE_START_BEFORE_RE = /^[\s\u201C"(]*(?:[^,;:"\u201C\u201D]{1,80},\s*)?(?:(?:but|and|yet|so|while|when|although|though|because|if)\s+)?$/i;

/**
 * "Ted Cruz, R-Texas, said" / "Jane Doe, a spokeswoman for the campaign,
 * said": the subject before an appositive in commas, with the appositive.
 */
/** A comma between digits. */
const NUMBER_COMMA_RE = /(\d),(?=\d)/g;

/**
 * A comma-separated piece opening with a participle of how or where one spoke ("speaking to reporters", "writing on
 * X"), a medium ("in an interview with CNBC") or a day ("on Monday"); "including the mayor", "representing the
 * family" say who the speaker is and stay.
 */
const PARTICIPLE_PIECE_RE =
  /^\s*(?:speaking|talking|writing|addressing|appearing|testifying|responding|replying|reacting|commenting|standing|sitting|visiting|posting|briefing|interviewed|asked|reached|contacted|in\s+(?:a|an|his|her|their|its)\s+(?:\w+\s+)?(?:interview|statement|email|letter|post|speech|call|briefing|news\s+conference|press\s+conference)|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*$)\b/;

/**
 * "Ruby Freeman and her daughter Shaye Moss had sought", "Sanders and Clinton said": a name (or a subject pronoun)
 * and "and" before the phrase, opening the sentence or a clause after a comma, are one subject with it. Only a name:
 * "Prices rose and analysts said" joins two clauses.
 */
export function withCoordinatedName(s: string, np: [number, number], stop: ReadonlySet<string>): [number, number] {
  const and = AND_BEFORE_RE.exec(s.slice(Math.max(0, np[0] - 6), np[0]));
  if (!and) return np;
  const andAt = np[0] - and[0].length;
  const first = nounPhraseBefore(s, andAt, stop);
  if (!first || !COORDINATED_NAME_RE.test(s.slice(first[0], first[1])) || !COORDINATION_START_RE.test(s.slice(Math.max(0, first[0] - 4), first[0]))) return np;
  return [first[0], np[1]];
}
const AND_BEFORE_RE = /\s(?:and|&)\s+$/;
/**
 * Capitalised words (an initial, a title with its period), perhaps after "the", or a subject pronoun; an institution's
 * name may hold "of" or "for" ("The Department of Health and Human Services said").
 */
const COORDINATED_NAME_RE =
  /^(?:(?:[Tt]he\s+)?\p{Lu}[\p{L}.'\u2019-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?\p{Lu}[\p{L}.'\u2019-]*){0,4}|[Hh]e|[Ss]he|I|[Ww]e|[Tt]hey)$/u;
/** The sentence's start (perhaps an opening quotation mark) or a comma, semicolon or colon before a phrase. */
const COORDINATION_START_RE = /(?:^|[,;:]\s*|^[\s\u201C"(]*)$/;

/**
 * "The officer, speaking on condition of anonymity, said", "The mayor, reached by phone, said": a participle phrase
 * closing a source is how the speaker spoke, not who the speaker is; the source ends before it.
 */
export function withoutParticiplePiece(s: string, source: [number, number]): [number, number] {
  // Most sources hold no comma, and so no phrase: one native search spares them the copy and its replace.
  if (s.lastIndexOf(',', source[1] - 1) < source[0]) return source;
  const text = s.slice(source[0], source[1]).replace(NUMBER_COMMA_RE, '$1_');
  // The source ends before the comma closing the phrase: the phrase is what follows its last comma.
  const open = text.lastIndexOf(',');
  if (open <= 0 || !PARTICIPLE_PIECE_RE.test(text.slice(open + 1))) return source;
  return trimSpan(s, source[0], source[0] + open) ?? source;
}

export function appositiveSource(s: string, cueStart: number, stop: ReadonlySet<string>): [number, number] | null {
  // A comma inside a number ("arrested 1,024 people, said X") separates no appositive; same length, so offsets hold.
  const before = s.slice(0, cueStart).replace(NUMBER_COMMA_RE, '$1_');
  // Up to three comma-separated pieces: "Clinton, 35, the daughter of …, said".
  const m = APPOSITIVE_RE.exec(before);
  if (!m) return null;
  // "C, her cousin, Mike Lynch, told TMZ": a closing speaker named by kin or role, then by name, however long the C.
  const kin = KIN_THEN_NAME_RE.exec(before);
  if (kin?.[1]) return trimSpan(s, kin.index + kin[0].indexOf(kin[1]), cueStart);
  if ((m[1]?.split(/\s+/).length ?? 0) > MAX_APPOSITIVE_WORDS) {
    // "“C,” Azagury, who designed for her for 12 years …, told the outlet": the name before a long relative clause.
    const who = NAME_THEN_LONG_WHO_RE.exec(before);
    const at = who?.[1] ? who.index + who[0].indexOf(who[1]) : -1;
    return who?.[1] ? [at, at + who[1].length] : null;
  }
  // The longest reading first; when its head is no name ("On Tuesday, Jane Doe, head of X, said"), fewer pieces.
  const lastComma = before.lastIndexOf(',');
  for (let at = m.index; at >= 0 && at < lastComma; at = before.indexOf(',', at + 1)) {
    let head = nounPhraseBefore(s, at, stop);
    // "The International Association of Machinists and Aerospace Workers, which represents …, said": one name.
    if (head) head = withCoordinatedName(s, head, stop);
    // "Yet Democratic economists, like their Republican counterparts, say C": an opening conjunction is no part of the head.
    const conjunction = head ? OPENING_CONJUNCTION_RE.exec(s.slice(head[0], head[1])) : null;
    if (head && conjunction) head = trimSpan(s, head[0] + conjunction[0].length, head[1]);
    const text = head ? s.slice(head[0], head[1]) : '';
    if (head && /^[A-Z]/.test(text) && !NOT_A_SUBJECT_OPENER.has(/^[A-Za-z]+/.exec(text)?.[0].toLowerCase() ?? '')) {
      // "Watson, as part of a series of posts, said": an adverbial between commas says how, not who; the name speaks.
      if (ADVERBIAL_INSERTION_RE.test(s.slice(at + 1, cueStart))) return head;
      return withClosingQuote(s, trimSpan(s, head[0], cueStart));
    }
    // "In May, a federal judge, in response to C, ordered": a head with an article opening the clause is the subject too.
    if (head && ARTICLE_HEAD_RE.test(text) && CLAUSE_START_BEFORE_RE.test(s.slice(0, head[0]))) return withClosingQuote(s, trimSpan(s, head[0], cueStart));
  }
  return null;
}

/** A piece between commas opening with a preposition, "as" or a participle and its preposition: an adverbial ("as part of …", "in a statement", "published in The Lancet"). */
const ADVERBIAL_INSERTION_RE =
  /^\s*(?:(?:as|in|on|at|during|after|before|following|from|with|without|via|through|under|despite|by)\s|[a-z]+ed\s+(?:in|on|at|last|this|earlier|after|before|from|with)\s)/i;

/**
 * A title or an initial whose period ends no phrase ("according to Dr. Jane Price", "citing Mrs. Clinton's
 * plan", "by John F. Kennedy", "U.S. officials"): one word of a source read after its cue.
 */
const ABBREVIATION_SOURCE =
  '(?:Mr|Mrs|Ms|Dr|Prof|Gov|Sen|Rep|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Rev|Hon|Pres|Sec|Atty|Supt|Det|Insp|St|Mt|Ft|Jr|Sr)\\.|(?:[A-Z]\\.){1,3}(?![A-Z])';
/**
 * A word of a source after its cue, its inner periods kept ("MLB.com's", "cyberdaily.au"): a period before a letter
 * ends nothing. Initials ("U.S.") are ABBREVIATION_SOURCE's, read whole.
 */
const DOTTED_WORD_SOURCE = '(?![A-Z]\\.)[^\\s,;:.!?()"\u201C\u201D]+(?:\\.(?=[A-Za-z])[^\\s,;:.!?()"\u201C\u201D]+)*';
/** Words that end a source read after its cue ("said Jane Doe who …", "according to officials in …", "criticized by his rivals for failing …"). */
// "and" before a capital goes on in a name ("the Centers for Disease Control and Prevention", "Smith and Jones"); "in"
// after a participle of publishing says where ("a study published in the Lancet").
const PHRASE_END_WORDS =
  '(?:who|which|that|(?<!\\b(?:published|released|conducted|issued|posted|printed|appearing)\\s+)in|on|at|during|last|when|after|before|and(?!\\s+[A-Z])|over|because|for\\s+[a-z]+ing)';
const PHRASE_AFTER_RE = new RegExp(
  `^[\\s]*((?:(?:${ABBREVIATION_SOURCE}|${DOTTED_WORD_SOURCE})(?:\\s+(?!${PHRASE_END_WORDS}\\b))?){1,7}?)(?=[,;:!?()"\u201C\u201D]|\\.(?![A-Za-z])|\\s+${PHRASE_END_WORDS}\\b|$)`,
);
/** Words a source after its cue may run to a boundary ("according to early results of exit polls conducted for …"). */
const MAX_LONG_SOURCE_WORDS = 24;
// Words separated by blanks (a word cannot split in two): no backtracking blow-up when no boundary comes.
const LONG_PHRASE_AFTER_RE = new RegExp(
  `^\\s*((?:(?:${ABBREVIATION_SOURCE}|${DOTTED_WORD_SOURCE})(?:\\s+|(?=[,;:!?()"\u201C\u201D]|\\.(?![A-Za-z]))|$)){1,${MAX_LONG_SOURCE_WORDS}}?)(?=[,;:!?()"\u201C\u201D]|\\.(?![A-Za-z])|$)`,
);

/**
 * The noun phrase starting after `start` up to a comma, a clause word or the
 * sentence end; a longer one up to punctuation when no clause word comes
 * within MAX_SOURCE_WORDS ("according to early results of exit polls
 * conducted for The Associated Press and television networks, …").
 */
export function nounPhraseAfter(s: string, start: number): [number, number] | null {
  const rest = s.slice(start, start + SOURCE_WINDOW_CHARS * 2);
  const m = PHRASE_AFTER_RE.exec(rest) ?? LONG_PHRASE_AFTER_RE.exec(rest);
  if (!m?.[1]) return null;
  const from = start + (m[0].length - m[1].length);
  return trimSpan(s, from, from + m[1].length);
}

/** A relative pronoun read as a speaker ("…, which makes chips", "Rand Paul, who opposed"): the verb of a relative clause. */
export const RELATIVE_PRONOUN_RE = /^(?:who|which)$/i;

/** Fewest characters of content worth returning. */
export const MIN_CONTENT_CHARS = 8;

/** [from, to) without surrounding blanks, quotes and punctuation; null when empty. */
export function trimSpan(s: string, from: number, to: number): [number, number] | null {
  // Every cue trims several spans: a scan of char codes, not two slices and two regexes (a CPU profile's
  // largest self time of the phrase reader). The regexes stay for offsets outside the text (slice's semantics).
  if (from >= 0 && to <= s.length) {
    let a = from;
    while (a < to && isLeadingJunkCode(s.charCodeAt(a))) a++;
    let b = to;
    while (b > a && isTrailingPunctCode(s.charCodeAt(b - 1))) {
      // A parenthesis the span opened stays: "Sen. Jane Doe (D-Ill.)"; so does an initialism's last period: "The U.N.".
      if (s.charCodeAt(b - 1) === CLOSE_PAREN && s.lastIndexOf('(', b - 1) >= a) break;
      if (s.charCodeAt(b - 1) === PERIOD && b - 3 >= a && s.charCodeAt(b - 3) === PERIOD && isCapitalCode(s.charCodeAt(b - 2))) break;
      b--;
    }
    return b > a ? [a, b] : null;
  }
  const piece = s.slice(from, to);
  const lead = LEADING_JUNK.exec(piece)?.[0].length ?? 0;
  const trail = TRAILING_PUNCT.exec(piece.slice(lead))?.[0].length ?? 0;
  const a = from + lead;
  const b = to - trail;
  return b > a ? [a, b] : null;
}
