/**
 * The language gate of the claim stage: the tagger's lexicons (cues, hedges,
 * number words, measure packs) are English, so an article in another language
 * gets no claims and the document says why (`claimsStatus`), never a silent
 * empty list. A second language is a data addition: its lexicons, then its
 * code in SUPPORTED_LANGUAGES.
 *
 * Invariant: English is never refused for lack of evidence. A text is judged
 * foreign only when its letters are mostly in another script, or when another
 * language's function words clearly outnumber English ones.
 */

/** Languages whose lexicons the tagger has (BCP 47 primary subtags). */
export const SUPPORTED_LANGUAGES: ReadonlySet<string> = new Set(['en']);

/**
 * Function words: the commonest words of each language, which every news text
 * is full of whatever its topic. A word on two lists ("in", "die", "de")
 * counts for neither, so the lists also name the words a language shares
 * with English ("will", "was", "an" in German).
 */
const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  en: 'the of and to in is that for on with as was by at from he his are be has have an were which but not this will they their its who been had would said says it',
  de: 'der die das und ist nicht mit auf den dem des sich ein eine einer eines auch für von zu im wird wurde sind bei nach aus sagte hat noch wie über oder dass am in an will was so man',
  fr: 'le la les et des est une du dans que pour pas qui sur par au aux avec ce il elle sont été ont selon mais plus leur cette ses',
  es: 'el la los las y del en que por una con para es se al su sus como más pero fue según dijo este esta entre sobre',
  it: 'il lo la gli le e di che è per una del della con non sono da al nel ha anche secondo degli alla questo in',
  pt: 'o os as e do da dos das em que para com uma não por é ao foi mais segundo disse pelo pela seu sua',
  nl: 'de het een en van dat op te met voor niet zijn aan er door ook wordt werd naar bij maar heeft in is',
  sv: 'och att det som en på är av för med till den har inte om ett var jag från sade',
  pl: 'i w na z że się nie do jest to jak po przez dla od jego tym oraz powiedział',
  tr: 've bir bu da de için ile olarak olan gibi daha çok ama göre dedi',
  id: 'dan yang di ke dari ini itu untuk dengan tidak pada adalah akan dalam juga kata',
};

/** Word → the one language it marks. */
const MARKER: ReadonlyMap<string, string> = (() => {
  const langs = new Map<string, Set<string>>();
  for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
    for (const w of words.split(' ')) langs.set(w, (langs.get(w) ?? new Set()).add(lang));
  }
  return new Map([...langs].filter(([, set]) => set.size === 1).map(([w, set]): [string, string] => [w, [...set][0] as string]));
})();

/** Words sampled from the start of the article. */
const SAMPLE_WORDS = 300;
/** Characters read to get them (a generous average word length). */
const SAMPLE_CHARS = SAMPLE_WORDS * 8;
/** Fewer function words of another language than this is no evidence. */
const MIN_FOREIGN_HITS = 3;
/** Another language wins only with this many times English's function words. */
const FOREIGN_MARGIN = 2;
/** Share of letters outside the Latin script above which a text is not English. */
const MAX_NON_LATIN_SHARE = 0.5;

const WORD_RE = /\p{L}+/gu;
/**
 * The General Punctuation block (curly quotes, dashes, ellipsis): no letter in it, and news pages are full of it, so a
 * text whose only non-ASCII characters are these is read as ASCII (the same words, without the Unicode tables).
 */
const GENERAL_PUNCTUATION_FIRST = 0x2000;
const GENERAL_PUNCTUATION_LAST = 0x206f;
/** WORD_RE on a text whose letters are all ASCII: the same words, without the Unicode tables. */
const ASCII_WORD_RE = /[a-z]+/g;
const LETTER_RE = /^\p{L}$/u;
const LATIN_RE = /^\p{Script=Latin}$/u;

/**
 * Letters, and letters of the Latin script, in `s`. ASCII letters are counted
 * by code (most of any English text); only other characters meet the Unicode
 * property tests, which cost far more per character (the tagger runs this on
 * every article whose language the page does not declare).
 */
function countLetters(s: string): { letters: number; latin: number; ascii: boolean } {
  // ascii: no letter outside ASCII (other characters but General Punctuation count as possible letters).
  let letters = 0;
  let latin = 0;
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const lower = c | 32;
    if (lower >= 97 && lower <= 122) {
      letters++;
      latin++;
    } else if (c >= 0x80 && !(c >= GENERAL_PUNCTUATION_FIRST && c <= GENERAL_PUNCTUATION_LAST)) {
      ascii = false;
      const cp = s.codePointAt(i) as number;
      const ch = String.fromCodePoint(cp);
      if (cp > 0xffff) i++;
      if (LETTER_RE.test(ch)) {
        letters++;
        if (LATIN_RE.test(ch)) latin++;
      }
    }
  }
  return { letters, latin, ascii };
}

/**
 * The article's language as far as the tagger can tell: the declared one
 * (extracted from the page), else a guess from its words; 'en' when nothing
 * points elsewhere. Returns a BCP 47 primary subtag, or 'und' for a script
 * the word lists do not cover.
 */
export function guessLanguage(input: { title: string; text: string; language?: string | null }): string {
  const declared = input.language?.trim().toLowerCase().split(/[-_]/)[0];
  if (declared) return declared;
  const sample = `${input.title}\n${input.text.slice(0, SAMPLE_CHARS)}`;
  const { letters, latin, ascii } = countLetters(sample);
  if (letters > 0 && (letters - latin) / letters > MAX_NON_LATIN_SHARE) return 'und';
  const hits = new Map<string, number>();
  let words = 0;
  const lower = sample.toLowerCase();
  const re = ascii ? ASCII_WORD_RE : WORD_RE;
  re.lastIndex = 0;
  let english = 0;
  /** The most hits of a language other than English so far. */
  let foreign = 0;
  for (let m = re.exec(lower); m !== null && ++words <= SAMPLE_WORDS; m = re.exec(lower)) {
    const lang = MARKER.get(m[0]);
    if (lang === undefined) continue;
    const n = (hits.get(lang) ?? 0) + 1;
    hits.set(lang, n);
    if (lang === 'en') english = n;
    else foreign = Math.max(foreign, n);
    // Once no language can outnumber English enough in the words left, the answer is English: the rest is not read.
    if (foreign + SAMPLE_WORDS - words <= FOREIGN_MARGIN * english) return 'en';
  }
  const [best, count] = [...hits].filter(([lang]) => lang !== 'en').reduce((a, b) => (b[1] > a[1] ? b : a), ['en', 0]);
  return count >= MIN_FOREIGN_HITS && count > FOREIGN_MARGIN * english ? best : 'en';
}

/** Whether the tagger reads this article's language. */
export function languageSupported(input: { title: string; text: string; language?: string | null }): boolean {
  return SUPPORTED_LANGUAGES.has(guessLanguage(input));
}
