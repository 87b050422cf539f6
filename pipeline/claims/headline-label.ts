/**
 * A headline's "X: …" names a speaker only when X is one: a listed source, a role ("Minister: …", "Police: …"), an
 * acronym ("WHO: …"), or a name that speaks in the article's body ("Merkel: …" over "Angela Merkel said …").
 * Otherwise X labels the story's topic ("Brexit: …", "Heatwave: …", "Coronavirus: …"), as news sites' headlines often
 * do, and the headline's claims have no speaker: its figures stay, its statements go.
 */
import type { Draft } from './finalize.js';
import { looksLikePersonName } from './gazetteer.js';

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
/** An acronym names an organisation ("WHO", "IMF", "NHS"). */
const ACRONYM_RE = /^[A-Z]{2,6}$/;

/** `drafts` with the headline's topic labels taken for what they are. */
export function withoutTopicLabels(drafts: readonly Draft[]): readonly Draft[] {
  if (!drafts.some(isUnlistedHeadlineColon)) return drafts;
  const bodySpeakers = drafts.flatMap((d) => (d.claim.in === 'body' && d.claim.sourceText ? [d.claim.sourceText] : []));
  const out: Draft[] = [];
  for (const d of drafts) {
    if (!isUnlistedHeadlineColon(d) || speaks(d.claim.sourceText ?? '', bodySpeakers)) out.push(d);
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

function speaks(label: string, bodySpeakers: readonly string[]): boolean {
  // "Senator Ruiz", "Jane Doe": a role or a full name speaks; a single unknown word may be either ("Merkel", "Brexit").
  const words = label.split(/\s+/).map((w) => w.toLowerCase());
  if (words.some((w) => SPEAKER_ROLES.has(w)) || ACRONYM_RE.test(label)) return true;
  if (looksLikePersonName(label) && !words.some((w) => TOPIC_NOUNS.has(w))) return true;
  const word = new RegExp(`(?:^|[^A-Za-z])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^A-Za-z])`);
  return bodySpeakers.some((s) => word.test(s));
}

/** The figure without the label for its speaker. */
function unattributed(d: Draft): Draft {
  return {
    ...d,
    ownCue: false,
    claim: { ...d.claim, source: null, sourceText: null, via: null, cue: null, sourceSpan: null, cueSpan: null, contentSpan: null },
  };
}
