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
import { AGE_AFTER_NAME_RE } from './attribution-phrases.js';

/** What earlier sentences of the article tell about speakers. */
export interface SpeakerContext {
  /** The last named speaker: the words the text used and the canonical id when known. */
  last: { text: string; id: string | null } | null;
  /** Canonical ids already looked up in this article: alias lookup scans every alias. */
  ids: Map<string, string | null>;
  /** Whether a listed source is a person (the gazetteer's kinds); none known: any listed source may be "he". */
  isPerson: (id: string) => boolean;
}

export function newSpeakerContext(isPerson: (id: string) => boolean = () => true): SpeakerContext {
  return { last: null, ids: new Map(), isPerson };
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
/** Pronouns, relatives and bare roles: they name no one by themselves. */
const UNNAMED_RE = /^(?:he|she|they|it|we|i|you|who|which|that|this|these|those)$/i;
/** A name: at least one capitalised word that is not only a sentence-initial article. */
const NAMED_RE = /(?:^|\s)(?!The\b|A\b|An\b)[A-Z][\w'.-]*/;
/** ", who …" / ", which …" closing a source: a relative clause on the speaker. */
const RELATIVE_CLAUSE_RE = /,\s+(?:who|which)\s/;
const RELATIVE_PRONOUN_RE = /^(?:who|which)$/i;
const POSSESSIVE_RE = /['\u2019]s\s+/;
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
  const relative = RELATIVE_CLAUSE_RE.exec(words);
  if (relative) words = words.slice(0, relative.index).replace(AGE_AFTER_NAME_RE, '');
  // "Rand Paul, who opposed the bill": "who" speaks for the name it follows, as the sentence's other reading has it.
  if (RELATIVE_PRONOUN_RE.test(words)) {
    const [from, to] = att.source;
    const outer = atts.find((a) => a !== att && a.source !== null && a.source[0] < from && a.source[1] >= to);
    if (outer?.source) words = text.slice(outer.source[0], from).replace(/[\s,]+$/, '');
  }
  let sourceText = words;
  let source = idOf(ctx, words, resolve);
  if (PERSONAL_PRONOUN_RE.test(words) && ctx.last) {
    source = ctx.last.id;
    sourceText = ctx.last.text;
  }
  // A chain: the cited party is the source, the one citing it relays.
  const own = CHAIN_CUE_RE.test(text.slice(att.cue[0], att.cue[1]));
  const other = own
    ? atts.find((a) => a !== att && a.source !== null)
    : atts.find((a) => a !== att && a.source !== null && CHAIN_CUE_RE.test(text.slice(a.cue[0], a.cue[1])));
  if (other?.source) {
    const otherWords = text.slice(other.source[0], other.source[1]);
    const otherId = idOf(ctx, otherWords, resolve);
    if (own) return { source, sourceText, via: otherId ?? otherWords };
    return { source: otherId, sourceText: otherWords, via: source ?? sourceText };
  }
  return { source, sourceText, via: null };
}

/** Remember the named speakers of a sentence, the last one last. */
export function rememberSpeakers(text: string, atts: readonly SpanAttribution[], ctx: SpeakerContext, resolve: (sourceText: string) => string | null): void {
  for (const a of atts) {
    if (!a.source) continue;
    const words = text.slice(a.source[0], a.source[1]);
    if (UNNAMED_RE.test(words) || !NAMED_RE.test(words)) continue;
    // "Maria Lopez, the chief executive of Acme": the name before the appositive.
    const name = words.split(',')[0]?.trim() ?? words;
    const id = idOf(ctx, words, resolve) ?? idOf(ctx, name, resolve);
    // "Reuters reported C. He said D": an institution is not who "he" is; the person named before it still may be.
    // The head after a possessive tells: "The Ministry's spokesman Ashraf Ali" is a person.
    const head = name.split(POSSESSIVE_RE).pop() ?? name;
    if (id !== null ? !ctx.isPerson(id) : isInstitutionName(head)) continue;
    ctx.last = { text: name, id };
  }
}
