/**
 * The colon forms of attribution: a colon opening a quotation with no
 * reporting word before it ("The minister was blunt: “…”"), and a speaker's
 * name before a colon in a headline or a transcript line ("Trump: We will
 * win", "PENCE: …"), and a headline's source after a closing dash ("… – report"). Kept apart from the cue-driven shapes of
 * attribution-spans.ts, which calls these after reading a sentence's cues.
 */
import { quoteStateAt } from './attribution-cues.js';
import { MIN_CONTENT_CHARS, type SpanAttribution, leadingSubject, trimSpan } from './attribution-phrases.js';

/** A colon opening a quotation, or ending the sentence (the quotation follows it: attribution-text.ts). */
const COLON_QUOTE_RE = /:\s*[\u201C\u2018"\u00AB]/g;

/**
 * "Wait, it gets better: “By law, the president …”", "by Times' Michael Paulson: “…”": a colon
 * opening a quotation is the cue when no reporting word comes before it in the sentence; the
 * source is the name right before it, else the sentence's subject, else unknown.
 */
export function colonBeforeQuote(s: string, out: readonly SpanAttribution[], openQuote: boolean): SpanAttribution | null {
  if (s.indexOf(':') < 0) return null;
  COLON_QUOTE_RE.lastIndex = 0;
  const m = COLON_QUOTE_RE.exec(s);
  if (!m) return null;
  const at = m.index;
  if (out.some((a) => a.cue[0] < at) || quoteStateAt(s, at, openQuote)) return null;
  // A name right before the colon ("by Times' Michael Paulson:"), else the sentence's subject ("The minister was blunt:").
  const name = TRAILING_NAME_RE.exec(s.slice(Math.max(0, at - 80), at));
  const named: [number, number] | null = name ? [at - name[0].length, at] : null;
  const subject = named ? null : leadingSubject(s);
  const source = named ?? (subject && subject[1] < at ? subject : null);
  return { source, cue: [at, at + 1], content: trimSpan(s, at + 1, s.length), p: 1 };
}
/** Capitalised words right before the colon, with particles between them: a name or a title ("More from Jones:", "Times' Michael Paulson:"). */
const TRAILING_NAME_RE = /(?<![\w.\u2019'-])[A-Z][\w.\u2019'-]*(?:\s+(?:(?:of|the|for|de|van|von|al)\s+)*[A-Z][\w.\u2019'-]*)*$/;

/** Words that label a headline or a line rather than name a speaker. */
const HEADLINE_LABELS: ReadonlySet<string> = new Set(
  'question answer q a update updates updated live watch video photos photo credit exclusive breaking analysis opinion editorial review timeline factbox explainer correction clarification transcript note notice read related contributing byline email e-mail twitter facebook instagram source sources see plus wow hey look listen remember bombshell boom busted revealed comment comments stat stats fact facts tip tips quote verdict takeaway takeaways background context summary result results score price cost pros cons rating warning disclaimer caption advertisement sponsored promoted pictured above below top scoring scorers goals lineup lineups standings roster schedule fixtures scorecard attendance venue ingredients directions specs specifications availability expected alternative alternatives available sizes colors colours materials dimensions weight features includes included released release platforms genre runtime starring cast director location hours admission tickets website contact deadline eligibility requirements line edit'.split(
    ' ',
  ),
);

/**
 * A preposition or a verb of a title-case headline inside the words before the colon ("Stealth Over Health: …",
 * "Big Win For Bernie: …", "Clinton Wades In: …"): a phrase labelling the story, not a name. "of" stays (a title,
 * "Secretary of State"); whom a speaker addresses is read apart ("Clinton to Planned Parenthood: …").
 */
const TITLE_CASE_PHRASE_RE = /\s(?:Over|For|With|In|On|Into|About|Against|After|Before|From|Under|Is|Are|Was|Were|Will|Can|Could|And|Or|But)(?:\s|$)/;

/** "Trump: We will win" as a headline, or "The senator: “…”" introducing a quote. */
export function colonQuote(s: string): SpanAttribution | null {
  // Most sentences have no colon: one native search spares them the regex, which V8 tries at length.
  if (s.indexOf(':') < 0) return null;
  // A transcript line may open with a quotation mark (“WALLACE: Let’s start…”).
  // The speaker may name whom or where it speaks to: "Clinton to Planned Parenthood: …", "Mukasey at RNC: …".
  const m =
    /^([\u201C"]?)([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})((?:\s+(?:to|at)\s+[A-Z][\w.'\u2019-]*(?:\s+[\w.'\u2019-]+){0,2})?)\s*:\s+(\S[\s\S]*)$/.exec(
      s,
    );
  const name = m?.[2];
  const words = m?.[4];
  if (!m || !name || !words) return null;
  // "The Latest: …", "WATCH: …", "Question: …" label a story or a line; a speaker has a name.
  // One word in capitals is a transcript's speaker ("PENCE:"); several are a label ("BREAKING NEWS:").
  const shouting = name === name.toUpperCase() && /\s/.test(name);
  // A label may take words in front ("Editor's Note", "Delegate Update"): its last word tells.
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  if (/^(?:The|A|An)\s/.test(name) || shouting || HEADLINE_LABELS.has(last) || TITLE_CASE_PHRASE_RE.test(name)) return null;
  // "Clinton: 547" lists a count, says nothing.
  if (!/[A-Za-z]{2,}[^A-Za-z]+[A-Za-z]/.test(words)) return null;
  const from = m[1]?.length ?? 0;
  const colon = s.indexOf(':', from + name.length + (m[3]?.length ?? 0));
  // "According to The Athletic: “…”": the cue is "According to", its source what follows it.
  const to = name === 'According' && m[3] ? /^\s+to\s+/.exec(m[3]) : null;
  if (to && m[3]) {
    const cueEnd = from + name.length + to[0].trimEnd().length;
    return { source: trimSpan(s, cueEnd, colon), cue: [from, cueEnd], content: trimSpan(s, colon + 1, s.length), p: 1 };
  }
  return { source: [from, from + name.length], cue: [colon, colon + 1], content: trimSpan(s, colon + 1, s.length), p: 1 };
}

/** A capitalised word opening a sentence: a verb of saying there ("Said the coach: …") comes before its speaker. */
const OPENING_WORD_RE = /^([A-Z][a-z]+)\s+(?=[A-Za-z])/;
/** What ends an inverted speaker: a colon, or a quotation opening (perhaps after a comma). */
const SPEAKER_END_RE = /:|,?\s*[\u201C"\u00AB]/;
/** Longest speaker (with its appositive) read after an opening verb. */
const MAX_OPENING_SPEAKER_CHARS = 100;

/**
 * "Said the coach: “We were not good enough.”", "Added Jane Doe, a spokeswoman, “C”": a verb of saying opening the
 * sentence, its speaker after it up to a colon or a quotation, and the words after that (or, when the sentence ends
 * at the colon, the quoted sentence after it: attribution-text.ts). A headline's "Says Clinton would …" has neither
 * and is left to the cue reader; a verb taking a hearer ("Asked whether C, …") opens a participle clause instead.
 */
export function openingInversion(s: string, inverting: ReadonlySet<string>, withHearer: ReadonlySet<string>): SpanAttribution | null {
  const m = OPENING_WORD_RE.exec(s);
  // A verb taking a hearer opens a participle clause there ("Asked whether C, she said …"), not an inversion.
  if (!m?.[1] || !inverting.has(m[1].toLowerCase()) || withHearer.has(m[1].toLowerCase())) return null;
  const from = m[0].length;
  const end = SPEAKER_END_RE.exec(s.slice(from, from + MAX_OPENING_SPEAKER_CHARS));
  if (!end) return null;
  const source = trimSpan(s, from, from + end.index);
  if (!source) return null;
  const content = trimSpan(s, from + end.index + end[0].length, s.length);
  return { source, cue: [0, m[1].length], content: content && content[1] - content[0] >= MIN_CONTENT_CHARS ? content : null, p: 1 };
}

/**
 * "Trump pressured election officers not to certify the vote – report", "Firm to cut 500 jobs - sources": a headline's
 * source after a closing dash, the dash its cue.
 */
export function dashedReport(s: string): SpanAttribution | null {
  // Only a dash in the sentence's last 40 characters can close it so: the end-anchored regex is tried at every offset.
  const tailStart = Math.max(0, s.length - DASHED_TAIL_CHARS);
  if (s.indexOf('-', tailStart) < 0 && s.indexOf('\u2013', tailStart) < 0 && s.indexOf('\u2014', tailStart) < 0) return null;
  const m = DASHED_REPORT_RE.exec(s);
  if (!m?.[1]) return null;
  const dash = m.index + m[0].search(/[-\u2013\u2014]/);
  const from = m.index + m[0].indexOf(m[1]);
  const source: [number, number] = [from, from + m[1].length];
  const content = trimSpan(s, 0, dash);
  return content && content[1] - content[0] >= MIN_CONTENT_CHARS ? { source, cue: [dash, dash + 1], content, p: 1 } : null;
}
const DASHED_TAIL_CHARS = 40;
const DASHED_REPORT_RE =
  /\s[-\u2013\u2014]\s*((?:[a-z]+\s+)?(?:report|reports|sources|source|poll|survey|study|media|officials|police|data|analysts|witnesses|filing|document|documents|memo|letter|statement|lawsuit|court\s+filing|court\s+documents|spokesperson|spokesman|spokeswoman|minister|ministry|sources\s+say|insiders|analysis|research)(?:\s+says?)?)\s*$/i;
