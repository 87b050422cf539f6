/**
 * The attribution lexicon of a language and its compiled form: the learned cue model with the hand-set and borrowed
 * weights added to it, the word lists every reading consults (stop words before a source, verbs that take a hearer,
 * raising, attitude and experiencer verbs, inverting verbs), and what the candidate scan needs compiled once per
 * lexicon (the candidate alternation, reachable words and stems, the scorer). Separate from the readings because it is
 * data plus a one-off compilation: another language adds a lexicon here and no reading changes.
 */
import { borrowedWeights, britishSpellings } from './attribution-borrowed.js';
import {
  STEM_ENDINGS_RE_SOURCE,
  type ScoredWord,
  type ScoredWordScorer,
  cueContextBound,
  cueLogitBound,
  cueModel,
  cueStem,
  cueStemWeights,
  modelStrongCues,
  scoredWord,
  scoredWordScorer,
} from './attribution-cues.js';
import { LEARNED_CUE_MODEL_EN } from './attribution-cues-en.js';
import { DOUBTFUL_CUE_HEADS_EN } from './attribution-doubtful-en.js';
import { reportingVerbSiblings } from './attribution-verbs-en.js';
/** Per-language cue vocabulary. */
export interface AttributionLexicon {
  /** Learned cue model, packed "feature~weight feature~weight ..." (attribution-cues.ts). */
  model: string;
  /** Lowest probability of the model that makes a word a cue. */
  minProbability: number;
  /**
   * Cue heads the attributor reads too often where the annotators mark no cue (attribution-doubtful-en.ts, learned
   * from the train split): these need `doubtfulMinProbability`.
   */
  doubtful: readonly string[];
  doubtfulMinProbability: number;
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
  /**
   * A judgement its giver hands out, read "<subject> <receiving verb> … <noun> from <giver>" ("The plan drew criticism
   * from unions"): the receiving verbs (every form, multi-word ones with a blank) and the nouns of judgement; `ofNouns`
   * also take their giver after "the … of" ("won the endorsement of the teachers' union", "has the backing of X").
   */
  received: { verbs: readonly string[]; nouns: readonly string[]; ofNouns: readonly string[] };
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
  doubtful: DOUBTFUL_CUE_HEADS_EN,
  // Even odds: a doubtful head is a cue only where the model finds one likelier than not (dev source overlap F1 0.790
  // without the list, 0.792 with it; 0.792 / 0.791 at 0.6 / 0.7).
  doubtfulMinProbability: 0.5,
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
  received: {
    verbs:
      'draw draws drew drawn drawing face faces faced facing spark sparks sparked sparking win wins won winning receive receives received receiving earn earns earned earning attract attracts attracted attracting get gets got gotten getting prompt prompts prompted prompting provoke provokes provoked provoking trigger triggers triggered triggering take takes took taken taking enjoy enjoys enjoyed enjoying gain gains gained gaining garner garners garnered garnering come_under comes_under came_under coming_under meet_with meets_with met_with meeting_with secure secures secured securing land lands landed landing pick_up picks_up picked_up picking_up'
        .split(' ')
        .map((v) => v.replace('_', ' ')),
    nouns:
      'criticism praise support opposition condemnation backlash fire heat rebuke rebukes scrutiny pushback applause endorsement endorsements complaints objections resistance ridicule scorn blame outrage protests acclaim plaudits'.split(
        ' ',
      ),
    ofNouns: ['support', 'backing', 'endorsement', 'blessing', 'approval'],
  },
  inverting:
    'said says say added adds asked asks wrote writes noted notes explained explains continued continues recalled recalls replied replies answered insisted insists argued argues observed declared warned warns tweeted reported reports remarked stated concluded cautioned countered acknowledged admitted suggested announced'.split(
      ' ',
    ),
};

export interface Compiled {
  model: ReadonlyMap<string, number>;
  /** The cue model's probability of a word of `scanned` at [start, end) of a sentence (cueScorer), 0 below minProbability. */
  score: ScoredWordScorer;
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
   * Every word that is a candidate or whose stem (cueStem) is one of `stems` (scannedWords), with what the scorer reads
   * of it: the scan's test of each match, its strong-cue test and the scorer's word lookup in one lookup, without running
   * the stem regex on the matches that are neither ("has", "was", "who").
   */
  scanned: ReadonlyMap<string, ScoredWord>;
  /**
   * The model's strong cue words when every one is a candidate: the candidate search then meets the first of a
   * sentence, and the scorer is told where it is instead of searching for it again. Null otherwise.
   */
  strong: ReadonlySet<string> | null;
  /** Stems that make a cue in some context whatever their inflection ("urg" for "urges"). */
  stems: ReadonlySet<string>;
  minProbability: number;
  doubtful: ReadonlySet<string>;
  doubtfulMinProbability: number;
  /**
   * sourceAfter as a map: the scan asks it for every cue it reads, with a word freshly cut from the sentence, which a
   * map finds by its hash where an object's property lookup first looks the string up among V8's interned names.
   */
  after: ReadonlyMap<string, string>;
  stop: ReadonlySet<string>;
  hearer: ReadonlySet<string>;
  inverting: ReadonlySet<string>;
  raising: ReadonlySet<string>;
  attitude: ReadonlySet<string>;
  experiencerObject: ReadonlySet<string>;
  /** `received` as one pattern (attribution-received.ts): group 1 or 2 the verb's words through the noun, then "from" or "of". */
  receivedRe: RegExp;
  /** `received`'s nouns, both lists: the cheap test before receivedRe. */
  receivedNouns: ReadonlySet<string>;
  /** nounKey of each of receivedNouns: a test by character code and length before a word is cut out of its sentence. */
  receivedNounKeys: ReadonlySet<number>;
}
const compiled = new WeakMap<AttributionLexicon, Compiled>();

export function compile(lex: AttributionLexicon): Compiled {
  let c = compiled.get(lex);
  if (c) return c;
  const model = cueModel(lex.model);
  const { words: candidates, stems } = reachableCues(model, lex.minProbability);
  const strong = modelStrongCues(model);
  const strongScan = [...strong].every((w) => candidates.has(w)) ? strong : null;
  const escapeWord = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternation = [...candidates].sort((a, b) => b.length - a.length).map(escapeWord);
  const stemAlternation = [...stems].sort((a, b) => b.length - a.length).map(escapeWord);
  const stemPart = stemAlternation.length > 0 ? `|(?:${stemAlternation.join('|')})${STEM_ENDINGS_RE_SOURCE}` : '';
  c = {
    candidateRe: new RegExp(`\\b(?:${alternation.join('|')}${stemPart})(?![A-Za-z'\u2019-])`, 'gi'),
    candidateAfterAnyRe: new RegExp(`(?<![A-Za-z'\u2019-])(?:${alternation.join('|')}${stemPart})(?![A-Za-z'\u2019-])`, 'gi'),
    model,
    score: scoredWordScorer(model, lex.minProbability),
    candidates,
    scanned: scannedEntries(model, scannedWords(candidates, stems), strongScan),
    strong: strongScan,
    stems,
    minProbability: lex.minProbability,
    doubtful: new Set(lex.doubtful),
    doubtfulMinProbability: lex.doubtfulMinProbability,
    after: new Map(Object.entries(lex.sourceAfter)),
    stop: new Set(lex.stopBefore),
    hearer: new Set(lex.withHearer),
    inverting: new Set(lex.inverting),
    raising: new Set(lex.raising),
    attitude: new Set(lex.attitude),
    experiencerObject: new Set(lex.experiencerObject),
    receivedRe: receivedPattern(lex.received, escapeWord),
    receivedNouns: new Set([...lex.received.nouns, ...lex.received.ofNouns]),
    receivedNounKeys: new Set([...lex.received.nouns, ...lex.received.ofNouns].map((n) => nounKey(n.charCodeAt(0), n.length))),
  };
  compiled.set(lex, c);
  return c;
}

/** A word's lower-case first letter code and its length as one number. */
export function nounKey(firstLowerCode: number, length: number): number {
  return firstLowerCode * 64 + length;
}

/**
 * "has drawn harsh criticism from", "came under fire even from", "met with resistance from": an auxiliary or adverb or
 * two, a receiving verb, up to two modifiers, a noun of judgement, perhaps "even"/"also", then "from"; or "won the
 * endorsement of", "has the backing of": the verb (or "has"), "the", a modifier perhaps, one of `ofNouns`, then "of".
 */
function receivedPattern(received: AttributionLexicon['received'], escapeWord: (w: string) => string): RegExp {
  const words = (list: readonly string[]): string =>
    [...list]
      .sort((a, b) => b.length - a.length)
      .map((w) => escapeWord(w).replace(/ /g, '\\s+'))
      .join('|');
  const auxiliaries = '(?:(?:has|have|had|is|are|was|were|been|be|will|would|could|may|also|quickly|already|again|now)\\s+)*';
  // Group 1 is the cue with "from", group 2 with "the … of": has/have/had receive only the latter ("has the backing of").
  return new RegExp(
    `\\b(?:(${auxiliaries}(?:${words(received.verbs)})\\s+(?:[a-z-]+\\s+){0,2}?(?:${words(received.nouns)}))\\s+(?:(?:even|also)\\s+)?from|(${auxiliaries}(?:${words(received.verbs)}|has|have|had)\\s+the\\s+(?:[a-z-]+\\s+)?(?:${words(received.ofNouns)}))\\s+of)\\s+`,
    'gi',
  );
}

/** The endings cueStem takes off (STEM_ENDINGS_RE_SOURCE: "(?:ing|ed|es|s|e|d)?"), and none. */
const STEM_ENDINGS: readonly string[] = ['', ...(/\(\?:([^)]*)\)/.exec(STEM_ENDINGS_RE_SOURCE)?.[1] ?? '').split('|')];

/**
 * The words w with candidates.has(w) || stems.has(cueStem(w)), all of them: such a w is a candidate, or a stem with
 * one of the endings cueStem takes off, or a stem alone (cueStem leaves a word without such an ending as it is).
 */
export function scannedWords(candidates: ReadonlySet<string>, stems: ReadonlySet<string>): ReadonlySet<string> {
  const out = new Set(candidates);
  for (const stem of stems) {
    for (const ending of STEM_ENDINGS) if (stems.has(cueStem(stem + ending))) out.add(stem + ending);
  }
  return out;
}

/** Each scanned word with its scorer entry; `strong` marks the strong cue words (none when null). */
function scannedEntries(model: ReadonlyMap<string, number>, words: ReadonlySet<string>, strong: ReadonlySet<string> | null): ReadonlyMap<string, ScoredWord> {
  const out = new Map<string, ScoredWord>();
  for (const w of words) {
    const entry = scoredWord(model, w, strong?.has(w) ?? false);
    // Every scanned word is a candidate (a word of the model) or has a stem of the model.
    if (entry) out.set(w, entry);
  }
  return out;
}

/**
 * The words that can reach `minProbability` in some context (cueLogitBound: the features read from one token taken
 * together), and the stems that can with the best weight of every context feature of any word. Most words the model
 * knows never can ("was", "has", "show", "support" in the default model). Computed from the scorer's tables, which the
 * thread builds anyway, rather than from feature strings: this runs once per thread before its first article.
 */
export function reachableCues(model: ReadonlyMap<string, number>, minProbability: number): { words: ReadonlySet<string>; stems: ReadonlySet<string> } {
  const logit = Math.log(minProbability / (1 - minProbability));
  const context = cueContextBound(model);
  const words = new Set<string>();
  const stems = new Set<string>();
  for (const [stem, w] of cueStemWeights(model)) if (context + w >= logit) stems.add(stem);
  for (const f of model.keys()) {
    if (f.startsWith('w=') && cueLogitBound(model, f.slice(2)) >= logit) words.add(f.slice(2));
  }
  return { words, stems };
}
