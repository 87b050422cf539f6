/**
 * Who can be the source of a claim: canonical ids and the surface forms
 * articles use for them. Operators extend it per storyline; the default covers
 * the North Korea / Ukraine seed storyline plus common wire sources.
 */

/** What a source is; decides which back-references ("he", "the agency") reach it. */
export type SourceKind = 'person' | 'organisation' | 'place' | 'media';

/** Canonical source ids and their aliases. */
export interface Gazetteer {
  /** Canonical id → aliases (exact surface forms; case-insensitive except acronyms). */
  sources: Record<string, string[]>;
  /**
   * Optional kind of each source. Missing kinds are inferred: an alias that
   * looks like a personal name makes a person, otherwise an organisation.
   * `media` sources relay others' claims: next to another source they are the `via`.
   */
  kinds?: Record<string, SourceKind>;
}

/** The seed storyline's sources and a few common generic ones. */
export const DEFAULT_GAZETTEER: Gazetteer = {
  sources: {
    'south-korea-nis': [
      'National Intelligence Service',
      'NIS',
      "Seoul's spy agency",
      "South Korea's spy agency",
      "South Korea's intelligence service",
      'South Korean intelligence service',
      "the country's National Intelligence Service",
      "South Korea's National Intelligence Service",
      'South Korean intelligence',
      "Seoul's intelligence agency",
      "South Korea's intelligence agency",
      'South Korean spy agency',
    ],
    'south-korea-jcs': ["South Korea's Joint Chiefs of Staff", 'Joint Chiefs of Staff', 'JCS'],
    'lee-seong-kweun': [
      'Lee Seong-kweun',
      'Lee Sung-kwon',
      'Lee Seong-Kwun',
      'South Korean legislator',
      'South Korean MP',
      'a South Korean lawmaker',
      'South Korean lawmaker',
    ],
    'south-korea': ['Seoul', 'South Korea', 'South Korean officials', 'South Korean government'],
    kcna: ['KCNA', 'Korean Central News Agency', 'the official North Korean media', "North Korea's state news agency KCNA", "North Korea's state news agency"],
    zelensky: ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Zelensky', 'Zelenskyy', 'Ukrainian President', 'The Ukrainian president', "Ukraine's President"],
    yonhap: ['Yonhap', 'Yonhap news agency'],
    pentagon: ['Pentagon', 'a spokesperson from the Pentagon', 'US Department of Defense'],
    'us-official': ['an unnamed US official', 'unnamed US official', 'a US official', 'a U.S. official', 'US officials', 'U.S. officials'],
    'yoon-suk-yeol': ['Yoon Suk-yeol', "South Korea's President Yoon Suk-yeol", 'President Yoon'],
    'ukrainian-sof': ['Ukrainian special operations forces', "Ukraine's special operations forces"],
    'teddy-uldricks': ['Teddy Uldricks'],
    'kim-jong-un': ['Kim Jong Un', 'Kim Jong-un'],
    ukraine: ['Kyiv', 'Ukrainian officials', 'Ukrainian government'],
    'united-states': ['Washington', 'White House'],
    kremlin: ['Kremlin', 'Dmitry Peskov'],
    'ukraine-general-staff': ["Ukraine's General Staff", 'Ukrainian General Staff', 'General Staff of the Armed Forces of Ukraine'],
    'russia-mod': ["Russia's Defence Ministry", "Russia's Defense Ministry", 'Russian Defence Ministry', 'Russian Defense Ministry'],
    reuters: ['Reuters'],
    ap: ['Associated Press', 'AP'],
    afp: ['AFP', 'Agence France-Presse'],
    bbc: ['BBC'],
    isw: ['Institute for the Study of War', 'ISW'],
  },
  kinds: {
    'south-korea': 'place',
    ukraine: 'place',
    'united-states': 'place',
    kremlin: 'organisation',
    yonhap: 'media',
    reuters: 'media',
    ap: 'media',
    afp: 'media',
    bbc: 'media',
    'us-official': 'person',
    zelensky: 'person',
    'kim-jong-un': 'person',
  },
};

/** Words that make an alias an institution rather than a person's name. */
const ORGANISATION_WORDS =
  /\b(?:agency|service|staff|ministry|office|news|media|forces|military|government|department|command|council|institute|university|press|committee|house|army)\b/i;

/** The kind of a source: given, or inferred from the look of its aliases. */
export function sourceKind(gazetteer: Gazetteer, id: string): SourceKind {
  const given = gazetteer.kinds?.[id];
  if (given) return given;
  const aliases = gazetteer.sources[id] ?? [];
  return aliases.some(looksLikePersonName) ? 'person' : 'organisation';
}

/** Two to four capitalised words, no institution word, not an acronym. */
export function looksLikePersonName(alias: string): boolean {
  const words = alias.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (ORGANISATION_WORDS.test(alias)) return false;
  return words.every((w) => /^[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?$/.test(w));
}
