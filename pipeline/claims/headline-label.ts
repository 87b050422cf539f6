/**
 * A headline's "X: …" names a speaker only when X is one: a listed source, a role ("Minister: …", "Police: …"), an
 * acronym ("WHO: …"), a name that speaks in the article's body ("Merkel: …" over "Angela Merkel said …"), or a
 * full name the body names or a quotation follows ("Jane Doe: ‘I will not resign’"; not "Daily Telescope: …").
 * Otherwise X labels the story's topic ("Brexit: …", "Heatwave: …", "Coronavirus: …"), as news sites' headlines often
 * do, and the headline's claims have no speaker: its figures stay, its statements go.
 */
import type { Draft } from './finalize.js';
import { isAcronym, looksLikePersonName } from './gazetteer.js';

/** Roles and groups that speak in headlines ("Police: two arrested", "Experts: rates will rise"), by the label's last word. */
const SPEAKER_ROLES: ReadonlySet<string> = new Set(
  'minister ministers president premier chancellor mayor governor senator senators sen rep gov dr mr mrs ms judge police officials official experts expert doctors scientists researchers analysts economists report study poll survey court jury union unions government army military ministry spokesman spokeswoman spokesperson ceo chief boss coach manager leader leaders regulator watchdog treasury opposition residents witnesses family families critics campaigners activists prosecutors lawyers investigators'.split(
    ' ',
  ),
);
/** Nouns of the events headlines are labelled with ("Ukraine War: …", "Covid Inquiry: …"): such a label is no name. */
const TOPIC_NOUNS: ReadonlySet<string> = new Set(
  'war wars crisis inquiry election elections strike strikes attack attacks shooting trial budget summit scandal row protest protests outbreak pandemic heatwave storm storms flood floods earthquake wildfire wildfires vote referendum talks economy inflation latest live'.split(
    ' ',
  ),
);

/** `drafts` with the headline's topic labels taken for what they are; `body` is the article's text ('' when only a headline is tagged). */
export function withoutTopicLabels(drafts: readonly Draft[], body = ''): readonly Draft[] {
  if (!drafts.some(isUnlistedHeadlineColon)) return drafts;
  const bodySpeakers = drafts.flatMap((d) => (d.claim.in === 'body' && d.claim.sourceText ? [d.claim.sourceText] : []));
  const out: Draft[] = [];
  for (const d of drafts) {
    if (!isUnlistedHeadlineColon(d) || speaks(d.claim.sourceText ?? '', bodySpeakers, body, quoted(d))) out.push(d);
    else if (d.claim.figure !== null) out.push(unattributed(d));
  }
  return out;
}

/** A headline claim whose speaker is the words before its colon and no listed source. */
function isUnlistedHeadlineColon(d: Draft): boolean {
  // A pack's figure takes the colon's words as spans only (its cue stays its own, null here).
  const colon = d.claim.cue === ':' || d.claim.cueSpan?.text === ':';
  return d.claim.in === 'title' && colon && d.claim.source === null && d.claim.sourceText !== null;
}

/** Whether the headline's words after its colon open with a quotation mark ("Trump: ‘I will …’"). */
function quoted(d: Draft): boolean {
  const colon = d.claim.cueSpan;
  return colon !== null && /^\s*["'\u201C\u2018\u00AB]/.test(d.claim.sentence.slice(colon.end - d.claim.start));
}

function speaks(fullLabel: string, bodySpeakers: readonly string[], body: string, quotes: boolean): boolean {
  // "Fed's Powell: …", "Nvidia's Huang: …": the name after an organisation's possessive is who speaks.
  const label = fullLabel.replace(POSSESSOR_PREFIX_RE, '');
  // "Senator Ruiz", "Jane Doe": a role or a full name speaks; a single unknown word may be either ("Merkel", "Brexit").
  // "Dear Abby: …" names an advice column.
  const words = label.split(/\s+/).map((w) => w.toLowerCase());
  if (words[0] === 'dear') return false;
  if (words.some((w) => SPEAKER_ROLES.has(w)) || isAcronym(label)) return true;
  // Two capitalised words are a person's name or a series' ("Daily Telescope: …", "Wordle Today: …"): a name
  // speaks when the body names that person (its last word) or when a quotation follows the colon.
  if (looksLikePersonName(label) && !words.some((w) => TOPIC_NOUNS.has(w)) && (quotes || body === '' || namesWord(body, label.split(/\s+/).pop() ?? '')))
    return true;
  const word = new RegExp(`(?:^|[^A-Za-z])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^A-Za-z])`);
  return bodySpeakers.some((s) => word.test(s));
}

/** An organisation's possessive opening a headline's label ("Fed's ", "UK’s "). */
const POSSESSOR_PREFIX_RE = /^[A-Z][\w.&-]*['\u2019]s\s+(?=[A-Z])/;

/** Whether `text` has `word` as a whole word, capitalised as given. */
function namesWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + word.length);
    if (!(isLetterCode(before) || isLetterCode(after))) return true;
  }
  return false;
}
const isLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The figure without the label for its speaker. */
function unattributed(d: Draft): Draft {
  return {
    ...d,
    ownCue: false,
    claim: { ...d.claim, source: null, sourceText: null, via: null, cue: null, sourceSpan: null, cueSpan: null, contentSpan: null },
  };
}
