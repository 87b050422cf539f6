/**
 * Who says what, as spans: every reporting cue of a sentence with its source
 * (a name, a role, an organisation, a group or a pronoun, as written) and its
 * content (what is said). Shapes read: "X said (that) C", "C, X said",
 * "C, said X", "According to X, C", "C, according to X", "X told Y (that) C",
 * "X said: C", "citing X", "X: C" in a headline. General English; the cue words
 * are data (ATTRIBUTION_LEXICON_EN) so another language is a data addition.
 *
 * Invariant: spans index the sentence given; the source is never inside the
 * content; a cue without a source still yields the content (source null).
 */

/** One attribution; [start, end) offsets into the sentence. */
export interface SpanAttribution {
  source: [number, number] | null;
  cue: [number, number];
  content: [number, number] | null;
}

/** Per-language cue vocabulary. */
export interface AttributionLexicon {
  /** Reporting verbs and phrases whose source comes before them or inverted after them. */
  verbs: readonly string[];
  /** Phrases whose source follows them ("according to X", "citing X"). */
  sourceAfter: readonly string[];
  /** Words that end a source looked for before a cue. */
  stopBefore: readonly string[];
  /** Verbs that take a hearer before the content ("told reporters that"). */
  withHearer: readonly string[];
}

export const ATTRIBUTION_LEXICON_EN: AttributionLexicon = {
  verbs:
    'said says say saying told tells telling added adds adding wrote writes writing asked asks noted notes noting reported reports announced announces suggested suggests argued argues arguing tweeted explained explains believes believe believed thinks think thought claimed claims claim warned warns warning insisted insists acknowledged acknowledges admitted declared declares stated predicted predicts estimated estimates recalled replied responded countered concluded contended maintained stressed emphasized emphasised urged vowed promised alleged alleges accused denied denies confirmed confirms revealed disclosed indicated conceded complained testified wondered cautioned predicted hopes fears expects knows insisted observed remarked commented called calling calls described describes show shows showed found finds criticized criticised endorsed defended praised agreed proposed cited argue'.split(
      ' ',
    ),
  sourceAfter: ['according to', 'citing', 'cited by', 'quoted by', 'reported by'],
  stopBefore: 'that and but which who whom as when because while if although though since after before where said says'.split(' '),
  withHearer: 'told tells telling asked asks warned warns urged assured informed reminded'.split(' '),
};

/** Longest source, in words, looked for before or after a cue. */
const MAX_SOURCE_WORDS = 7;
/** Fewest characters of content worth returning. */
const MIN_CONTENT_CHARS = 8;
/** Words a hearer may take before "that" ("told a news conference in Paris that"). */
const MAX_HEARER_WORDS = 8;

const escapeRe = (p: string): string => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

interface Compiled {
  re: RegExp;
  after: ReadonlySet<string>;
  stop: ReadonlySet<string>;
  hearer: ReadonlySet<string>;
}
const compiled = new WeakMap<AttributionLexicon, Compiled>();

function compile(lex: AttributionLexicon): Compiled {
  let c = compiled.get(lex);
  if (c) return c;
  const all = [...lex.sourceAfter, ...lex.verbs].sort((a, b) => b.length - a.length).map(escapeRe);
  c = {
    // Case-sensitive: "States" in "United States" is no cue; only the phrases whose source follows may open a sentence.
    re: new RegExp(
      `\\b(?:(?:has|have|had|also|would|will|previously|later|then|once)\\s+)*(?:${all.join('|')}|${[...lex.sourceAfter, ...lex.verbs].map((p) => escapeRe(p.charAt(0).toUpperCase() + p.slice(1))).join('|')})\\b`,
      'g',
    ),
    after: new Set(lex.sourceAfter),
    stop: new Set(lex.stopBefore),
    hearer: new Set(lex.withHearer),
  };
  compiled.set(lex, c);
  return c;
}

const PUNCT_STOP = /[,;:()\u2014\u2013"\u201C\u201D\u00AB\u00BB]/;
const TRAILING_PUNCT = /[\s.,;:!?"'\u201C\u201D\u2018\u2019)]+$/;
const LEADING_JUNK = /^[\s,:;"'\u201C\u201D\u2018\u2019(\u2014\u2013-]+/;

/**
 * Attributions of one sentence (or headline). `openQuote`: the sentence starts
 * inside a quotation opened earlier in its paragraph. A cue inside a quotation
 * belongs to the quoted speaker's words, not to the article: it is skipped.
 */
export function attributionSpans(s: string, lex: AttributionLexicon = ATTRIBUTION_LEXICON_EN, openQuote = false): SpanAttribution[] {
  const c = compile(lex);
  const out: SpanAttribution[] = [];
  c.re.lastIndex = 0;
  for (let m = c.re.exec(s); m !== null; m = c.re.exec(s)) {
    if (insideQuote(s, m.index, openQuote)) continue;
    // A capitalised cue only opens a sentence ("Said Comey, ...", "According to ...") or a title-case headline.
    if (/^[A-Z]/.test(m[0]) && m.index > 0 && !/^(?:[A-Z0-9][^\s]*\s+)+$/.test(s.slice(0, m.index))) continue;
    const cue: [number, number] = [m.index, m.index + m[0].length];
    const phrase = m[0].toLowerCase().replace(/\s+/g, ' ');
    const head = [...c.after].find((p) => phrase.endsWith(p));
    const a = head ? sourceAfterCue(s, cue) : verbCue(s, cue, c, phrase);
    if (a) out.push(a);
  }
  if (out.length === 0) {
    const h = headlineColon(s);
    if (h) out.push(h);
  }
  return out;
}

/** True when `at` lies inside a quotation (curly or straight double quotes). */
export function insideQuote(s: string, at: number, openQuote: boolean): boolean {
  let open = openQuote;
  for (let k = 0; k < at; k++) {
    const ch = s.charCodeAt(k);
    // Pages often close with a second opening mark (“…“): an opening mark inside a quotation closes it.
    if (ch === 0x201c || ch === 0xab) open = !open;
    else if (ch === 0x201d || ch === 0xbb) open = false;
    else if (ch === 0x22) open = !open;
  }
  return open;
}

/** "According to X, C" / "C, according to X" / "C, citing X". */
function sourceAfterCue(s: string, cue: [number, number]): SpanAttribution {
  const source = nounPhraseAfter(s, cue[1]);
  const before = trimSpan(s, 0, cue[0]);
  const afterSource = source ? trimSpan(s, source[1], s.length) : null;
  const content = before && before[1] - before[0] >= MIN_CONTENT_CHARS ? before : afterSource;
  return { source, cue, content: content && content[1] - content[0] >= MIN_CONTENT_CHARS ? content : null };
}

/** A reporting verb: source before it (or inverted after it), content after it or before the source. */
function verbCue(s: string, cue: [number, number], c: Compiled, phrase: string): SpanAttribution | null {
  // "to say", "declined to comment": an infinitive reports nothing yet.
  if (/\bto\s+$/i.test(s.slice(Math.max(0, cue[0] - 4), cue[0]))) return null;
  let source = nounPhraseBefore(s, cue[0], c.stop);
  let inverted = false;
  if (source === null && /[,"\u201D\u2019]\s*$/.test(s.slice(0, cue[0]))) {
    source = nounPhraseAfter(s, cue[1]);
    inverted = source !== null;
  }
  const afterCue = inverted && source ? source[1] : cue[1];
  const rest = s.slice(afterCue).replace(TRAILING_PUNCT, '');
  const restIsTail =
    rest.trim().length < MIN_CONTENT_CHARS || (/^\s*(?:on|in|at|last|this|during|late|early|yesterday|today|[,;])\b/i.test(rest) && !/\bthat\b/.test(rest));
  const contentStart = source && !inverted ? source[0] : cue[0];
  let content: [number, number] | null;
  if (restIsTail || inverted) content = trimSpan(s, 0, contentStart);
  else content = trimSpan(s, skipHearer(s, afterCue, c, phrase), s.length);
  if (content && content[1] - content[0] < MIN_CONTENT_CHARS) content = null;
  if (content === null && source === null) return null;
  return { source, cue, content };
}

/** After "told reporters", "asked the crowd": skip the hearer up to "that", a colon or a comma. */
function skipHearer(s: string, at: number, c: Compiled, phrase: string): number {
  const verb = phrase.split(' ').pop() ?? '';
  const rest = s.slice(at);
  if (c.hearer.has(verb)) {
    const m = new RegExp(`^(?:\\s+[\\w'.-]+){1,${MAX_HEARER_WORDS}}?(?:\\s+that\\b|\\s*[:,])`).exec(rest);
    if (m) return at + m[0].length;
  }
  const t = /^\s*(?:that\b|:|,)?/.exec(rest);
  return at + (t ? t[0].length : 0);
}

/** The noun phrase ending right before `end` (a name, "the minister", "he"), or null. */
function nounPhraseBefore(s: string, end: number, stop: ReadonlySet<string>): [number, number] | null {
  const words = [...s.slice(0, end).matchAll(/[^\s]+/g)];
  let first = -1;
  for (let k = words.length - 1, n = 0; k >= 0 && n < MAX_SOURCE_WORDS; k--, n++) {
    const w = words[k] as RegExpMatchArray;
    const text = w[0];
    const bare = text.replace(/[,;:"\u201C\u201D]+$/, '');
    if (bare !== text) {
      if (k === words.length - 1) return null;
      break;
    }
    if (PUNCT_STOP.test(text) || stop.has(text.toLowerCase())) break;
    first = k;
  }
  if (first < 0) return null;
  const start = (words[first] as RegExpMatchArray).index ?? 0;
  const span = trimSpan(s, start, end);
  return span && /[A-Za-z]/.test(s.slice(span[0], span[1])) ? span : null;
}

/** The noun phrase starting after `start` up to a comma, a clause word or the sentence end. */
function nounPhraseAfter(s: string, start: number): [number, number] | null {
  const m =
    /^[\s]*((?:[^\s,;:.!?()"\u201C\u201D]+\s*){1,7}?)(?=[,;:.!?()"\u201C\u201D]|\s+(?:who|which|that|in|on|at|during|last|when|after|before|and)\b|$)/.exec(
      s.slice(start),
    );
  if (!m || !m[1]) return null;
  const from = start + (m[0].length - m[1].length);
  return trimSpan(s, from, from + m[1].length);
}

/** "Trump: We will win" as a headline or a quote introduction. */
function headlineColon(s: string): SpanAttribution | null {
  const m = /^([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s*:\s+(\S.*)$/.exec(s);
  if (!m || !m[1] || !m[2]) return null;
  const colon = s.indexOf(':', m[1].length);
  return { source: [0, m[1].length], cue: [colon, colon + 1], content: trimSpan(s, colon + 1, s.length) };
}

/** [from, to) without surrounding blanks, quotes and punctuation; null when empty. */
export function trimSpan(s: string, from: number, to: number): [number, number] | null {
  const piece = s.slice(from, to);
  const lead = LEADING_JUNK.exec(piece)?.[0].length ?? 0;
  const trail = TRAILING_PUNCT.exec(piece.slice(lead))?.[0].length ?? 0;
  const a = from + lead;
  const b = to - trail;
  return b > a ? [a, b] : null;
}
