/**
 * What a figure counts: the noun phrase after the number ("1,000 North
 * Korean soldiers"). A figure whose following noun is not a countable group
 * of people ("two waves", "12 cities", "2 views") is not a claim: this check
 * is the main guard of precision against stray numbers.
 */
import { isCapitalised, isWord, type Token } from './text.js';

/** Nouns for groups of people a conflict report counts (lower case, plural and singular). */
export const COUNTED_HEADS: ReadonlySet<string> = new Set([
  'soldiers',
  'soldier',
  'troops',
  'troop',
  'forces',
  'personnel',
  'people',
  'persons',
  'civilians',
  'civilian',
  'engineers',
  'fighters',
  'men',
  'women',
  'children',
  'servicemen',
  'servicemembers',
  'members',
  'officers',
  'mercenaries',
  'prisoners',
  'pows',
  'recruits',
  'conscripts',
  'sailors',
  'pilots',
  'marines',
  'commandos',
  'workers',
  'victims',
  'residents',
  'refugees',
  'migrants',
  'bodies',
  'combatants',
  'militants',
  'volunteers',
  'guards',
  'crew',
  'specialists',
  'instructors',
  'advisers',
  'advisors',
  'infantrymen',
  'casualties',
  'fatalities',
  'deaths',
  'losses',
  'injuries',
  // Civilian groups that disaster, accident and election reports count.
  'firefighters',
  'hikers',
  'climbers',
  'miners',
  'villagers',
  'passengers',
  'students',
  'pupils',
  'tourists',
  'journalists',
  'reporters',
  'protesters',
  'protestors',
  'demonstrators',
  'rescuers',
  'police',
  'employees',
  'staff',
  'inhabitants',
  'evacuees',
  'survivors',
  'teachers',
  'doctors',
  'nurses',
  'patients',
  'hostages',
  'detainees',
  'worshippers',
  'spectators',
  'fans',
  'athletes',
  'players',
  'farmers',
  'herders',
  'nationals',
  'citizens',
  'settlers',
  'families',
  'adults',
  'babies',
  'infants',
  'pilgrims',
  'voters',
  'drivers',
  'swimmers',
  'divers',
  'visitors',
  'guests',
  'individuals',
  'inmates',
  'prisoners',
  'asylum-seekers',
  'relatives',
  'youths',
]);

/**
 * Compounds in "-men" are people ("fishermen", "policemen", "gunmen"); the
 * suffix is safe, unlike "-ers", which also ends metres and containers.
 */
const PEOPLE_SUFFIX_RE = /^[a-z]{3,}(?:men|women)$/;

/**
 * Heads that count armed forces and emergency crews, the figures a pack measure of `counts: forces` takes: sent or in
 * a place, they are deployed ("11,000 troops in Kursk", "sent 300 firefighters"); other people are not.
 */
const FORCE_HEADS: ReadonlySet<string> = new Set(
  'soldiers soldier troops troop forces personnel engineers fighters servicemen servicemembers mercenaries recruits conscripts sailors marines commandos combatants militants guards infantrymen instructors advisers advisors specialists paratroopers reservists peacekeepers police policemen officers troopers gendarmes firefighters rescuers medics paramedics lifeguards'.split(
    ' ',
  ),
);

/**
 * Materiel a supply report counts ("5 million artillery shells"). A figure
 * with one of these heads can only be an arms-supply claim, never a count of
 * people.
 */
export const MATERIEL_HEADS: ReadonlySet<string> = new Set([
  'shells',
  'rounds',
  'missiles',
  'rockets',
  'drones',
  'munitions',
  'weapons',
  'tanks',
  'howitzers',
  'launchers',
  'rifles',
  'grenades',
  'mines',
  'warheads',
  'jets',
  'aircraft',
  'helicopters',
]);

/** Heads that name the measure rather than the people ("1,100 casualties"). */
export const MEASURE_NOUN_HEADS: ReadonlySet<string> = new Set(['casualties', 'fatalities', 'deaths', 'losses', 'injuries']);

/** Pronoun heads that refer back to a group named earlier ("4,700 others"). */
const PRONOUN_HEADS: ReadonlySet<string> = new Set(['others', 'those', 'them', 'more']);

/** Lower-case words allowed between the number and its head noun. */
const MODIFIERS: ReadonlySet<string> = new Set([
  'wounded',
  'injured',
  'dead',
  'military',
  'additional',
  'more',
  'other',
  'elite',
  'special',
  'foreign',
  'regular',
  'active',
  'enemy',
  'armed',
  'combat',
  'frontline',
  'front',
  'line',
  'young',
  'ground',
  'army',
  'reserve',
  'allied',
  'new',
  'fresh',
  'of',
  '-',
  'its',
  'their',
  'his',
  'her',
  'the',
  'these',
  'such',
  'extra',
  'trained',
  'untrained',
  // Materiel modifiers: "artillery shells", "ballistic missiles", "attack drones".
  'artillery',
  'ballistic',
  'cruise',
  'attack',
  'mortar',
  'tank',
  'anti',
  'kamikaze',
  'heavy',
  'long',
  'short',
  'range',
  'guided',
  'fighter',
]);

/**
 * Words right after a number that leave it a bare count ("600 killed",
 * "around 4,700." closing a clause): the thing counted comes from context.
 */
const BARE_FOLLOWERS: ReadonlySet<string> = new Set([
  'killed',
  'dead',
  'died',
  'wounded',
  'injured',
  'captured',
  'missing',
  'and',
  'or',
  'were',
  'was',
  'have',
  'had',
  'in',
  'as',
  'by',
  'on',
  'since',
  'from',
  'during',
  'so',
  'far',
  'this',
  'last',
  'at',
  'with',
]);

/** The bare followers that make a percentage a count of people ("5% died"). */
const CASUALTY_FOLLOWERS: ReadonlySet<string> = new Set(['killed', 'dead', 'died', 'wounded', 'injured', 'captured', 'missing']);

/** Quote marks skipped between a number and its noun ('"several hundred" North Koreans'). */
const QUOTE_MARKS = new Set(['"', "'"]);
/**
 * A percent sign left after a range the quantity scanner closed on its second
 * number ("between 10 and 12% of the harvest"): part of the figure, so the
 * counted noun is read after it, as after "5%".
 */
const PERCENT_MARKS = new Set(['%', 'percent', 'pc']);
const MAX_MODIFIERS = 4;

/** Result of looking at what follows a number. */
export type CountedResult =
  | { type: 'noun'; start: number; end: number; head: string; measureNoun: boolean; materiel: boolean; forces: boolean }
  | { type: 'bare'; pronoun: boolean }
  | { type: 'none' };

/** Inspect tokens from index `from` (the first token after the quantity). */
export function findCounted(tokens: readonly Token[], from: number): CountedResult {
  let i = from;
  while (QUOTE_MARKS.has(tokens[i]?.text ?? '')) i++;
  const skipped = PERCENT_MARKS.has(tokens[i]?.text.toLowerCase() ?? '');
  if (skipped) i++;
  // The scanner's own percentages end after their sign ("5%" then "in").
  const percent = skipped || PERCENT_MARKS.has(tokens[from - 1]?.text.toLowerCase() ?? '');
  const first = tokens[i];
  // "sales rose 5% in Germany": a bare percentage counts people only before a casualty word ("5% died").
  if (percent && (first === undefined || !isWord(first) || BARE_FOLLOWERS.has(first.lower)) && !CASUALTY_FOLLOWERS.has(first?.lower ?? ''))
    return { type: 'none' };
  if (first === undefined || !isWord(first)) return { type: 'bare', pronoun: false };
  if (PRONOUN_HEADS.has(first.lower)) return { type: 'bare', pronoun: true };
  let used = 0;
  for (let j = i; j < tokens.length && used <= MAX_MODIFIERS; j++) {
    const t = tokens[j];
    if (t === undefined) break;
    if (isHead(t)) {
      return {
        type: 'noun',
        start: first.start,
        end: t.end,
        head: t.lower,
        measureNoun: MEASURE_NOUN_HEADS.has(t.lower),
        materiel: MATERIEL_HEADS.has(t.lower),
        forces: FORCE_HEADS.has(t.lower),
      };
    }
    if (!(isCapitalised(t) || MODIFIERS.has(t.lower))) break;
    used++;
  }
  return BARE_FOLLOWERS.has(first.lower) ? { type: 'bare', pronoun: false } : { type: 'none' };
}

/** A head noun: a listed group, or a capitalised plural of nationality ("North Koreans"). */
function isHead(t: Token): boolean {
  if (COUNTED_HEADS.has(t.lower) || MATERIEL_HEADS.has(t.lower) || PEOPLE_SUFFIX_RE.test(t.lower)) return true;
  return /^[A-Z][a-z]+(?:ans|ese|is)$/.test(t.text);
}
