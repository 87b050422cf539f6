/**
 * Who says what, as spans: every reporting cue of a sentence with its source
 * (a name, a role, an organisation, a group or a pronoun, as written) and its
 * content (what is said). Shapes read: "X said (that) C", "C, X said",
 * "C, said X", "According to X, C", "C, according to X", "X told Y (that) C",
 * "X said: C", "citing X", "C, X said, adding D", "X: C" in a headline, "…: “C”"
 * (a colon opening a quotation, no reporting word before it). The cue
 * words are data (a learned lexicon, attribution-cues.ts) so another language
 * is a data addition.
 *
 * Invariants: spans index the sentence given; the source is never inside the
 * content; a cue without a source still yields the content (source null); a
 * cue inside the content of an earlier cue is that speaker's words, not a
 * second attribution ("X said Y believes C" is one attribution, by X).
 */
import { borrowedWeights, britishSpellings } from './attribution-borrowed.js';
import {
  type CueScorer,
  STEM_ENDINGS_RE_SOURCE,
  cueLogitBound,
  cueModel,
  cueScorer,
  cueStem,
  hasQuoteMarks,
  isCuePrefix,
  modelStrongCues,
  plainQuotes,
  quoteStateAt,
  quoteStateBetween,
  wordBefore,
} from './attribution-cues.js';
import { colonBeforeQuote, colonQuote, openingInversion } from './attribution-colon.js';
import { LEARNED_CUE_MODEL_EN } from './attribution-cues-en.js';
import { reportingVerbSiblings } from './attribution-verbs-en.js';
import {
  MIN_CONTENT_CHARS,
  type SpanAttribution,
  withoutTrailingPunct,
  appositiveSource,
  withoutParticiplePiece,
  leadingSubject,
  nounPhraseAfter,
  nounPhraseBefore,
  openingSubject,
  relativeBefore,
  trimSpan,
  whenBefore,
} from './attribution-phrases.js';
import { isSpaceCode } from './text.js';

export type { SpanAttribution };

/** Per-language cue vocabulary. */
export interface AttributionLexicon {
  /** Learned cue model, packed "feature~weight feature~weight ..." (attribution-cues.ts). */
  model: string;
  /** Lowest probability of the model that makes a word a cue. */
  minProbability: number;
  /** Cue heads whose source follows them ("according to X", "citing X"), with the word they take along. */
  sourceAfter: Readonly<Record<string, string>>;
  /** Words that end a source looked for before a cue. */
  stopBefore: readonly string[];
  /** Verbs that take a hearer before the content ("told reporters that"). */
  withHearer: readonly string[];
  /** Raising verbs: their subject is part of what seems so, not a speaker ("The team appeared paralyzed"). */
  raising: readonly string[];
  /** Participles of a state of mind: their subject holds the view ("Democrats are worried that C"), no agentless passive. */
  attitude: readonly string[];
  /** Verbs whose object holds the view ("The remark worried some analysts": the analysts), in active voice. */
  experiencerObject: readonly string[];
  /** Verbs of saying whose subject may follow them after the content ("…, said the lawyer"). */
  inverting: readonly string[];
}

/**
 * Hand-set weights, in the learned model's features, for reporting forms its train corpus (political news) lacks:
 * "The court heard (that) C", what a court, a jury or an inquiry is told in evidence (p=: the word after a token).
 * Added to the learned model, so another genre's forms are data too; 2.5 lifts "heard" after such a body from
 * about 0.13 to about 0.6, and leaves "cases waiting to be heard" alone.
 */
const HAND_SET_CUES_EN = ['court', 'jury', 'tribunal', 'inquiry', 'inquest', 'hearing', 'committee', 'panel'].map((body) => `p=heard|${body}~2.5`).join(' ');

/**
 * Words the political train corpus lacks that other genres report with, each scoring as a learned sibling does
 * (attribution-borrowed.ts): present-tense reports of business and court copy, hedging adverbs beside "reportedly",
 * verbs of opinion beside their nearest learned synonym.
 */
const BORROWED_CUES_EN: Readonly<Record<string, string>> = {
  denies: 'denied',
  deny: 'denied',
  confirms: 'confirmed',
  acknowledges: 'acknowledged',
  contend: 'argue',
  testify: 'testified',
  testifying: 'testified',
  allegedly: 'reportedly',
  purportedly: 'reportedly',
  supposedly: 'reportedly',
  reckon: 'believe',
  reckons: 'believes',
  reckoned: 'believed',
  opined: 'stated',
  quipped: 'joked',
  refuted: 'rejected',
  averred: 'asserted',
  posited: 'argued',
  downplayed: 'dismissed',
  underlined: 'underscored',
};

export const ATTRIBUTION_LEXICON_EN: AttributionLexicon = {
  model: [
    LEARNED_CUE_MODEL_EN,
    britishSpellings(LEARNED_CUE_MODEL_EN),
    borrowedWeights(LEARNED_CUE_MODEL_EN, BORROWED_CUES_EN),
    borrowedWeights(LEARNED_CUE_MODEL_EN, reportingVerbSiblings(), false),
    HAND_SET_CUES_EN,
  ].join(' '),
  // Tuned on the train split with the strong-cue features (cue F1): 0.28 0.792, 0.32 0.795, 0.36 0.798, 0.38 0.797,
  // 0.4 0.798, while content F1 falls (0.833 at 0.32, 0.831 at 0.36, 0.826 at 0.4).
  minProbability: 0.36,
  sourceAfter: { according: 'to', citing: '', quoting: '' },
  stopBefore: 'that and but which who whom as when because while if although though since after before where said says'.split(' '),
  withHearer:
    'told tells telling asked asks asking warned warns urged assured informed reminded implored implores imploring begged begs begging exhorted exhorts exhorting notified notifies briefed reassured reassures forewarned cautioned cautions'.split(
      ' ',
    ),
  raising: 'seem seems seemed seeming appear appears appeared appearing'.split(' '),
  attitude:
    'worried concerned convinced assured outraged impressed pleased alarmed disappointed troubled frustrated encouraged persuaded satisfied dismayed angered upset surprised shocked opposed relieved heartened confused puzzled offended delighted thrilled horrified appalled disgusted annoyed infuriated incensed'.split(
      ' ',
    ),
  experiencerObject:
    'worry worries worried worrying alarm alarms alarmed alarming anger angers angered angering surprise surprises surprised surprising rattle rattles rattled rattling frustrate frustrates frustrated frustrating trouble troubles troubled troubling upset upsets upsetting impress impresses impressed disappoint disappoints disappointed disappointing outrage outrages outraged outraging infuriate infuriates infuriated infuriating dismay dismays dismayed horrify horrifies horrified offend offends offended offending annoy annoys annoyed irritate irritates irritated'.split(
      ' ',
    ),
  inverting:
    'said says say added adds asked asks wrote writes noted notes explained explains continued continues recalled recalls replied replies answered insisted insists argued argues observed declared warned warns tweeted told tells reported reports remarked stated concluded cautioned countered acknowledged admitted suggested announced'.split(
      ' ',
    ),
};

/** Words a hearer may take before "that" ("told a news conference in Paris that"). */
const MAX_HEARER_WORDS = 8;

interface Compiled {
  model: ReadonlyMap<string, number>;
  score: CueScorer;
  /**
   * The candidates as one case-insensitive alternation: the regex engine
   * skips the words that cannot be cues faster than a loop over every word
   * (a CPU profile showed the word loop as the attributor's largest self time).
   */
  candidateRe: RegExp;
  /**
   * The same words after any character but a letter, an apostrophe or a
   * hyphen. candidateRe's leading \b lets the engine skip faster (a tenth of
   * the search, measured) but misses a word glued to a digit or an underscore
   * ("progress_not"): this one reads the sentences that have such a join.
   */
  candidateAfterAnyRe: RegExp;
  /** Words the model knows as cue heads: the cheap test every word of every sentence goes through. */
  candidates: ReadonlySet<string>;
  /**
   * The model's strong cue words when every one is a candidate: the candidate search then meets the first of a
   * sentence, and the scorer is told where it is instead of searching for it again. Null otherwise.
   */
  strong: ReadonlySet<string> | null;
  /** Stems that make a cue in some context whatever their inflection ("urg" for "urges"). */
  stems: ReadonlySet<string>;
  minProbability: number;
  after: Readonly<Record<string, string>>;
  stop: ReadonlySet<string>;
  hearer: ReadonlySet<string>;
  inverting: ReadonlySet<string>;
  raising: ReadonlySet<string>;
  attitude: ReadonlySet<string>;
  experiencerObject: ReadonlySet<string>;
}
const compiled = new WeakMap<AttributionLexicon, Compiled>();

function compile(lex: AttributionLexicon): Compiled {
  let c = compiled.get(lex);
  if (c) return c;
  const model = cueModel(lex.model);
  const { words: candidates, stems } = reachableCues(model, lex.minProbability);
  const strong = modelStrongCues(model);
  const escapeWord = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternation = [...candidates].sort((a, b) => b.length - a.length).map(escapeWord);
  const stemAlternation = [...stems].sort((a, b) => b.length - a.length).map(escapeWord);
  const stemPart = stemAlternation.length > 0 ? `|(?:${stemAlternation.join('|')})${STEM_ENDINGS_RE_SOURCE}` : '';
  c = {
    candidateRe: new RegExp(`\\b(?:${alternation.join('|')}${stemPart})(?![A-Za-z'\u2019-])`, 'gi'),
    candidateAfterAnyRe: new RegExp(`(?<![A-Za-z'\u2019-])(?:${alternation.join('|')}${stemPart})(?![A-Za-z'\u2019-])`, 'gi'),
    model,
    score: cueScorer(model, lex.minProbability),
    candidates,
    strong: [...strong].every((w) => candidates.has(w)) ? strong : null,
    stems,
    minProbability: lex.minProbability,
    after: lex.sourceAfter,
    stop: new Set(lex.stopBefore),
    hearer: new Set(lex.withHearer),
    inverting: new Set(lex.inverting),
    raising: new Set(lex.raising),
    attitude: new Set(lex.attitude),
    experiencerObject: new Set(lex.experiencerObject),
  };
  compiled.set(lex, c);
  return c;
}

/** Where candidateRe's \b and a letter-only lookbehind disagree: a letter right after a digit or an underscore. */
const DIGIT_OR_UNDERSCORE_THEN_LETTER_RE = /[0-9_][A-Za-z]/;
/** Letters (accented ones too: "Benoît"), apostrophes and hyphens: a candidate right after one is inside a word. */
const isWordJoinCode = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c === 39 || c === 0x2019 || c === 45;

/** A cue word in a name or title ("Support Act", "Said Hassan") is no cue. */
const CAPITAL_RE = /^[A-Z]/;
/**
 * A title-case headline up to a capitalised cue ("‘ISIS Truther’ Trump Is Like A Client, Trevor Noah Says"): every
 * word capitalised (after an opening mark) or a small word titles leave in lower case.
 */
const TITLE_CASE_BEFORE_RE = /^(?:(?:[^\sA-Za-z0-9]*[A-Z0-9][^\s]*|a|an|the|of|to|in|on|for|and|or|at|by|with|from|as|vs\.?)\s+)+$/;

/** Context features of any word (cueFeatures' capital letters) and of one word (its lower-case kinds but w= and s=). */
const GLOBAL_FEATURES = ['P', 'N', 'Q', 'E'];
const WORD_CONTEXT_FEATURES = ['p', 'n', 'c', 'b', 't', 'q', 'e'];

/**
 * The words that can reach `minProbability` in some context: the word's
 * weight plus the best weight of each of its context features. Most words the
 * model knows never can ("show", "support" in the default model) and are
 * skipped without computing features; cueLogitBound then drops those that
 * cannot once the features of one token are taken together ("was", "has").
 */
export function reachableCues(model: ReadonlyMap<string, number>, minProbability: number): { words: ReadonlySet<string>; stems: ReadonlySet<string> } {
  const best = new Map<string, number>();
  for (const [f, w] of model) {
    if (w <= 0 || f.length < 3 || f[1] !== '=' || f[0] === 'S') continue;
    const kind = f[0] as string;
    const key = GLOBAL_FEATURES.includes(kind) ? kind : kind === 'w' || kind === 's' ? null : `${kind}:${f.slice(2, f.indexOf('|'))}`;
    if (key && w > (best.get(key) ?? 0)) best.set(key, w);
  }
  const logit = Math.log(minProbability / (1 - minProbability));
  const context = (model.get('bias') ?? 0) + GLOBAL_FEATURES.reduce((sum, k) => sum + (best.get(k) ?? 0), 0);
  const words = new Set<string>();
  const stems = new Set<string>();
  for (const [f, w] of model) {
    if (f.startsWith('s=') && context + w >= logit) stems.add(f.slice(2));
    if (!f.startsWith('w=')) continue;
    const word = f.slice(2);
    const bound =
      context + w + Math.max(0, model.get(`s=${cueStem(word)}`) ?? 0) + WORD_CONTEXT_FEATURES.reduce((sum, k) => sum + (best.get(`${k}:${word}`) ?? 0), 0);
    if (bound >= logit && cueLogitBound(model, word) >= logit) words.add(word);
  }
  return { words, stems };
}

/**
 * Attributions of one sentence (or headline). `openQuote`: the sentence starts
 * inside a quotation opened earlier in its paragraph. A cue inside a quotation
 * belongs to the quoted speaker's words, not to the article: it is skipped.
 */
export function attributionSpans(text: string, lex: AttributionLexicon = ATTRIBUTION_LEXICON_EN, openQuote = false): SpanAttribution[] {
  const c = compile(lex);
  const s = plainQuotes(text);
  // "Pat Caddell: Voters Worried About …": a headline's speaker and colon come first; what follows is their words.
  const headline = colonQuote(s);
  if (headline) return [headline];
  const opening = openingInversion(s, c.inverting, c.hearer);
  if (opening) return [opening];
  const out: SpanAttribution[] = [];
  /** The model's probability of each attribution's cue, for a stronger later cue to overrule a weak one. */
  const strength: number[] = [];
  let open = openQuote;
  let scanned = 0;
  /** Where the first strong cue word of the sentence starts (-1 until the candidate search meets one). */
  let firstStrong = -1;
  const re = DIGIT_OR_UNDERSCORE_THEN_LETTER_RE.test(s) ? c.candidateAfterAnyRe : c.candidateRe;
  // Most sentences hold no quotation mark: their quotation state is `openQuote` throughout, without a scan.
  const quoted = hasQuoteMarks(s);
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    // \b holds after an apostrophe or a hyphen too: a word there is part of another ("don't", "re-said").
    if (m.index > 0 && isWordJoinCode(s.charCodeAt(m.index - 1))) continue;
    const word = m[0].toLowerCase();
    if (firstStrong < 0 && c.strong?.has(word)) firstStrong = m.index;
    if (!c.candidates.has(word) && !c.stems.has(cueStem(word))) continue;
    if (quoted) open = quoteStateBetween(s, scanned, m.index, open);
    scanned = m.index;
    if (open) continue;
    const end = m.index + m[0].length;
    const p = c.score(s, m.index, end, word, c.strong ? firstStrong : undefined);
    if (p < c.minProbability || notACueHere(s, m.index, end, c)) continue;
    if (CAPITAL_RE.test(m[0]) && m.index > 0 && !TITLE_CASE_BEFORE_RE.test(s.slice(0, m.index))) continue;
    let a = attributionAt(s, m.index, end, word, out, c);
    // A weak cue does not hide a strong one it swallowed ("Opposition leaders warned", "lists have grown to X, the NHS said").
    const weak = strength[strength.length - 1] ?? 1;
    if ((a === null || a.content === null) && weak < WEAK_CUE && p >= STRONG_CUE) {
      const dropped = out.pop();
      strength.pop();
      a = attributionAt(s, m.index, end, word, out, c);
      if (a === null && dropped) {
        out.push(dropped);
        strength.push(weak);
      }
    }
    // A closing ", X said." or ", according to X." reports all before it: a weak or sourceless cue there is the speaker's words
    // ("The defendant wants C, his lawyer argued", "81 percent of Democrats approve of Obama, according to the poll").
    if (
      out.length > 0 &&
      s.length - end <= CLOSING_TAIL_CHARS &&
      (a === null || (a.source && a.content === null) || Boolean(c.after[word])) &&
      CLOSING_RE.test(s.slice(Math.max(0, m.index - 60), m.index))
    ) {
      const alone = attributionAt(s, m.index, end, word, [], c);
      const content = alone?.source ? alone.content : null;
      if (alone && content && content[1] <= alone.cue[0]) {
        // "Asked whether C1, 75 percent said C2": an opening participle clause reports on its own (verbCue).
        const opener = out[0]?.source === null && out[0].content && /^[\s\u201C"(]*$/.test(s.slice(0, out[0].cue[0])) ? out[0] : null;
        const inside = (x: SpanAttribution): boolean => x !== opener && x.cue[0] >= content[0] && x.cue[1] <= content[1];
        // An agentless passive inside ("The deal could be announced C, people familiar with the matter said") has no source.
        const sourceless = (x: SpanAttribution): boolean => x.source === null || subjectIsReported(s, x.cue, c);
        if (out.every((x, k) => !inside(x) || sourceless(x) || (strength[k] ?? 1) < CLOSING_OVERRULES)) {
          for (let k = out.length - 1; k >= 0; k--) {
            if (!inside(out[k] as SpanAttribution)) continue;
            out.splice(k, 1);
            strength.splice(k, 1);
          }
          if (opener?.content && out.includes(opener)) alone.content = trimSpan(s, Math.max(content[0], opener.content[1]), content[1]);
          a = alone;
        } else if ((a === null && c.inverting.has(word)) || (a?.source && (a.content === null || c.after[word] !== undefined))) {
          // A strong report of its own inside ("The company pleaded guilty to fraud, prosecutors said", "Investors fear
          // C, said Jane Doe", "Doctors warned C, according to a report") stays, nested in the closing speaker's content,
          // and ends where that content ends. A cue the first reading swallowed must be a verb of saying ("…, yelling at
          // people", "names weren't disclosed" are not).
          for (const x of out) if (inside(x) && x.content && x.content[1] > content[1]) x.content = trimSpan(s, x.content[0], content[1]);
          a = alone;
        }
      }
    }
    if (a) {
      out.push(a);
      strength.push(p);
      // "The company, citing X, said C": the main verb first, the relaying phrase after it (the reading order of "Yonhap reported, citing X").
      const relay = out[out.length - 2];
      if (relay && a.source && relay.content === a.content && relay.cue[0] > a.source[0] && relay.cue[1] < a.cue[0]) {
        out.splice(out.length - 2, 2, a, relay);
        strength.splice(strength.length - 2, 2, p, strength[strength.length - 2] ?? p);
      }
    }
  }
  asOpening(s, out, strength);
  for (const a of out) if (a.source && a.source[1] <= a.cue[0] && subjectIsReported(s, a.cue, c)) unsourced(s, a);
  // "Why not just say C", "So highlighting C": a word that opens a sentence but never names anyone is no source.
  for (const a of out) if (a.source && NEVER_A_SOURCE_RE.test(s.slice(a.source[0], a.source[1]))) a.source = null;
  // "Conceding that C, the mayor warned D": the opening participle's speaker is the main clause's, as that cue read it.
  const [opener, main] = out;
  if (opener?.source && main?.source && opener.source[0] === main.source[0] && opener.cue[0] < main.source[0]) opener.source = main.source;
  for (const a of out) particleToCue(s, a);
  const colon = colonBeforeQuote(s, out, openQuote);
  if (colon) out.push(colon);
  return out;
}

/**
 * An agentless passive ("his supporters were shown chanting", "the question was asked") or a raising verb ("The
 * team appeared paralyzed"): the subject is part of what is reported, not who reports it. Decided after the
 * sentence is read, so which later cues are nested stays as for any verb.
 */
function subjectIsReported(s: string, cue: [number, number], c: Compiled): boolean {
  const head = /[A-Za-z]+$/.exec(s.slice(cue[0], cue[1]))?.[0].toLowerCase() ?? '';
  if (c.raising.has(head)) return true;
  if (c.attitude.has(head)) return false;
  const start = cue[1] - head.length;
  return agentlessPassive(s, start, cue[1]);
}

/** "As" opening a sentence before a speaker: "As Reuters reported, C". */
const AS_OPENING_RE = /^[\s\u201C"(]*as\s+$/i;
/** After an opening "as" clause's cue, up to three words ("reported on Monday") and the comma that closes the clause. */
const AS_CLAUSE_END_RE = /^(?:\s+[^\s,;:]+){0,3}\s*,/;

/**
 * "As Reuters reported, C", "As the minister noted on Monday, C": an opening "as" clause reports the main clause, and a
 * weak cue there is part of what was reported ("As Politico revealed, the committee agreed to C"), as under a closing
 * ", X said".
 */
function asOpening(s: string, out: SpanAttribution[], strength: number[]): void {
  const first = out[0];
  if (!first?.source || first.source[1] > first.cue[0] || !AS_OPENING_RE.test(s.slice(0, first.source[0]))) return;
  const end = AS_CLAUSE_END_RE.exec(s.slice(first.cue[1]));
  const content = end ? trimSpan(s, first.cue[1] + end[0].length, s.length) : null;
  if (!content || content[1] - content[0] < MIN_CONTENT_CHARS) return;
  first.content = content;
  for (let k = 1; k < out.length; k++) {
    const x = out[k] as SpanAttribution;
    if (!first.content || x.cue[0] < first.content[0] || x.cue[0] >= first.content[1]) continue;
    // "As the minister said, C1, and the union warned C2": a later speaker of its own ends what the "as" clause reports.
    if (x.source && x.source[0] > first.content[0]) {
      const cut = trimSpan(s, first.content[0], x.source[0]);
      const kept = cut ? trimSpan(s, cut[0], cut[0] + s.slice(cut[0], cut[1]).replace(/[\s,;]*(?:and|but)?[\s,;]*$/, '').length) : null;
      first.content = kept && kept[1] - kept[0] >= MIN_CONTENT_CHARS ? kept : first.content;
      return;
    }
    if ((strength[k] ?? 1) < CLOSING_OVERRULES) {
      out.splice(k, 1);
      strength.splice(k, 1);
      k--;
    }
  }
}

/** A source read as one of these words alone names nobody. */
const NEVER_A_SOURCE_RE =
  /^(?:what|what['\u2019]s|so|there|there['\u2019]s|here|here['\u2019]s|despite|why|how|let['\u2019]s|just|even|or|whether|then|now|yet|also|still)$/i;

/**
 * No source; the subject joins the content when the content follows the cue, unless a "that" clause is the content
 * ("It was reported that C", "The jury was told that C": the subject is a dummy or the hearer, not what is reported).
 */
function unsourced(s: string, a: SpanAttribution): void {
  const source = a.source as [number, number];
  if (a.content && a.content[0] >= a.cue[1] && !THAT_BEFORE_RE.test(s.slice(a.cue[1], a.content[0]))) a.content = [source[0], a.content[1]];
  a.source = null;
}
const THAT_BEFORE_RE = /\bthat\s*$/i;

/** A cue the model gives less than this is overruled by a STRONG_CUE one it would hide (0.5 to 0.7 tie on train; 0.7 keeps "agreed to pay …, the club said" with the club). */
const WEAK_CUE = 0.7;
const STRONG_CUE = 0.8;
/** Longest rest of a sentence after a closing cue (", said the chief executive of the company."). */
const CLOSING_TAIL_CHARS = 120;
/** Before a closing cue: a comma or a closing quotation mark, then at most a few words (the speaker). */
const CLOSING_RE = /[,"\u201D\u2019]\s*(?:[^\s,"\u201D]+\s+){0,6}$/;
/** A cue inside what a closing ", X said." reports is the speaker's words when the model gives it less than this. */
const CLOSING_OVERRULES = 0.8;
/** An adverb cue ("reportedly", "allegedly"): it reports an unnamed source; the clause's subject belongs to the content. */
const ADVERB_RE = /ly$/;
/** Before a passive cue: "are forecast to reach", "is expected to", "is said to". */
const PASSIVE_TO_RE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|also\s+|now\s+|widely\s+)*$/i;

const PARTICIPLE_RE = /(?:ed|en|wn|said|thought|told|held|forecast|found)$/i;
/** A passive with an infinitive reports unnamed sources about its subject ("Temperatures are forecast to reach 40C"), like an adverb cue. */
function raisingPassive(s: string, start: number, end: number): boolean {
  // A participle ("expected", "forecast", "said", "known"), not an adjective ("was quick to embrace").
  if (!PARTICIPLE_RE.test(s.slice(start, end))) return false;
  return /^\s+to\s/.test(s.slice(end, end + 5)) && PASSIVE_TO_RE.test(s.slice(Math.max(0, start - 30), start));
}

/**
 * A passive without an agent ("his supporters were shown chanting", "the question was asked"): its subject is
 * what is reported or shown, not who reports it; "was first reported by MSNBC" names its source (verbCue).
 */
function agentlessPassive(s: string, start: number, end: number): boolean {
  if (!PARTICIPLE_RE.test(s.slice(start, end)) || BY_AFTER_RE.test(s.slice(end, end + BY_AFTER_WINDOW_CHARS))) return false;
  return PASSIVE_TO_RE.test(s.slice(Math.max(0, start - 30), start));
}

/** Words before a noun: a cue word after one is a noun ("these claims", "his warning"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'these', 'those', 'this', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);
/** What lets a nominal cue introduce content: "the claim that C", "his warning: C", "her words, “C”". */
const NOUN_CONTENT_RE = /^\s*(?:that\b|:|,?\s*[\u201C\u2018"\u00AB])/;

/** Words for a forecast of figures, nouns when a verb takes them as object ("beat forecasts", "raised estimates"). */
const FORECAST_NOUNS: ReadonlySet<string> = new Set(
  'forecast forecasts estimate estimates expectation expectations projection projections prediction predictions'.split(' '),
);
/** Verbs of business copy that compare or revise figures against a forecast. */
const FIGURE_VERBS: ReadonlySet<string> = new Set(
  'beat beats beating missed misses missing topped tops topping exceeded exceeds exceeding surpassed surpasses trailed trails lagged raised raises raising cut cuts cutting lowered lowers lowering lifted lifts lifting trimmed trims trimming hiked upgraded downgraded'.split(
    ' ',
  ),
);

/** Contexts that make a candidate no cue whatever the model says. */
function notACueHere(s: string, start: number, end: number, c: Compiled): boolean {
  // Opening a sentence, only a participle or "according" is a cue ("Asked about it, she said"); "Shares fell" is a subject.
  const word = s.slice(start, end).toLowerCase();
  if (/^[\s\u201C"(]*$/.test(s.slice(0, start)) && !/(?:ing|ed)$/.test(word) && !(word in c.after)) return true;
  if (DETERMINERS.has(wordBefore(s, start)) && !NOUN_CONTENT_RE.test(s.slice(end, end + 8))) return true;
  // "beats forecasts", "missed estimates": a forecast word after a verb of comparing or revising figures is its object.
  if (FORECAST_NOUNS.has(word) && FIGURE_VERBS.has(wordBefore(s, start))) return true;
  // "reportedly said": the verb is the cue and takes the adverb along (cueSpan).
  if (ADVERB_RE.test(word)) {
    const next = /^\s+([A-Za-z]+)/.exec(s.slice(end, end + 24));
    const nextWord = next?.[1]?.toLowerCase();
    if (nextWord && (c.candidates.has(nextWord) || c.stems.has(cueStem(nextWord)))) {
      const at = end + (next?.[0].length ?? 0) - nextWord.length;
      if (c.score(s, at, at + nextWord.length, nextWord) >= c.minProbability) return true;
    }
  }
  return false;
}

/** The attribution of the cue word at [start, end), given the ones before it in the sentence; null when it is none. */
function attributionAt(s: string, start: number, end: number, word: string, out: SpanAttribution[], c: Compiled): SpanAttribution | null {
  const prev = out[out.length - 1];
  const nested = prev?.content && start >= prev.content[0] && start < prev.content[1];
  const second = nested && prev ? secondAttribution(s, prev, start, c) : 'own';
  if (second === null) return null;
  const cue = cueSpan(s, start, end, c);
  if (ADVERB_RE.test(word) || raisingPassive(s, start, end)) return adverbCue(s, cue, c, prev ?? null);
  // "X said, citing low growth": without a speaker to cite, "citing" gives X's reasons like "adding".
  // "The club, citing medical staff, said C": right after the subject, "citing X" relays X (sourceAfterCue); "He banned
  // reporters, citing his anger at their stories" gives his reasons: he is the source.
  const relaying = prev === undefined && RELAY_AFTER_SUBJECT_RE.test(s.slice(0, cue[0]));
  const cites = word in c.after && (word === 'according' || relaying || citesSpeaker(s, cue[1]));
  return cites
    ? sourceAfterCue(s, cue, prev ?? null)
    : verbCue(s, cue, c, word, prev ?? null, second === 'same' || (prev !== undefined && /ing$/.test(word) && /,\s*$/.test(s.slice(0, cue[0]))));
}

/** "The company reportedly plans C", "X is expected to C": no source; the content is the clause, its subject included. */
function adverbCue(s: string, cue: [number, number], c: Compiled, prev: SpanAttribution | null): SpanAttribution | null {
  const clauseStart = prev ? Math.max(prev.cue[1], prev.content?.[1] ?? 0) : 0;
  const subject = nounPhraseBefore(s, cue[0], c.stop);
  const content = trimSpan(s, subject && subject[0] >= clauseStart ? subject[0] : clauseStart, s.length);
  return content && content[1] - content[0] >= MIN_CONTENT_CHARS ? { source: null, cue, content } : null;
}

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
/** Subjects that open a relative clause ("Barkley, who said C, said D"). */
const RELATIVE_RE = /^(?:who|which|that)$/i;

/**
 * A cue inside the content of the one before it is either that speaker's
 * words ("X said Y believes C": no second attribution, null) or starts a
 * second attribution, and then the first content ends where the second
 * begins: 'same' speaker ("X said A, adding B", "X praised A and said B"),
 * or a subject of its 'own' after a clause boundary ("X said A, but Y argued
 * B"), or the main verb after a relative clause ("Barkley, who said A, said B").
 */
function secondAttribution(s: string, prev: SpanAttribution, at: number, c: Compiled): 'same' | 'own' | null {
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
  const relativeHere = RELATIVE_BEFORE_CUE_RE.exec(between);
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
  if (subject && subject[0] < prev.cue[0] && sameSubject && /ing$/i.test(s.slice(prev.cue[0], prev.cue[1])) && /,\s*$/.test(s.slice(0, prev.cue[0]))) {
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

/** Words after a participle that hangs on a noun ("described as", "backed by"). */
const PARTICIPLE_NEXT: ReadonlySet<string> = new Set(['as', 'by']);
/** A subject pronoun as the whole source. */
const SUBJECT_PRONOUN_ALONE_RE = /^(?:he|she|they|we|I)$/i;

/** A short subject (up to four words) and its comma opening the sentence ("The club, "): a cue after it is an insertion. */
const RELAY_AFTER_SUBJECT_RE = /^\s*(?:[^\s,]+\s+){0,3}[^\s,]+,\s*$/;

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

/** The cue head with its auxiliaries ("has also said") and companion word ("according to"). */
function cueSpan(s: string, start: number, end: number, c: Compiled): [number, number] {
  let from = start;
  for (;;) {
    const m = /([A-Za-z]+(?:['\u2019]t)?)\s+$/.exec(s.slice(Math.max(0, from - 20), from));
    if (!m?.[1] || !isCuePrefix(m[1])) break;
    from -= m[0].length;
  }
  const medium = MEDIUM_RE.exec(s.slice(end));
  if (medium) return [from, end + medium[0].length];
  // "was quoted as saying C": the verb of saying closes the cue, and the subject is the speaker, no agentless passive.
  const quotedAs = QUOTED_AS_HEADS.has(s.slice(start, end).toLowerCase()) ? QUOTED_AS_RE.exec(s.slice(end)) : null;
  if (quotedAs) return [from, end + quotedAs[0].length];
  const companion = c.after[s.slice(start, end).toLowerCase()];
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
function particleToCue(s: string, a: SpanAttribution): void {
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

/** True when `at` lies inside a quotation (curly, guillemet, low-9 or straight double quotes). */
export function insideQuote(s: string, at: number, openQuote: boolean): boolean {
  return quoteStateAt(s, at, openQuote);
}

/** Who can be cited as a source: a name, or a speaking noun ("citing officials", "citing a report"). */
const SPEAKER_NOUN_RE =
  /^\s*(?:the\s+|a\s+|an\s+|two\s+|three\s+|several\s+|unnamed\s+|senior\s+|local\s+|government\s+)*(?:[A-Z]|officials?|sources?|people|persons|reports?|data|figures|statements?|surveys?|polls?|study|studies|analysts?|experts?|spokes\w+|ministry|agency|police|government|documents?|researchers|witnesses|residents|diplomats|aides?|estimates?\b)/;

/** "X said, citing officials" cites a speaker; "X said, citing low growth" gives X's reasons. */
function citesSpeaker(s: string, at: number): boolean {
  return SPEAKER_NOUN_RE.test(s.slice(at, at + 80));
}

/** "According to X, C" / "C, according to X" / "C, citing X". */
function sourceAfterCue(s: string, cue: [number, number], prev: SpanAttribution | null): SpanAttribution {
  const source = nounPhraseAfter(s, cue[1]);
  // "Yonhap reported, citing the NIS, that C": what comes before is the relaying attribution.
  const before = trimSpan(s, prev ? Math.max(prev.cue[1], prev.content?.[1] ?? 0) : 0, cue[0]);
  const afterSource = source ? trimSpan(s, source[1], s.length) : null;
  const afterThat = afterSource ? trimSpan(s, afterSource[0] + (/^that\s+/i.exec(s.slice(afterSource[0]))?.[0].length ?? 0), afterSource[1]) : null;
  let content = before && before[1] - before[0] >= MIN_CONTENT_CHARS ? before : afterThat;
  if (content && content[1] - content[0] < MIN_CONTENT_CHARS) content = null;
  // "C, Reuters reported, citing X" and "Yonhap reported, citing X, that C": one content for both.
  if (prev && !content) content = prev.content;
  else if (prev && !prev.content) prev.content = content;
  return { source, cue, content };
}

/** Words between a subject and its verb that are no subject: auxiliaries, and a preposition opening an adverbial ("who in the past has voiced"). */
const NOT_A_SUBJECT_START_RE =
  /^(?:has|have|had|is|are|was|were|will|would|could|should|can|may|might|must|does|did|do|in|on|at|during|through|for|since|over|together|jointly|perhaps|now|once|still|then)\b/i;

/**
 * The subject right before a verb: a noun phrase or a relative pronoun. A phrase opening with an auxiliary or a
 * preposition is what stands between the subject and the verb ("Beck, who has in the past described"): the
 * subject is read before it.
 */
function subjectBefore(s: string, at: number, c: Compiled): [number, number] | null {
  const np = nounPhraseBefore(s, at, c.stop);
  if (!np || !NOT_A_SUBJECT_START_RE.test(s.slice(np[0], np[1]))) return (np && withRestrictiveRelative(s, np, c)) ?? np ?? relativeBefore(s, at);
  // "That is why critics say": the subject follows the wh-word of a clause opening with its verb.
  const wh = WH_IN_PHRASE_RE.exec(s.slice(np[0], np[1]));
  if (wh) return trimSpan(s, np[0] + wh.index + wh[0].length, np[1]) ?? np;
  const relative = relativeBefore(s, np[0]);
  if (relative && /^who$/i.test(s.slice(relative[0], relative[1]))) return withRestrictiveRelative(s, np, c) ?? relative;
  return relative && WHO_WHICH_RE.test(s.slice(relative[0], relative[1])) ? relative : np;
}

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
function pronounSubjectBefore(s: string, at: number): [number, number] | null {
  let found: [number, number] | null = null;
  SUBJECT_PRONOUN_RE.lastIndex = 0;
  for (let m = SUBJECT_PRONOUN_RE.exec(s); m !== null && m.index < at; m = SUBJECT_PRONOUN_RE.exec(s)) {
    const at0 = m.index + m[0].length - (m[1]?.length ?? 0);
    if (!quoteStateAt(s, at0, false)) found = trimSpan(s, at0, m.index + m[0].length);
  }
  return found;
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
/** "said by phone", "forecast by 0.1 points": "by" and a medium or an amount, no agent. */
const BY_MEDIUM_RE = /^\s+by\s+(?:[$\u20AC\u00A3\u00A5]?[0-9]|phone|telephone|email|e-mail|text|video|letter|mail|fax|satellite|video\s*link)\b/i;
/** Characters after a participle read for its agent (BY_AFTER_RE: up to three words, then "by"). */
const BY_AFTER_WINDOW_CHARS = 80;
/**
 * "by" right after the cue, perhaps after a few words ("criticized on Sunday by"); "by" and an amount is no agent
 * ("accused of overcharging customers by $50 million").
 */
const BY_AFTER_RE =
  /^(?:\s+[\w'\u2019-]+){0,3}?\s+by\s+(?![$\u20AC\u00A3\u00A5]?[0-9]|(?:about|around|nearly|almost|roughly|some|up\s+to|more\s+than|less\s+than)\s+[$\u20AC\u00A3\u00A5]?[0-9])/;

/** A reporting verb: source before it (or inverted after it), content after it or before the source. */
function verbCue(s: string, cue: [number, number], c: Compiled, word: string, prev: SpanAttribution | null, sameSpeaker: boolean): SpanAttribution | null {
  // "O'Malley's move was first reported by MSNBC": a passive cue names its source after "by".
  // "a call echoed by Japan", "The bill, opposed by House Republicans,": a participle with its agent needs no auxiliary.
  const reduced = PARTICIPLE_RE.test(word) && REDUCED_PASSIVE_RE.test(s.slice(cue[1], cue[1] + 40)) && !BY_MEDIUM_RE.test(s.slice(cue[1], cue[1] + 40));
  const by = reduced || PASSIVE_BEFORE_RE.test(s.slice(Math.max(0, cue[0] - 24), cue[0]) + s.slice(cue[0], cue[1])) ? BY_AFTER_RE.exec(s.slice(cue[1])) : null;
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
    if (object && subject) return { source: object, cue, content: subject };
  }
  if (by) {
    const source = nounPhraseAfter(s, cue[1] + by[0].length);
    const content = trimSpan(s, prev?.content ? Math.max(prev.content[1], prev.cue[1]) : 0, cue[0]);
    if (source) return { source, cue, content: content && content[1] - content[0] >= MIN_CONTENT_CHARS ? content : null };
  }
  // "…, by saying C", "after determining C": a participle after a preposition has the subject of the clause it hangs on.
  const adverbial = /ing$/.test(word) && ADVERBIAL_PREPOSITIONS.has(wordBefore(s, cue[0]));
  // The participle's subject is the clause's: the speaker of the cue before it ("X told reporters, before insisting C"), else the sentence's.
  let source = sameSpeaker && prev ? prev.source : adverbial ? (prev ? prev.source : null) : subjectBefore(s, cue[0], c);
  // ", perhaps recognizing C": an adverb before a participle is no subject; the clause's subject is read below.
  if (source && ADVERB_ALONE_RE.test(s.slice(source[0], source[1]))) source = null;
  // "Jason Sims — a teacher — says C": the subject is the noun phrase before an insertion between dashes, with it.
  if (!sameSpeaker && !adverbial && DASH_BEFORE_RE.test(s.slice(Math.max(0, cue[0] - 4), cue[0]))) {
    const dashed = dashedSubject(s, cue[0], c);
    if (dashed && (source === null || source[0] > dashed[0])) source = dashed;
  }
  const subjectless = adverbial || SUBJECTLESS_RE.exec(s.slice(0, cue[0]));
  // ", said Jane Doe" is inverted; ", saying C" and "and then said C" share the sentence's subject.
  if (
    source === null &&
    subjectless &&
    (/ing$/.test(word) || (subjectless !== true && /\b(?:and|but)\b/.test(subjectless[0]))) &&
    !/^[\u201C\u2018"]/.test(s)
  ) {
    source = pronounSubjectBefore(s, cue[0]) ?? leadingSubject(s);
  }
  let inverted = false;
  let relayed: SpanAttribution | null = null;
  // Pages close a quotation with an opening mark too (“…,“ said X).
  // "Reince Priebus, the party chairman, this past week announced C": the appositive ends before when it was said.
  const beforeWhen = source === null ? whenBefore(s, cue[0]) : cue[0];
  if (source === null && /[,"\u201D\u2019\u00BB\u201C]\s*$/.test(s.slice(0, beforeWhen))) {
    // "“C,” said Jane Doe": after a closing quotation a verb of saying is read inverted first; "Jane Doe, host of “The
    // Five,” said C" is read as an appositive when no speaker follows.
    const quoteThenInverting = c.inverting.has(word) && quoteClosesBefore(s, cue[0]);
    source = quoteThenInverting ? null : appositiveSource(s, beforeWhen, c.stop);
    // "The company, citing people familiar with the matter, said C": the cited phrase relays, the subject speaks.
    if (source && prev && prev.cue[0] > source[0] && prev.cue[1] < source[1]) {
      const relay = c.after[s.slice(prev.cue[0], prev.cue[1]).split(/\s/)[0]?.toLowerCase() ?? ''] !== undefined;
      // "Jane Doe, noting A, said B": the participle is hers (secondAttribution), the subject stops at its comma.
      if (relay || (/ing$/i.test(s.slice(prev.cue[0], prev.cue[1])) && /,\s*$/.test(s.slice(0, prev.cue[0])))) {
        source = trimSpan(s, source[0], s.lastIndexOf(',', prev.cue[0]));
        if (relay) relayed = prev;
      }
    }
    // "Humphrey, who calls Trump a “sociopath,” said C": the speaker is the noun the relative clause hangs on.
    if (source === null && prev?.source && RELATIVE_RE.test(s.slice(prev.source[0], prev.source[1])) && /,\s*$/.test(s.slice(0, prev.source[0]))) {
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
    if (source === null && !prev && /,\s*$/.test(s.slice(0, cue[0]))) source = openingSubject(s, cue[0]);
  }
  // "42% say C": a share or a count as subject.
  if (source === null) source = countSubject(s, cue[0]);
  // "Asked about the vote, he said C": an opening participle clause ends at its comma; the main clause reports on its own.
  if (source === null && !prev && /^[\s\u201C"(]*$/.test(s.slice(0, cue[0])) && /(?:ed|ing)$/.test(word)) {
    const comma = s.indexOf(',', cue[1]);
    const content = comma > 0 ? trimSpan(s, cue[1], comma) : null;
    // "Conceding that C, the mayor warned D": an active participle's subject is the main clause's; "Asked about C, …" has none.
    if (content) return { source: /ing$/.test(word) ? leadingSubject(s) : null, cue, content };
  }
  // A participle phrase closing the source says how the speaker spoke, unless it is a cue of its own ("citing X").
  if (source && !inverted && source[1] <= cue[0] && !(prev && prev.cue[0] >= source[0] && prev.cue[1] <= source[1])) {
    source = withoutParticiplePiece(s, source);
  }
  const afterCue = inverted && source ? source[1] : cue[1];
  const rest = withoutTrailingPunct(s.slice(afterCue));
  // "…, its chairman told reporters.": a hearer alone after the cue is no content.
  const hearerOnly = c.hearer.has(word) && HEARER_ONLY_RE.test(rest);
  // "said on Monday that C" has its content after; "officials said, adding that D" closes a content before it.
  const restIsTail = hearerOnly || rest.trim().length < MIN_CONTENT_CHARS || (TAIL_RE.test(rest) && (!/\bthat\b/.test(rest) || PARTICIPLE_TAIL_RE.test(rest)));
  const contentStart = source && !inverted && source[0] < cue[0] ? source[0] : cue[0];
  // "“C,” the striker said, adding D": a quotation closing right before the speaker is the content.
  const quoteBefore = !sameSpeaker && quoteClosesBefore(s, contentStart);
  let content: [number, number] | null;
  if (restIsTail || inverted || quoteBefore) content = trimSpan(s, prev?.content ? Math.max(prev.content[1], prev.cue[1]) : 0, contentStart);
  else content = trimSpan(s, skipHearer(s, afterCue, c, word), s.length);
  if (content && content[1] - content[0] < MIN_CONTENT_CHARS) content = null;
  if (content === null && source === null) return null;
  if (relayed) relayed.content = content;
  return { source, cue, content };
}

/** An insertion between dashes right before a verb ("— a teacher from Mount Pleasant —", "-- and some Republicans --", " - in a line aimed at X - "). */
const DASHED_INSERTION_RE = /(?:[\u2014\u2013]|--|\s-\s)[^\u2014\u2013]{1,120}?(?:[\u2014\u2013]|--|\s-)\s*$/;
/** A dash (two hyphens, or a hyphen between blanks) and blanks right before a verb. */
const DASH_BEFORE_RE = /(?:[\u2014\u2013]|--|\s-)\s*$/;
/** A count or a share opening a clause right before a verb ("42% say", "while 30 percent said" reads as words). */
const COUNT_SUBJECT_RE = /(?:^|[,;:]\s*|\b(?:and|but|while|whereas)\s+)(\d[\d,.]*%?)\s+$/;

/** "Jason Sims — a teacher from Mount Pleasant — says": the noun phrase before the dashes, with the insertion. */
function dashedSubject(s: string, at: number, c: Compiled): [number, number] | null {
  const before = s.slice(0, at);
  const m = DASHED_INSERTION_RE.exec(before);
  if (!m) return null;
  const head = nounPhraseBefore(s, m.index, c.stop);
  return head ? trimSpan(s, head[0], at) : null;
}

/** "42% say C", "Of those asked, 43 said C": a count as the subject (nounPhraseBefore wants a word). */
function countSubject(s: string, at: number): [number, number] | null {
  const m = COUNT_SUBJECT_RE.exec(s.slice(Math.max(0, at - 40), at));
  if (!m?.[1]) return null;
  const start = at - m[0].length + m[0].lastIndexOf(m[1]);
  return trimSpan(s, start, start + m[1].length);
}

/** What follows an inverted speaker: the sentence end, an appositive, or when and where it was said. */
const AFTER_INVERTED_RE = /^\s*(?:$|[,.;:!?"\u201D\u2019)(]|(?:on|in|at|last|this|during|late|early|yesterday|today|who|which|after|before|when|while)\b)/;
/**
 * A clause read where an inverted speaker would stand: a subject pronoun and more words ("he doesn't believe"), an
 * object pronoun, a preposition or when it was said ("recalled him saying", "said in an interview with X that",
 * "tweeted Sunday after C"), or an auxiliary before any relative word ("his boss was", "it would treat"); "said Jane
 * Doe, who was there" stays.
 */
const CLAUSE_NOT_SPEAKER_RE =
  /^(?:(?:he|she|they|we|I|it|you)\b[\s\u2019']+\S|(?:him|them|me|us|with|in|on|at|to|for|from|by|of|about|after|before|during|yesterday|today|tonight|this|last|earlier|later|recently|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|(?:(?!\b(?:who|whose|which|that)\b)[^,])*?\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do)\b)/;
/** Words opening a reported clause, never an inverted speaker. */
const CONTENT_OPENER_RE = /^\s+(?:that|whether|if|how|why|what|when)\b/i;
/** A few words ending the sentence after a verb that takes a hearer ("told reporters", "asked the crowd"). */
const HEARER_ONLY_RE = /^(?:\s+[\w'\u2019.-]+){1,3}$/;
/**
 * What follows a cue when the content came before it: ", X said on Monday", ", adding ..." (not ', “C”': a quotation is
 * content, nor "at least" or "at most", a bound opening the content: "said at least 14 people died").
 */
const TAIL_RE = /^\s*(?:(?:on|in|at(?!\s+(?:least|most)\b)|last|this|during|late|early|yesterday|today)\b|[,;](?!\s*[\u201C\u2018"]))/i;
/** A participle after the cue's comma (", adding that D"): the cue's own content came before it. */
const PARTICIPLE_TAIL_RE = /^[^,]*,\s*[a-z]+ing\b/;
/** Closing quotation marks (pages close with an opening one too: “…“). */
const CLOSING_QUOTE_CODES: ReadonlySet<number> = new Set([0x201d, 0x2019, 0xbb, 0x201c, 0x22]);
const COMMA = 0x2c;

/**
 * A quotation (and its comma) closing right before `end`, with something
 * quoted before it: /\S\s*[,.?!]?["”’»“]\s*,?\s*$/ on s[0, end), read
 * backwards from `end` (the regex ran over the whole sentence before it at every cue).
 */
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
  /^\s+(?:me|us|him|them|reporters|journalists|jurors|lawmakers|legislators|investors|analysts|shareholders|supporters|parliament|(?:the|a)\s+(?:court|jury|judge|committee|panel|newspaper|paper|crowd|audience|broadcaster|agency|station|channel|magazine|reporter|journalist|inquiry|tribunal|hearing)|(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})(?=\s+(?:the|a|an|his|her|its|their|this|these|those|he|she|it|they|we|I|there|[0-9])\s)/;
const PREPOSITION_AFTER_RE = /^\s+(?:of|about|against|on|over|for)\s/i;

/** After "told reporters", "asked the crowd": skip the hearer up to "that", a colon or a comma. */
function skipHearer(s: string, at: number, c: Compiled, verb: string): number {
  const rest = s.slice(at);
  // "warned of heavy rain, saying …": a preposition opens the content, not a hearer.
  if (c.hearer.has(verb) && !PREPOSITION_AFTER_RE.test(rest)) {
    const m = HEARER_RE.exec(rest) ?? (TELL_RE.test(verb) ? BARE_HEARER_RE.exec(rest) : null);
    if (m) return at + m[0].length;
  }
  const t = CONTENT_OPENING_RE.exec(rest);
  return at + (t ? t[0].length : 0);
}

export { trimSpan };
