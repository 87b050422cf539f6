/**
 * Numbers of an address: street numbers ("10 Downing Street", "45 Rue de
 * Rivoli"), the hundred block of a US police report ("the 3400 block of Main
 * Street"), postcodes ("LS6 2AB", "SW1A 1AA") and ZIP codes ("Springfield,
 * IL 62704", "the 90210 zip code"). They locate something; they count nothing.
 */
import type { AToken, ReadNumber } from './amount-tokens.js';

/** Street words after "<number> <Name>": an address, not an amount. */
const STREET_WORDS: ReadonlySet<string> = new Set(
  'street st road rd avenue ave lane ln boulevard blvd drive dr way place square court terrace close crescent parkway pkwy plaza highway hwy'.split(' '),
);
/** Street words written before the street's name ("45 Rue de Rivoli", "3 Via Roma", "10 Calle Mayor"). */
const STREET_FIRST_WORDS: ReadonlySet<string> = new Set('rue via viale calle avenida rua carrer piazza strada avenue boulevard'.split(' '));
/** Small words inside a street's name after a street word written first ("Rue de Rivoli", "Via della Spiga"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set('de du des la le del della di dei da do dos das'.split(' '));
/** A US block number is a multiple of a hundred ("the 3400 block of"). */
const BLOCK_STEP = 100;

const word = (tokens: readonly AToken[], i: number): string => tokens[i]?.lower ?? '';
const capitalised = (t: AToken | undefined): boolean => t !== undefined && /^[A-Z]/.test(t.text);

/** Digits read as `n` from tokens[first] that number a house, a block or a postal area; money never does. */
export function isAddressNumber(tokens: readonly AToken[], first: number, n: ReadNumber, money: boolean): boolean {
  const next = tokens[n.next];
  if (next === undefined || money) return false;
  // "10 Downing Street", "1600 Pennsylvania Ave."
  if (capitalised(next) && STREET_WORDS.has(word(tokens, n.next + 1)) && capitalised(tokens[n.next + 1])) return true;
  // "45 Rue de Rivoli", "3 Via Roma": the street word first, then a name.
  if (capitalised(next) && STREET_FIRST_WORDS.has(next.lower)) {
    const after = tokens[n.next + 1];
    if (capitalised(after) || NAME_PARTICLES.has(after?.lower ?? '')) return true;
  }
  const digits = (tokens[first] as AToken).text;
  // "P.O. Box 51234", "PO Box 1234"
  if (word(tokens, first - 1) === 'box' && capitalised(tokens[first - 1]) && /^p\.?o\.?$|^\.$/.test(word(tokens, first - 2))) return true;
  if (!/^\d+$/.test(digits) || n.next !== first + 1) return false;
  // "the 3400 block of West Main Street"
  if (next.lower === 'block' && word(tokens, n.next + 1) === 'of' && digits.length >= 3 && n.value % BLOCK_STEP === 0) return true;
  // "the 90210 zip code", "the SW1 postcode area"
  const w = next.lower;
  return w === 'zip' || w === 'postcode' || ((w === 'area' || w === 'postal') && word(tokens, n.next + 1) === 'code');
}

/**
 * A UK postcode ("LS6 2AB", "SW1A 1AA"): its inward part opens with a digit. Case-sensitive: the letters are
 * capitals, so "up 3 2nd" is not one.
 */
const UK_POSTCODE_RE = /\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/g;
/**
 * A US ZIP code after a comma and a state, its two capitals or its name, closing the address ("Springfield, IL
 * 62704", "Washington, DC 20013-1234", "Austin, Texas 78701.").
 */
const US_ZIP_RE = /, (?:[A-Z]{2},? (\d{5}(?:-\d{4})?)\b|(?:[A-Z][a-z]+ ){1,2}(\d{5}(?:-\d{4})?)(?=[,.;)]|$))/g;

/** A run of five digits: without one, no ZIP code is looked for. */
const FIVE_DIGITS_RE = /\d{5}/;

/** Push onto `out` the character ranges of `s` that are postcodes or ZIP codes. */
export function postcodes(s: string, out: Array<[number, number]>): void {
  UK_POSTCODE_RE.lastIndex = 0;
  for (let m = UK_POSTCODE_RE.exec(s); m !== null; m = UK_POSTCODE_RE.exec(s)) out.push([m.index, m.index + m[0].length]);
  if (!FIVE_DIGITS_RE.test(s)) return;
  US_ZIP_RE.lastIndex = 0;
  for (let m = US_ZIP_RE.exec(s); m !== null; m = US_ZIP_RE.exec(s)) {
    const zip = (m[1] ?? m[2]) as string;
    out.push([m.index + m[0].length - zip.length, m.index + m[0].length]);
  }
}
