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
export const FUNCTION_WORDS: Readonly<Record<string, string>> = {
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
  // A sample of ASCII and General Punctuation only has Latin letters alone: its letters need no count. One native search
  // tells, where countLetters read every character (measured with LanguageVotes: see there).
  const ascii = !BEYOND_ASCII_RE.test(sample);
  if (!ascii) {
    const { letters, latin } = countLetters(sample);
    if (letters > 0 && (letters - latin) / letters > MAX_NON_LATIN_SHARE) return 'und';
  }
  const votes = new LanguageVotes();
  const lower = sample.toLowerCase();
  const re = ascii ? ASCII_WORD_RE : WORD_RE;
  re.lastIndex = 0;
  for (let m = re.exec(lower); m !== null && ++votes.words <= SAMPLE_WORDS; m = re.exec(lower)) if (votes.add(m[0])) return 'en';
  return votes.verdict();
}

/** A character beyond ASCII outside the General Punctuation block: what makes countLetters' `ascii` false. */
const BEYOND_ASCII_RE = /[\u0080-\u1FFF\u2070-\uFFFF]/;

/**
 * The function words of each language met in the sample so far: counts by the language's index in LANGUAGES and the
 * order the languages were first met, rather than a map from language names (measured, with the sample's letters left
 * uncounted when it is ASCII: guessLanguage 0.73× on the bench and attribution-dev texts given without their language;
 * it was 2.6% of the tagger's time on attribution-dev).
 */
class LanguageVotes {
  readonly counts: number[] = LANGUAGES.map(() => 0);
  /** The languages met, in the order first met (the order the verdict breaks ties by). */
  readonly met: number[] = [];
  /** Words read so far, function words or not. */
  words = 0;
  english = 0;
  /** The most hits of a language other than English so far. */
  foreign = 0;

  /** Counts a word; true once no language can outnumber English enough in the words left (the rest need not be read). */
  add(word: string): boolean {
    const lang = MARKER_INDEX.get(word);
    if (lang === undefined) return false;
    const n = (this.counts[lang] as number) + 1;
    if (n === 1) this.met.push(lang);
    this.counts[lang] = n;
    if (lang === ENGLISH) this.english = n;
    else this.foreign = Math.max(this.foreign, n);
    return this.foreign + SAMPLE_WORDS - this.words <= FOREIGN_MARGIN * this.english;
  }

  /** The language of the sample once all its words are read: the first met of those other than English with the most hits. */
  verdict(): string {
    let best = 'en';
    let count = 0;
    for (const lang of this.met) {
      const n = this.counts[lang] as number;
      if (lang !== ENGLISH && n > count) {
        best = LANGUAGES[lang] as string;
        count = n;
      }
    }
    return count >= MIN_FOREIGN_HITS && count > FOREIGN_MARGIN * this.english ? best : 'en';
  }
}

/** The languages of FUNCTION_WORDS, in its order; MARKER by their index. */
const LANGUAGES: readonly string[] = Object.keys(FUNCTION_WORDS);
const ENGLISH = LANGUAGES.indexOf('en');
const MARKER_INDEX: ReadonlyMap<string, number> = new Map([...MARKER].map(([w, lang]): [string, number] => [w, LANGUAGES.indexOf(lang)]));

/** Whether the tagger reads this article's language. */
export function languageSupported(input: { title: string; text: string; language?: string | null }): boolean {
  return SUPPORTED_LANGUAGES.has(guessLanguage(input));
}
