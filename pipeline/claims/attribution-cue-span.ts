/**
 * The cue as a verb group and where its content starts: the head with its auxiliaries ("has also said"), its companion
 * word ("according to"), its medium ("said in a statement"), "was quoted as saying", a particle of a phrasal verb
 * ("called for C"), and the hearer, time or vote skipped before the content ("told reporters that C", "said Monday C",
 * "ruled 6-3 that C"). Separate because these read only the few words next to the cue, not who speaks.
 */
import { isCuePrefix } from './attribution-cues.js';
import type { Compiled } from './attribution-lexicon.js';
import { MIN_CONTENT_CHARS, type SpanAttribution, trimSpan } from './attribution-phrases.js';
import { isSpaceCode } from './text.js';

/** Words a hearer may take before "that" ("told a news conference in Paris that"). */
const MAX_HEARER_WORDS = 8;

/** "^\s+to\b" for "according": one regex per companion word, compiled on first use. */
function companionRe(companion: string): RegExp {
  let re = companionRes.get(companion);
  if (!re) {
    re = new RegExp(`^\\s+${companion}\\b`, 'i');
    companionRes.set(companion, re);
  }
  return re;
}
const companionRes = new Map<string, RegExp>();

/** Characters before a cue read for a word of its verb group (PREFIX_WORD_RE's window). */
const PREFIX_WINDOW_CHARS = 20;

/**
 * Where the word before `at` starts when blanks alone separate it from `at`, else -1: /([A-Za-z]+(?:['\u2019]t)?)\s+$/
 * on the PREFIX_WINDOW_CHARS before `at` (the word is s[start, lastNonSpace(s, at))), read backwards from `at`, as the
 * regex is tried at every offset of its window and this runs once or more at every cue.
 */
export function prefixWordBefore(s: string, at: number): number {
  const lo = Math.max(0, at - PREFIX_WINDOW_CHARS);
  const end = lastNonSpace(s, at);
  if (end === at || end <= lo) return -1;
  // "didn't", "won’t": letters, an apostrophe and a "t" (the regex's optional group, lower-case only).
  const negated = end - 3 >= lo && s.charCodeAt(end - 1) === LOWER_T && isApostropheCode(s.charCodeAt(end - 2)) && isAsciiLetterCode(s.charCodeAt(end - 3));
  let k = negated ? end - 2 : end;
  if (!isAsciiLetterCode(s.charCodeAt(k - 1))) return -1;
  while (k > lo && isAsciiLetterCode(s.charCodeAt(k - 1))) k--;
  return k;
}
/** Where the blanks closing s[0, at) start (`at` when none). */
function lastNonSpace(s: string, at: number): number {
  let k = at;
  while (k > 0 && isSpaceCode(s.charCodeAt(k - 1))) k--;
  return k;
}
const LOWER_T = 0x74;
const isApostropheCode = (c: number): boolean => c === 0x27 || c === 0x2019;
const isAsciiLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The cue head `word` (s[start, end) in lower case) with its auxiliaries ("has also said") and companion word ("according to"). */
export function cueSpan(s: string, start: number, end: number, word: string, c: Compiled): [number, number] {
  let from = start;
  for (;;) {
    const before = prefixWordBefore(s, from);
    if (before < 0 || !isCuePrefix(s.slice(before, lastNonSpace(s, from)))) break;
    from = before;
  }
  const medium = MEDIUM_RE.exec(s.slice(end));
  if (medium) return [from, end + medium[0].length];
  // "was quoted as saying C": the verb of saying closes the cue, and the subject is the speaker, no agentless passive.
  const quotedAs = QUOTED_AS_HEADS.has(word) ? QUOTED_AS_RE.exec(s.slice(end)) : null;
  if (quotedAs) return [from, end + quotedAs[0].length];
  const companion = c.after.get(word);
  if (companion) {
    const m = companionRe(companion).exec(s.slice(end));
    if (m) return [from, end + m[0].length];
  }
  return [from, end];
}

/**
 * "called for C", "pointed out C", "talking about C", "warned against C": a particle opening the content belongs to the
 * verb, not to what is reported. Moved once the sentence is read, so every rule above sees the cue as its verb group.
 * After a verb of saying that takes a clause the word opens an adverbial instead ("said on Monday", "said about 40 people").
 */
export function particleToCue(s: string, a: SpanAttribution): void {
  if (!a.content || a.content[0] < a.cue[1] || !/^\s*$/.test(s.slice(a.cue[1], a.content[0]))) return;
  const head = /[A-Za-z]+$/.exec(s.slice(a.cue[0], a.cue[1]))?.[0].toLowerCase() ?? '';
  if (CLAUSE_TAKING.has(head)) return;
  // "spoke out against C": up to two particles.
  for (let k = 0; k < 2 && a.content; k++) {
    const particle = PARTICLE_RE.exec(s.slice(a.content[0]));
    if (!particle?.[1]) return;
    const rest = trimSpan(s, a.content[0] + particle[0].length, a.content[1]);
    if (!rest || rest[1] - rest[0] < MIN_CONTENT_CHARS) return;
    a.cue = [a.cue[0], a.content[0] + particle[1].length];
    a.content = rest;
  }
}
/** Verbs of saying that take a clause, not a particle: a preposition after them opens an adverbial ("said on Monday", "wrote for the Post"). */
const CLAUSE_TAKING: ReadonlySet<string> = new Set('said says say saying added adds adding wrote writes writing told tells telling'.split(' '));
/** A particle of a phrasal verb of reporting opening a content, not before a time or an amount ("for years", "for 10 minutes"). */
const PARTICLE_RE =
  /^(about|for|against|out|on|of|with)\s+(?!(?:years?|months?|weeks?|days?|hours?|decades?|the\s+first|the\s+past|the\s+last|now|a\s+while|some\s+time|long|(?:mon|tues|wednes|thurs|fri|satur|sun)day|[A-Z][a-z]+\s+\d|the\s+(?:phone|radio|air|show|program|programme|call|record|sidelines|campaign\s+trail|eve|day|morning|evening|night|weekend|floor))\b|\d)/;

/** Participles a speaker is reported with, "as saying" after them ("was quoted as saying", "was cited as telling"). */
const QUOTED_AS_HEADS: ReadonlySet<string> = new Set(['quoted', 'cited', 'reported', 'heard', 'recorded', 'overheard']);
const QUOTED_AS_RE = /^\s+as\s+(?:saying|telling|stating|writing|warning|adding|asking)\b/i;
/**
 * "said in a statement", "wrote in an email", "said in a court filing", "wrote in her ruling", "said on a conference
 * call": the medium belongs to the cue. Wire copy on companies and courts names its documents and calls this way.
 */
const MEDIUM_RE =
  /^\s+(?:in\s+(?:a|an|its|his|her|their|the|a\s+joint)\s+(?:(?:latest|annual|quarterly|monthly|weekly|new|final|official|written|joint|brief|televised|recorded|video|radio|phone|telephone|court|regulatory|securities|research|text|social\s+media|blog|emailed|prepared)\s+){0,2}(?:statement|interview|email|e-mail|letter|tweet|post|speech|release|news release|press release|press conference|news conference|briefing|filing|filings|op-ed|report|ruling|opinion|judgment|judgement|decision|order|complaint|lawsuit|indictment|affidavit|memo|note|notice|message|presentation|submission|testimony|column|editorial|podcast|broadcast|appearance)(?:\s+to\s+(?:clients|investors|shareholders|staff|employees|members|customers))?|on\s+(?:a|an|the|its|their)\s+(?:(?:conference|earnings|investor|analyst|analysts'?|media|press)\s+)call)\b/i;

/**
 * What a content skips after its cue: when it was said ("said Wednesday he agrees", "said this week that C"), a court's
 * vote ("ruled 6-3 that C", "ruled unanimously that C") or a short adverbial before "that" ("said after the game that C",
 * "have warned for years that C"), then "that", a colon or a comma.
 */
const CONTENT_OPENING_RE =
  /^\s*(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|earlier|later|(?:this|last)\s+(?:week|month|year|weekend))(?:\s+(?:morning|afternoon|evening|night))?\s+(?=that\b|[a-z]))?(?:(?:\d{1,2}\s*[-\u2013]\s*\d{1,2}|unanimously|(?:after|before|during|at|for|over|since|in|on)\s+(?:[\w'\u2019-]+\s+){1,4}?)\s*(?=that\b))?(?:that\b|:|,)?/;
// "urged the council to keep the levy, although …": a hearer ends before an infinitive, which is the content.
// A comma inside a number ("cut 1,200 jobs") ends no hearer.
const HEARER_RE = new RegExp(`^(?:\\s+(?!to\\b)[\\w'.-]+){1,${MAX_HEARER_WORDS}}?(?:\\s+that\\b|\\s*:|\\s*,(?!\\d))`);
/** "told": a hearer may be followed by its clause without "that" ("told reporters the suspect was known to police"). */
const TELL_RE = /^(?:told|tells|tell|telling)$/;
/**
 * A hearer before a clause with no "that": an object pronoun, the usual audiences of news (reporters, jurors, a
 * broadcaster) or a name ("the BBC"), then a word that opens a clause (a determiner, a subject pronoun, a figure).
 */
const BARE_HEARER_RE =
  /^\s+(?:me|us|him|them|reporters|journalists|jurors|lawmakers|legislators|investors|analysts|shareholders|supporters|parliament|police|officers|detectives|investigators|prosecutors|officials|colleagues|employees|staff|workers|voters|students|residents|delegates|donors|(?:the|a)\s+(?:court|jury|judge|committee|panel|newspaper|paper|crowd|audience|broadcaster|agency|station|channel|magazine|reporter|journalist|inquiry|tribunal|hearing|police|council|board|senate|house|assembly|commission|officer|detective)|(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})(?=\s+(?:the|a|an|his|her|its|their|this|these|those|he|she|it|they|we|I|there|[0-9])\s)/;
const PREPOSITION_AFTER_RE = /^\s+(?:of|about|against|on|over|for)\s/i;

/** After "told reporters", "asked the crowd": skip the hearer up to "that", a colon or a comma. */
export function skipHearer(s: string, at: number, c: Compiled, verb: string): number {
  const rest = s.slice(at);
  // "warned of heavy rain, saying …": a preposition opens the content, not a hearer.
  if (c.hearer.has(verb) && !PREPOSITION_AFTER_RE.test(rest)) {
    const m = HEARER_RE.exec(rest) ?? (TELL_RE.test(verb) ? BARE_HEARER_RE.exec(rest) : null);
    if (m) return at + m[0].length;
  }
  const t = CONTENT_OPENING_RE.exec(rest);
  return at + (t ? t[0].length : 0);
}
