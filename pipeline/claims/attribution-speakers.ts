/**
 * Who a general claim's source is: the canonical id of the words the text
 * uses, a pronoun ("he said") resolved to the nearest earlier named speaker,
 * and the intermediary of a chain ("Yonhap reported, citing the NIS, ...":
 * source the NIS, via Yonhap). Unknown speakers keep their words.
 *
 * Invariant: a pronoun is resolved only when it is clear: a singular personal
 * pronoun, a named speaker earlier in the article, and no other name in
 * between that could be meant.
 */
import type { SpanAttribution } from './attribution-spans.js';
import { isInstitutionName } from './gazetteer.js';
import { AGE_AFTER_NAME_RE, RELATIVE_PRONOUN_RE } from './attribution-phrases.js';
import { everyWord, isLowerCaseCode } from './text.js';

/** What earlier sentences of the article tell about speakers. */
export interface SpeakerContext {
  /** The last named speaker: the words the text used, the canonical id when known, and the sex its words give. */
  last: NamedSpeaker | null;
  /** The named speakers before it, latest first (a few): "she" after "Her husband said" is the woman named before him. */
  earlier: NamedSpeaker[];
  /** The last named institution that spoke ("the Labor Department", "the NHS"): what "it said" means. */
  institution: NamedSpeaker | null;
  /** Canonical ids already looked up in this article: alias lookup scans every alias. */
  ids: Map<string, string | null>;
  /** Whether a listed source is a person (the gazetteer's kinds); none known: any listed source may be "he". */
  isPerson: (id: string) => boolean;
}

export function newSpeakerContext(isPerson: (id: string) => boolean = () => true): SpeakerContext {
  return { last: null, earlier: [], institution: null, ids: new Map(), isPerson };
}

/** A speaker named earlier in the article. */
export interface NamedSpeaker {
  text: string;
  id: string | null;
  /** The words after a possessive ("husband" of "Her husband"): what its sex is read from. */
  head: string;
  /** m or f when the head says (a title, "husband", "spokeswoman"), n when it does not; null until a pronoun asks. */
  sex: 'm' | 'f' | 'n' | null;
}

/** Named speakers kept besides the last one. */
const EARLIER_SPEAKERS = 3;

const MALE_WORDS =
  /\b(?:mr|sir|lord|man|men|father|dad|husband|son|brother|boyfriend|grandfather|grandson|uncle|nephew|king|prince|duke|spokesman|chairman|congressman|businessman|councilman|boy|widower|monsignor|he)\b/i;
const FEMALE_WORDS =
  /\b(?:mrs|ms|miss|dame|lady|woman|women|mother|mom|mum|wife|daughter|sister|girlfriend|grandmother|granddaughter|aunt|niece|queen|princess|duchess|spokeswoman|chairwoman|congresswoman|businesswoman|councilwoman|girl|widow|actress|she)\b/i;

/** The sex the words of a speaker give: of its head after a possessive ("Her husband" is a man). */
function sexOf(head: string): 'm' | 'f' | 'n' {
  const male = MALE_WORDS.test(head);
  const female = FEMALE_WORDS.test(head);
  return male === female ? 'n' : male ? 'm' : 'f';
}

/** The latest named speaker "he" or "she" can be: none of the other sex. */
function antecedent(ctx: SpeakerContext, pronoun: string): NamedSpeaker | null {
  const sex = pronoun.toLowerCase() === 'she' ? 'f' : 'm';
  for (const named of ctx.last ? [ctx.last, ...ctx.earlier] : ctx.earlier) {
    named.sex ??= sexOf(named.head);
    if (named.sex === 'n' || named.sex === sex) return named;
  }
  return null;
}

function idOf(ctx: SpeakerContext, words: string, resolve: (sourceText: string) => string | null): string | null {
  let id = ctx.ids.get(words);
  if (id === undefined) {
    id = resolve(words);
    ctx.ids.set(words, id);
  }
  return id;
}

/** Who says it, for one attribution of a sentence. */
export interface Speaker {
  source: string | null;
  sourceText: string | null;
  via: string | null;
}

const PERSONAL_PRONOUN_RE = /^(?:he|she)$/i;
const IT_RE = /^it$/i;
/** "the ministry", "the agency": a public body named by its kind, the word its name holds. */
const THE_BODY_RE = /^the\s+(ministry|department|agency|council|commission|regulator|authority|office|bureau|service|court|committee|board|institute)$/i;
/** A name as a speaker gives it: capitalised (after "the"), one blank between words. */
const CLEAN_NAME_RE = /^(?:[Tt]he\s)?[A-Z](?!.*\s\s)/;

/**
 * "The Health Ministry said C. The ministry said D": the institution that spoke last, when the words name its kind and
 * its name holds that word, capitalised ("the Georgia Board of Pharmacy" for "the board"). "The company" is not read so:
 * on news texts it named a business that had not spoken as often as the one that had.
 */
function roleOfInstitution(institution: NamedSpeaker | null, words: string): NamedSpeaker | null {
  const body = THE_BODY_RE.exec(words)?.[1];
  if (!body || institution === null || !CLEAN_NAME_RE.test(institution.text)) return null;
  const capitalised = body.charAt(0).toUpperCase() + body.slice(1);
  return new RegExp(`\\b${capitalised}\\b`).test(institution.text) ? institution : null;
}
/** Pronouns, relatives and bare roles: they name no one by themselves. */
const UNNAMED_RE = /^(?:he|she|they|it|we|i|you|who|which|that|this|these|those)$/i;
/** A name: at least one capitalised word that is not only a sentence-initial article. */
const NAMED_RE = /(?:^|\s)(?!The\b|A\b|An\b)[A-Z][\w'.-]*/;
/** ", who …" / ", which …" / ", conducted by …" closing a source: a relative clause on the speaker. */
const RELATIVE_CLAUSE_RE = /,\s+(?:who|which|[a-z]+ed\s+by)\s/;
/** "Sen. Jane Roe (D-N.M.) who signed the letter": after a full name, "who" opens a clause on it even without a comma ("People who know him" keep theirs). */
const NAME_THEN_WHO_RE = /(?<=\p{Lu}[\p{L}.'\u2019-]*\s+\p{Lu}[\p{L}.'\u2019-]*|\))\s+who\s/u;
/** Capitalised words (a name, perhaps after "the") right before a relative pronoun, with its comma. */
const NAME_BEFORE_RELATIVE_RE =
  /(?:^|[^\p{L}'\u2019.-])((?:[Tt]he\s+)?\p{Lu}[\p{L}'\u2019.-]*(?:\s+(?:of\s+|de\s+|van\s+|von\s+)?\p{Lu}[\p{L}'\u2019.-]*){0,4}),?\s*$/u;
/** A document named before a relative pronoun, with its author after "by"/"from"/"of" perhaps ("a study by the university, "). */
const DOCUMENT_BEFORE_RELATIVE_RE =
  /(?:^|\s)((?:the|a|an|its|their|his|her|this|that|\p{Lu}[\p{L}'\u2019.&-]*['\u2019]s?)\s+(?:[\p{L}-]+\s+){0,2}?(?:report|study|survey|poll|analysis|review|audit|assessment|census|estimate|forecast|paper|investigation|inquiry)(?:\s+(?:by|from|of)\s+(?:the\s+)?[\p{L}'\u2019.&-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}'\u2019.&-]*){0,4})?),?\s*$/u;
const POSSESSIVE_RE = /['\u2019]s\s+|\b(?:his|her|their)\s+/i;
/**
 * One capitalised word at a sentence's start that names no one: an adverb or a quantifier read as a speaker ("Next,
 * he claims" without its comma, "Some say"), a demonstrative or an indefinite pronoun ("Those who oppose …").
 */
const NO_NAME_RE =
  /^(?:Next|Last|Then|Now|Later|Still|Also|Here|There|Meanwhile|However|Instead|Yet|Finally|First|Second|Third|Today|Yesterday|Tonight|Earlier|Afterwards?|Eventually|Moreover|Indeed|Perhaps|Maybe|Again|Once|Soon|Recently|Some|Many|Most|Others|Several|Both|All|Each|Few|Another|One|Those|These|They|Anyone|Anybody|Everyone|Everybody|Someone|Somebody|Nobody|People)$/;
/** A plural common noun ending the words ("Many officials", "Some residents"): a group, never "he" or "she". */
const PLURAL_HEAD_RE = /(?:^|\s)[a-z][a-z-]*[^s\W]s$/;
/** A lower-case role word (no function word) and then a full name closing the words: "Council leader Tony Dyer". */
const ROLE_THEN_NAME_RE =
  /(?:^|\s)(?!(?:of|for|and|the|de|du|von|van|at|in|on|by|with|from|to|as|into|about|than|over|after|before|under|like)\s)[a-z][a-z-]+\s+\p{Lu}[\p{L}'\u2019.-]+\s+\p{Lu}[\p{L}'\u2019.-]+$/u;
/** A preposition of place opening the rest of the words ("Councillors in Bristol"). */
const PLACE_AFTER_RE = /\s+(?:in|from|at|across|around)\s/;
/** A plural noun, capitalised or not, alone ("Councillors", "residents"). */
const CAPITALISED_PLURAL_RE = /^[A-Za-z][a-z-]*[^s\W]s$/;
/** Cues whose source is where the claim comes from, the other speaker relaying it. */
const CHAIN_CUE_RE = /^(?:citing|quoting|cited|according)\b/i;

/**
 * The speaker of `att` among the sentence's `atts`. `text` is the sentence;
 * `resolve` maps the words of a source to a canonical id (aliases).
 */
export function speakerOf(
  text: string,
  att: SpanAttribution | null,
  atts: readonly SpanAttribution[],
  ctx: SpeakerContext,
  resolve: (sourceText: string) => string | null,
): Speaker {
  if (att?.source == null) return { source: null, sourceText: null, via: null };
  let words = text.slice(att.source[0], att.source[1]);
  // "Rand Paul, who opposed the bill, said": the speaker is the name; its relative clause says more about them.
  const relative = RELATIVE_CLAUSE_RE.exec(words) ?? NAME_THEN_WHO_RE.exec(words);
  if (relative) words = words.slice(0, relative.index).replace(AGE_AFTER_NAME_RE, '');
  // "Rand Paul, who opposed the bill": "who" speaks for the name it follows, as the sentence's other reading has it.
  if (RELATIVE_PRONOUN_RE.test(words)) {
    const [from, to] = att.source;
    const outer = atts.find((a) => a !== att && a.source !== null && a.source[0] < from && a.source[1] >= to);
    // "according to the modder, who reported C": the relative clause hangs on the speaker another reading names.
    const before = outer ? undefined : atts.find((a) => a !== att && a.source !== null && a.source[1] < from && /^[\s,]*$/.test(text.slice(a.source[1], from)));
    if (outer?.source) words = text.slice(outer.source[0], from).replace(/[\s,]+$/, '');
    else if (before?.source) words = text.slice(before.source[0], before.source[1]);
    // "Crawford, who has plans to …", "the Migration Observatory, which warned …": else the name it follows.
    else {
      const head = text.slice(Math.max(0, from - 80), from);
      // "the report, which estimated C", "a study by the university, which found C": a document's finding is its own.
      const document = DOCUMENT_BEFORE_RELATIVE_RE.exec(head);
      const name = document ? null : NAME_BEFORE_RELATIVE_RE.exec(head);
      if (document?.[1]) words = document[1];
      else if (name?.[1] && !NO_NAME_RE.test(name[1])) words = name[1];
    }
  }
  let sourceText = words;
  let source = idOf(ctx, words, resolve);
  // "It said C" after "the Labor Department said": the institution named last, when "it" reports speech.
  const named = PERSONAL_PRONOUN_RE.test(words)
    ? antecedent(ctx, words)
    : IT_RE.test(words) && SAYING_CUE_RE.test(text.slice(att.cue[0], att.cue[1]))
      ? ctx.institution
      : roleOfInstitution(ctx.institution, words);
  if (named) {
    source = named.id;
    sourceText = named.text;
  }
  const relay = relayOf(text, att, atts);
  if (relay?.source) {
    const relayWords = text.slice(relay.source[0], relay.source[1]);
    return { source, sourceText, via: idOf(ctx, relayWords, resolve) ?? relayWords };
  }
  // A chain: the cited party is the source, the one citing it relays.
  const own = CHAIN_CUE_RE.test(text.slice(att.cue[0], att.cue[1]));
  // A report nested in the chain's own content ("according to LSEG data" around "the $33.2 billion analysts had
  // expected") is part of what it relays, not who relays it.
  // A report of a clause of its own after a conjunction ("According to the weather service, the storm dropped 14 inches
  // of snow, and officials said more was expected") relays nothing of the chain: the relay's words hold the chain's.
  const other = own
    ? atts.find((a) => a !== att && a.source !== null && !(att.content && a.content && holds(att.content, a.content)) && relays(a, att))
    : atts.find((a) => a !== att && a.source !== null && CHAIN_CUE_RE.test(text.slice(a.cue[0], a.cue[1])) && relays(att, a));
  // "Citing internal data, the company said C": the participle shares the speaker's subject; no one relays; nor does
  // a relative pronoun ("according to the report, which …").
  if (
    other?.source &&
    (other.source[0] !== att.source[0] || other.source[1] !== att.source[1]) &&
    !PRONOUN_SPEAKER_RE.test(text.slice(other.source[0], other.source[1]))
  ) {
    const otherWords = text.slice(other.source[0], other.source[1]);
    const otherId = idOf(ctx, otherWords, resolve);
    if (own) return { source, sourceText, via: otherId ?? otherWords };
    // "…, ahead of the $33.2 billion analysts had expected, according to LSEG data": "according to" relays an expectation
    // its content holds (a report of speech is relayOf's; an action or a plan is the relay's own claim).
    if (
      ACCORDING_RE.test(text.slice(other.cue[0], other.cue[1])) &&
      EXPECTING_CUE_RE.test(text.slice(att.cue[0], att.cue[1])) &&
      att.content &&
      other.content &&
      holds(other.content, att.content)
    )
      return { source, sourceText, via: otherId ?? otherWords };
    return { source: otherId, sourceText: otherWords, via: source ?? sourceText };
  }
  return { source, sourceText, via: null };
}

const ACCORDING_RE = /^according\b/i;
/** The last words of a cue of expectation: a report of what someone expects ("Apple is planning on" is no report). */
const EXPECTING_CUE_RE =
  /\b(?:expected|expecting|forecast|forecasted|forecasting|predicted|predicting|estimated|projected|anticipated|looking\s+for|penciled\s+in|pencilled\s+in)$/i;
/** Whether span `outer` holds span `inner`. */
const holds = (outer: readonly [number, number], inner: readonly [number, number]): boolean => outer[0] <= inner[0] && inner[1] <= outer[1];
/** Whether `relay`'s content holds the chain `att` (its cue or its content), or is not known. */
function relays(relay: SpanAttribution, att: SpanAttribution): boolean {
  const words = relay.content;
  if (words === null) return true;
  const inner = att.content;
  return holds(words, att.cue) || (inner !== null && words[0] < inner[1] && inner[0] < words[1]);
}

/** The last word of a cue that reports speech outright: the inner report a closing relay passes on. */
const SAYING_CUE_RE =
  /\b(?:said|says|told|tells|estimated|estimates|reported|reports|announced|announces|confirmed|confirms|stated|states|added|adds|noted|notes|warned|warns|claimed|claims|wrote|writes|asked|asks|insisted|insists|predicted|predicts|argued|argues)$/i;
/** Between a closing report's content and its speaker or cue: a comma (after a closing quotation mark, perhaps). */
const CLOSING_COMMA_RE = /^\.?[\u201D"\u2019']?\s*,[\u201D"\u2019']?\s*$/;
/** After a closing report: the sentence's end, perhaps after a few words ("on Friday", "in a statement"). */
const CLOSING_END_RE = /^[^,;:.!?]{0,40}[.!?]?["\u201D]?\s*$/;
/** A speaker in other words than a name: one that names no one to relay or to be relayed. */
const PRONOUN_SPEAKER_RE = /^(?:he|she|they|it|we|i|you|who|which|that)$/i;

/**
 * The closing report that relays `att` ("C, the council said, according to the BBC", "C, the company said, Reuters
 * reported", "Xi told Biden C, the officials said"): its content, before its cue, holds all of `att`, a named speaker's
 * report of speech. "He added C, Smith said" is one person named twice; "Men fear C, he adds" the speaker's own words.
 */
function relayOf(text: string, att: SpanAttribution, atts: readonly SpanAttribution[]): SpanAttribution | null {
  if (att.source === null || !SAYING_CUE_RE.test(text.slice(att.cue[0], att.cue[1]))) return null;
  if (PRONOUN_SPEAKER_RE.test(text.slice(att.source[0], att.source[1]))) return null;
  for (const a of atts) {
    if (a === att || a.source === null || a.content === null || a.content[1] > a.cue[0]) continue;
    if (!CLOSING_COMMA_RE.test(text.slice(a.content[1], Math.min(a.source[0], a.cue[0])))) continue;
    if (!CLOSING_END_RE.test(text.slice(Math.max(a.source[1], a.cue[1])))) continue;
    if (a.content[0] > Math.min(att.source[0], att.cue[0]) || a.content[1] < Math.max(att.source[1], att.cue[1])) continue;
    if (PRONOUN_SPEAKER_RE.test(text.slice(a.source[0], a.source[1]))) continue;
    return a;
  }
  return null;
}

/** Most words a speaker remembered for a later "he" or "she" may have (a name with a title or a role). */
const MAX_REMEMBERED_WORDS = 10;
/** Lower-case words a name or a title holds: particles of names and of titles. */
const NAME_PARTICLES: ReadonlySet<string> = new Set('of the for and de del della di da van von der den al el bin ibn la le du dos das y'.split(' '));

/**
 * Words that can be a speaker "he" or "she" refers to later: a short phrase, mostly capitalised ("Jane Doe",
 * "Sen. Jane Roe", "Head coach Mike Smith"); not a clause misread as a speaker ("Gary's even got an EP", "The
 * program's playoff snub also factored into the decision").
 */
function nameLike(name: string): boolean {
  if (NOT_A_PERSON_RE.test(name)) return false;
  let words = 0;
  let lower = 0;
  const short = everyWord(name, (k, end) => {
    if (isLowerCaseCode(name.charCodeAt(k)) && !NAME_PARTICLES.has(name.slice(k, end))) lower++;
    return ++words <= MAX_REMEMBERED_WORDS;
  });
  if (!short) return false;
  // "clinical nutritional therapist Stephanie Moore": a role in lower case before a full name.
  return lower * 2 <= words || FULL_NAME_RE.test(name);
}
/** Two capitalised words in a row, the first no article: a full name ("Stephanie Moore", "Ocean Visions"). */
const FULL_NAME_RE = /(?:^|\s)(?!(?:The|A|An)\s)\p{Lu}[\p{L}'\u2019.-]*\s+\p{Lu}/u;
/** A column's name ("Dear Abby") and people in general ("Few people", "Some men"): no one "he" or "she" is. */
const NOT_A_PERSON_RE = /^Dear\s|(?:^|\s)(?:people|men|women|children|folks|everyone|everybody)$/i;

/** Remember the named speakers of a sentence, the last one last. */
export function rememberSpeakers(text: string, atts: readonly SpanAttribution[], ctx: SpeakerContext, resolve: (sourceText: string) => string | null): void {
  for (const a of atts) {
    if (!a.source) continue;
    const words = text.slice(a.source[0], a.source[1]);
    if (UNNAMED_RE.test(words) || !NAMED_RE.test(words) || NO_NAME_RE.test(words)) continue;
    // "Lamar Jackson and Dak Prescott said": after two people, "he" or "she" could be either, or someone before them.
    // Read only when the words hold "and" or "&" (a test of every speaker by the two patterns cost 1% of the tagger).
    const joined = words.includes(' and ') || words.includes(' & ');
    if (joined && NAMES_JOINED_RE.test(words)) {
      ctx.last = null;
      ctx.earlier = [];
      continue;
    }
    // "Yahiatene and her team", "Respect and acceptance": a joined subject is no one "he" or "she" stands for.
    if (joined && JOINED_BEFORE_COMMA_RE.test(words)) continue;
    // "Maria Lopez, the chief executive of Acme": the name before the appositive.
    const whoAt = NAME_THEN_WHO_RE.exec(words)?.index ?? words.length;
    // "Her rival, John Park": the full name of an appositive, when the words before it have none.
    const upTo = words.slice(0, whoAt);
    const comma = upTo.indexOf(',');
    const first = comma < 0 ? upTo.trim() : upTo.slice(0, comma).trim();
    const name =
      comma < 0 || FULL_NAME_RE.test(first)
        ? first
        : (upTo
            .slice(comma + 1)
            .split(',')
            .map((p) => p.trim())
            .find((p) => FULL_NAME_RE.test(p) && nameLike(p)) ?? first);
    const id = idOf(ctx, words, resolve) ?? idOf(ctx, name, resolve);
    if (id === null && !nameLike(name)) continue;
    // "Reuters reported C. He said D": an institution is not who "he" is; the person named before it still may be.
    // The head after a possessive tells: "The Ministry's spokesman Ashraf Ali" is a person.
    const head = name.split(POSSESSIVE_RE).pop() ?? name;
    // "Council leader Tony Dyer": a role, perhaps after an institution's word, and then a full name is a person.
    const person = ROLE_THEN_NAME_RE.test(head);
    // "Councillors in Bristol said": the noun before a place's preposition is the head, capitalised or not.
    const where = PLACE_AFTER_RE.exec(head);
    const group = where !== null && CAPITALISED_PLURAL_RE.test(head.slice(0, where.index));
    // "Prosecutors said C. She pleaded guilty": a group noun opening the sentence with its capital is no "she" either.
    if (id !== null ? !ctx.isPerson(id) : !person && (isInstitutionName(head) || group || PLURAL_HEAD_RE.test(head) || GROUP_NOUNS.has(head.toLowerCase()))) {
      if (id !== null || isInstitutionName(head)) ctx.institution = { text: name, id, head, sex: 'n' };
      continue;
    }
    // "Boeing said it would cut 10% … It said D": a name of one word whose own words open with "it" or "its" (not "he")
    // is what a later "it said" means; it may still be "he" (an unknown surname).
    if (
      id === null &&
      a.content !== null &&
      IT_OPENING_RE.test(text.slice(a.content[0], a.content[0] + 24)) &&
      ONE_CAPITALISED_WORD_RE.test(name) &&
      !isSurnameOf(ctx, name)
    )
      ctx.institution = { text: name, id, head, sex: 'n' };
    if (ctx.last && ctx.last.text !== name) ctx.earlier = [ctx.last, ...ctx.earlier.filter((e) => e.text !== name)].slice(0, EARLIER_SPEAKERS);
    ctx.last = { text: name, id, head, sex: null };
  }
}

/**
 * "its" or "it" and a verb of intent or a modal opening a content ("said it would cut", "said its profit rose"): the
 * speaker speaks of itself as a thing. Not "it was", "it has been": a dummy subject or the matter ("Kennedy insisted
 * that it was backed by a study").
 */
const IT_OPENING_RE = /^(?:that\s+)?(?:its\s|it\s+(?:would|will|could|can|may|might|expects|expected|plans|planned|intends|intended|aims|hopes)\b)/i;
/** One capitalised word: "Boeing", "Reuters" (or a surname). */
const ONE_CAPITALISED_WORD_RE = /^\p{Lu}[\p{L}'\u2019.&-]*$/u;
/** Whether `word` ends the name of a speaker remembered in `ctx` ("Ortberg" after "Chief executive Kelly Ortberg"). */
function isSurnameOf(ctx: SpeakerContext, word: string): boolean {
  const suffix = ` ${word}`;
  return (ctx.last?.text.endsWith(suffix) ?? false) || ctx.earlier.some((e) => e.text.endsWith(suffix));
}

/**
 * Whether a speaker's words name someone (for check-worthiness; a listed source has its id): a capitalised word after
 * the first ("the Labor Department", "Jane Doe"), or one capitalised word that is no pronoun, no group noun and none
 * of NO_NAME_RE ("Reuters", not "Officials" or "Some"). "officials", "a spokeswoman", "he" name no one.
 */
export function namesSomeone(sourceText: string | null): boolean {
  if (sourceText === null) return false;
  if (LATER_CAPITAL_RE.test(sourceText)) return true;
  return (
    !/\s/.test(sourceText) &&
    /^\p{Lu}\p{Ll}/u.test(sourceText) &&
    !UNNAMED_RE.test(sourceText) &&
    !NO_NAME_RE.test(sourceText) &&
    !GROUP_NOUNS.has(sourceText.toLowerCase())
  );
}
/** Two named speakers joined before any comma: "Lamar Jackson and Dak Prescott", "Cynthia and Mary" (not "Jane Doe, a psychologist and author"). */
const NAMES_JOINED_RE = /^(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}?\p{Lu}[\p{L}.'\u2019-]*\s+(?:and|&)\s+[^,]*\p{Lu}/u;
/** A capital, then "and" or "&" before any comma: a joined subject, not a role ("its chairman and CEO, Mathias Döpfner") or an appositive's "a psychologist and author". */
const JOINED_BEFORE_COMMA_RE = /^\p{Lu}[^,]*\s(?:and|&)\s/u;
/** A capitalised word after the first. */
const LATER_CAPITAL_RE = /\s\p{Lu}/u;
/** Plural nouns for groups that open a sentence with a capital: "Officials said", "Police said". */
const GROUP_NOUNS: ReadonlySet<string> = new Set(
  'officials police analysts experts residents doctors critics witnesses researchers scientists economists sources authorities investigators prosecutors lawyers officers protesters survivors neighbours neighbors locals teachers parents students workers voters forecasters engineers campaigners activists nurses staff employees managers executives insiders diplomats observers supporters opponents fans families'.split(
    ' ',
  ),
);
