/**
 * Attributions that make no statement claim though the reader found a cue, a
 * source and a content: a refusal to speak, where or when someone spoke, a
 * report's medium alone, a generic or unresolved pronoun as the speaker. The
 * attribution reader keeps them (a corpus marks some of them); the tagger
 * does not claim them.
 */
import type { SpanAttribution } from './attribution-spans.js';

/** Verbs of speaking that take no clause: what follows them is where, when or to whom ("spoke after the vote"). */
const SPEAKING_RE = /\b(?:spoke|speak|speaks|speaking|spoken|talked|talk|talks|talking|testified|testify|appeared)$/i;
const PREPOSITION_OPENING_RE = /^(?:after|before|at|to|with|during|on|in|from|outside|for|by|near|ahead|alongside)\b/i;

/** Words that name no speaker of a statement: the generic "you" and "one", relatives ("people who want …") and demonstratives left unresolved, an article alone (a link's name lost: "According to the , C"). */
const GENERIC_SPEAKER_RE = /^(?:you|one|who|whom|which|that|it|this|these|those|what|the|a|an)$/i;

/**
 * "if you want to …", "If one seeks to …", "which always seems": a generic or unresolved pronoun states nothing; nor
 * do words ending in a possessive, read before a noun taken for a cue ("Federal agency quashes Georgia's | plan"), nor
 * words holding a clause.
 */
export function isGenericSpeaker(sourceText: string): boolean {
  return GENERIC_SPEAKER_RE.test(sourceText) || POSSESSIVE_END_RE.test(sourceText) || CLAUSE_IN_SPEAKER_RE.test(sourceText);
}
const POSSESSIVE_END_RE = /\w['\u2019]s?$/;

/** The writer or the reader as speaker ("I found", "we could see", "you'd expect"): the article's own words. */
export function isWriter(sourceText: string): boolean {
  // Read from the last word: the pattern /^(?:(?:and|but|or|so)\s+)?(?:I|we|you|[^,]*\s(?:I|we|you))(?:'d|'m|'ve|'ll|'re)?$/
  // backtracked over every offset of a long speaker (a profile's 1% of the tagger).
  const sp = sourceText.lastIndexOf(' ');
  const last = sp < 0 ? sourceText : sourceText.slice(sp + 1);
  // "let me say that …": the writer's imperative to themselves.
  if ((last === 'me' || last === 'us') && LET_WRITER_RE.test(sourceText)) return true;
  if (!WRITER_WORD_RE.test(last)) return false;
  if (sp < 0) return true;
  const c = last.charCodeAt(0);
  // "I", "we", "you" after other words; a capitalised "We"/"You" there only after a lone conjunction ("And You").
  if (c === 73 || c === 119 || c === 121) return !sourceText.includes(',');
  return LONE_CONJUNCTION_RE.test(sourceText.slice(0, sp));
}
/**
 * "I", "we", "you", perhaps contracted ("we’ve", "I'm"), the last word of the speaker (also after a time adverbial: "So
 * far this week we’ve"); a capitalised "You" after other words is a name ("research assistant Yang You").
 */
const WRITER_WORD_RE = /^(?:I|[Ww]e|[Yy]ou)(?:['\u2019](?:d|m|ve|ll|re))?$/;
const LONE_CONJUNCTION_RE = /^(?:[Aa]nd|[Bb]ut|[Oo]r|[Ss]o)$/;
/** "let me", "And let us": the writer speaking of themselves. */
const LET_WRITER_RE = /^(?:(?:[Aa]nd|[Bb]ut|[Ss]o)\s+)?[Ll]et\s+(?:me|us)$/;

/**
 * Whether an attribution's cue may make a statement without a figure. It stands on its cue alone: below
 * STATEMENT_MIN_PROBABILITY the cue model's readings were mostly no report ("His passing has continued to pop",
 * "Seattle boasts a port"; a figure keeps such a speaker), unless the content comes before its speaker ("C, a spokesman
 * confirmed"), the report's own form; and a condition's verb claims nothing ("If Apple does introduce a larger iPad, …").
 */
export function cueMakesStatement(text: string, att: SpanAttribution): boolean {
  if (att.p < STATEMENT_MIN_PROBABILITY && att.content !== null && att.content[0] >= att.cue[0]) return false;
  // "…, which cited anonymous sources": what is cited there is who spoke, not a claim ("citing weak demand" gives a reason).
  if (
    att.content !== null &&
    att.content[0] >= att.cue[1] &&
    CITE_RE.test(text.slice(att.cue[0], att.cue[1])) &&
    CITED_SOURCES_RE.test(text.slice(att.content[0], att.content[1]))
  )
    return false;
  // "The changes feel thoughtful", "can feel like work", "Tszyu looks like a force", "sounds good on paper": how
  // something seems is no claim;
  // "Many feel it doesn't do anything better" is. (The attribution corpus marks "voters feel betrayed" as a cue, so the
  // span reader keeps it.)
  if (FEEL_END_RE.test(text.slice(att.cue[0], att.cue[1])) && !FEEL_CLAUSE_RE.test(text.slice(att.cue[1], att.cue[1] + 12))) return false;
  return !(CONDITION_OPENING_RE.test(text) && !text.slice(0, att.cue[0]).includes(','));
}
/** A cue ending in a form of "feel", "look" or "sound", and the subject or "that" opening the clause a view holds. */
const FEEL_END_RE = /\b(?:feel|feels|felt|feeling|look|looks|looked|sound|sounds|sounded)$/i;
const FEEL_CLAUSE_RE = /^\s+(?:that|it|they|he|she|we|I|you|there|this|its|their|his|her|our)\b/;
/**
 * Lowest cue probability of a statement without a figure. Read on the 5,364 statements of the extraction-dev texts:
 * below 0.5 nearly every one sampled was no report, between 0.5 and 0.6 most, above 0.6 about half or more were.
 */
export const STATEMENT_MIN_PROBABILITY = 0.6;
/** A verb of citing at the cue's end. */
const CITE_RE = /\bcit(?:ed|es?|ing)$/i;
/**
 * What is cited is who spoke, and no more: a speaking noun among the first words of at most eight ("anonymous sources
 * familiar with the matter", "two officials"); "cited reports of escalating cyberattacks against …" says more.
 */
const CITED_SOURCES_RE = /^(?:\S+\s+){0,3}(?:sources?|officials?|people|persons|documents?|data|figures|statements?|reports?|estimates?)(?:\s+\S+){0,4}$/;
/** A sentence opening with a condition: a cue before its first comma says what would be ("If Apple does introduce …"). */
const CONDITION_OPENING_RE = /^[\s\u201C"(]*(?:If|Unless|Whether|Should|Had|Were)\s/;
/**
 * An auxiliary among the words, or opening them: a clause read as a speaker ("They marry and have a son named",
 * "Ash's was lithe, poised"), no one who speaks; a relative clause's auxiliary is cut from the speaker before this. Two
 * blanks join text of the page that was never one sentence.
 */
const CLAUSE_IN_SPEAKER_RE = /(?:^|\s)(?:is|was|are|were|has|have|had|will|would|can|could|should|does|did)(?:\s|$)|\s\s/;

/** A refusal to speak: "declined to comment", "refused to elaborate", "declined to say how many jobs would go". */
const NO_COMMENT_RE = /^to\s+(?:comment|say|elaborate|discuss|confirm|speculate|respond|answer|give\s+details)\b/i;
/** The medium of a report and no more ("issued a statement on Tuesday", "posted a video"): what it says comes elsewhere. */
const MEDIUM_ONLY_RE =
  /^(?:a|an|the|its|his|her|their)\s+(?:\w+\s+)?(?:statement|post|tweet|video|letter|interview|press\s+release|message)(?:\s+(?:on|in|at|late|early|last|this)\b(?:\s+\S+){0,3})?$/i;
/** The verbs of refusing that NO_COMMENT_RE's content follows. */
const REFUSING_RE = /\b(?:declined|declines|refused|refuses)$/i;

/**
 * "Jane Doe spoke after the vote", "testified before Congress": the words after the verb say no claim; nor does a
 * refusal ("A spokesman declined to comment").
 */
export function saysNothing(text: string, att: SpanAttribution): boolean {
  if (att.content === null) return false;
  const cue = text.slice(att.cue[0], att.cue[1]);
  const content = text.slice(att.content[0], att.content[1]);
  return (
    (REFUSING_RE.test(cue) && NO_COMMENT_RE.test(content)) || (SPEAKING_RE.test(cue) && PREPOSITION_OPENING_RE.test(content)) || MEDIUM_ONLY_RE.test(content)
  );
}
