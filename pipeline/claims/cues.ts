/**
 * Reporting expressions, hedges and negation: the vocabulary of attribution,
 * kept as data apart from the logic that links a cue to its source.
 */

/** One reporting expression. */
export interface CueEntry {
  phrase: string;
  /** Ambiguous words ("reports", "shared") count only with a named source. */
  needsSource?: boolean;
  /** The source follows the cue: "according to X". */
  sourceAfter?: boolean;
  /** Announces what will happen: "cautioned", "warned". */
  predictive?: boolean;
}

const plain = (...phrases: string[]): CueEntry[] => phrases.map((phrase) => ({ phrase }));
const guarded = (...phrases: string[]): CueEntry[] => phrases.map((phrase) => ({ phrase, needsSource: true }));
const predictive = (...phrases: string[]): CueEntry[] => phrases.map((phrase) => ({ phrase, predictive: true }));

/** Default reporting expressions (matched case-insensitively on word boundaries). */
export const CUES: readonly CueEntry[] = [
  { phrase: 'according to', sourceAfter: true },
  ...plain(
    'said',
    'says',
    'say',
    'told',
    'tells',
    'are said',
    'is said',
    'were said',
    'estimates',
    'estimated',
    'estimate',
    'reported',
    'disclosed',
    'discloses',
    'noted',
    'notes',
    'noting',
    'added',
    'adds',
    'stated',
    'confirmed',
    'confirms',
    'acknowledged',
    'acknowledges',
    'suggested',
    'suggests',
    'suggest',
    'claimed',
    'alleged',
    'alleges',
    'indicated',
    'indicates',
    'indicate',
    'mentioned',
    'mentions',
    'affirmed',
    'affirms',
    'assured',
    'assures',
    'announced',
    'announces',
    'revealed',
    'reveals',
    'assessed',
    'assesses',
    'pointed out',
    'pointed to',
    'accused',
    'wrote',
    'writes',
    'insisted',
    'denied',
    'argued',
    'explained',
    'testified',
    'briefed',
  ),
  ...guarded('reports', 'shared', 'states', 'claims', 'believes', 'believe', 'believed', 'observed', 'documented', 'expressed', 'concluded', 'found'),
  ...predictive('cautioned', 'cautions', 'warned', 'warns', 'predicted', 'predicts', 'forecast', 'expects'),
];

/** Auxiliaries kept in the cue text ("has said", "have said"). */
export const CUE_AUXILIARIES = ['has', 'have', 'had'];

/** Hedges, in the order they are looked for. */
export const HEDGES: readonly string[] = [
  'reportedly',
  'allegedly',
  'supposedly',
  'purportedly',
  'may',
  'might',
  'could',
  'are said',
  'is said',
  'is believed',
  'are believed',
  'are thought',
  'is thought',
];

/**
 * The first hedge `re` (case-insensitive, not global) finds in `text`, in lower case, or null. "May" with a capital is
 * the month ("fell to 3.9% in May"): news writes the modal in lower case, and a sentence opening "May" is rare.
 */
export function firstHedge(re: RegExp, text: string): string | null {
  let rest = text;
  // Rarely a month: only then is the rest searched again.
  for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
    if (m[0] !== 'May') return m[0].toLowerCase();
    rest = rest.slice(m.index + m[0].length);
  }
  return null;
}

/** Words that, just before a cue, deny it ("have not been confirmed"). */
export const NEGATIONS: readonly string[] = ['not', 'never', 'no', 'neither', 'nor', "n't", 'without'];

/** How many words before a cue a negation still applies. */
export const NEGATION_WINDOW_WORDS = 3;

/**
 * Words allowed between a source and its cue ("Lee also said", "the JCS has
 * said", "Zelensky noted last Saturday"...) besides appositives in commas.
 */
export const SUBJECT_GAP_WORDS: ReadonlySet<string> = new Set([
  'also',
  'even',
  'has',
  'have',
  'had',
  'later',
  'earlier',
  'recently',
  'previously',
  'further',
  'already',
  'officially',
  'publicly',
  'now',
  'first',
  'separately',
  'initially',
  'then',
  'reportedly',
  'was',
  'were',
  'is',
  'are',
  'been',
  'in',
  'a',
  'statement',
  'on',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'last',
  'week',
  'today',
  'yesterday',
  'repeatedly',
  'again',
  'once',
  'formally',
]);
/** Most words between a source and its cue outside an appositive. */
export const MAX_SUBJECT_GAP_WORDS = 4;
/** Most words in "X ..., which said" between the source and "which". */
export const MAX_RELATIVE_GAP_WORDS = 8;

/** Phrases that make the following source an intermediary (`via`). */
export const VIA_MARKERS_RE = /(?:\bciting|\bquoting|\bbriefing (?:from|by)|\bdata from|\binformation from|\bfigures from)\s+(?:the\s+)?$/i;

/**
 * Back-references to the previous sentence's content: "This information was
 * disclosed by X", "These figures were provided by X".
 */
export const BACK_REFERENCE_RE =
  /^(?:this|these|that|the (?:figures?|numbers?|information|estimates?))\b[^,.]{0,30}?\b(?:was|were|has been|have been)\s+(?:\w+ly\s+)?\w+\s+by\b/i;

/** Back-references to a source named earlier: what kind of source each reaches. */
export const ANAPHORS: ReadonlyArray<{ re: RegExp; reaches: 'person' | 'organisation' | 'any' }> = [
  { re: /\b(?:he|she)\s+$/i, reaches: 'person' },
  { re: /\bthe (?:lawmaker|legislator|minister|spokesperson|spokesman|spokeswoman)\s+$/i, reaches: 'person' },
  { re: /\bthe (?:agency|ministry|service|military)\s+$/i, reaches: 'organisation' },
  { re: /\bthe reports?\s+$/i, reaches: 'any' },
];
