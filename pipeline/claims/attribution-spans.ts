/**
 * Who says what, as spans: every reporting cue of a sentence with its source
 * (a name, a role, an organisation, a group or a pronoun, as written) and its
 * content (what is said). Shapes read: "X said (that) C", "C, X said",
 * "C, said X", "According to X, C", "C, according to X", "X told Y (that) C",
 * "X said: C", "citing X", "C, X said, adding D", "X: C" in a headline, "…: “C”"
 * (a colon opening a quotation, no reporting word before it). The cue
 * words are data (a learned lexicon, attribution-cues.ts) so another language
 * is a data addition.
 *
 * Invariants: spans index the sentence given; the source is never inside the
 * content; a cue without a source still yields the content (source null); a
 * cue inside the content of an earlier cue is that speaker's words, not a
 * second attribution ("X said Y believes C" is one attribution, by X).
 *
 * This file is the scan: which words are cues, and how the cues of one sentence relate (a weak cue overruled, a
 * closing ", X said" reporting all before it, an opening "as" clause). One cue is read in attribution-verb.ts,
 * attribution-subject.ts and attribution-cue-span.ts, a cue nested in an earlier content in attribution-nested.ts,
 * the contexts that make a word no cue in attribution-not-cue.ts, the headline and colon forms in
 * attribution-colon.ts, and the lexicon is compiled in attribution-lexicon.ts.
 */
import { hasQuoteMarks, plainQuotes, quoteStateAt, quoteStateBetween } from './attribution-cues.js';
import { colonBeforeQuote, colonQuote, dashedReport, openingInversion } from './attribution-colon.js';
import { cueSpan, particleToCue } from './attribution-cue-span.js';
import { ATTRIBUTION_LEXICON_EN, type AttributionLexicon, type Compiled, compile } from './attribution-lexicon.js';
import { secondAttribution } from './attribution-nested.js';
import { pollAttributions } from './attribution-poll.js';
import { receivedJudgements } from './attribution-received.js';
import { AGE_AFTER_NAME_RE, MIN_CONTENT_CHARS, type SpanAttribution, trimSpan } from './attribution-phrases.js';
import { citesSpeaker, sourceAfterCue } from './attribution-subject.js';
import { EXPECTATION_HEADS, expectedFigures } from './attribution-expected.js';
import { adverbCue, agentlessPassive, endsInEd, raisingPassive, verbCue } from './attribution-verb.js';
import { ADVERB_RE, notACueHere } from './attribution-not-cue.js';
import { lastNonSpaceCode } from './text.js';

export type { SpanAttribution };
export { ATTRIBUTION_LEXICON_EN, type AttributionLexicon, reachableCues } from './attribution-lexicon.js';

/** Where candidateRe's \b and a letter-only lookbehind disagree: a letter right after a digit or an underscore. */
const DIGIT_OR_UNDERSCORE_THEN_LETTER_RE = /[0-9_][A-Za-z]/;
/** Letters (accented ones too: "Benoît"), apostrophes and hyphens: a candidate right after one is inside a word. */
const isWordJoinCode = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c === 39 || c === 0x2019 || c === 45;

/** A lower-case word right after a cue (not a small word titles leave in lower case): the cue is in a sentence. */
const LOWER_WORD_AFTER_RE = /^\s+(?!(?:a|an|the|of|to|in|on|for|and|or|at|by|with|from|as|vs)\b)[a-z]/;
/** A cue word in a name or title ("Support Act", "Said Hassan") is no cue. */
const CAPITAL_RE = /^[A-Z]/;
/**
 * A title-case headline up to a capitalised cue ("‘ISIS Truther’ Trump Is Like A Client, Trevor Noah Says"): every
 * word capitalised (after an opening mark) or a small word titles leave in lower case.
 */
const TITLE_CASE_BEFORE_RE = /^(?:(?:[^\sA-Za-z0-9]*[A-Z0-9][^\s]*|a|an|the|of|to|in|on|for|and|or|at|by|with|from|as|vs\.?)\s+)+$/;

/**
 * Attributions of one sentence (or headline). `openQuote`: the sentence starts
 * inside a quotation opened earlier in its paragraph. A cue inside a quotation
 * belongs to the quoted speaker's words, not to the article: it is skipped.
 */
export function attributionSpans(text: string, lex: AttributionLexicon = ATTRIBUTION_LEXICON_EN, openQuote = false): SpanAttribution[] {
  const c = compile(lex);
  const s = plainQuotes(text);
  // "Pat Caddell: Voters Worried About …": a headline's speaker and colon come first; what follows is their words.
  const headline = colonQuote(s) ?? dashedReport(s);
  if (headline) return [headline];
  const opening = openingInversion(s, c.inverting, c.hearer);
  if (opening) return [opening];
  const out: SpanAttribution[] = [];
  /** The model's probability of each attribution's cue, for a stronger later cue to overrule a weak one. */
  const strength: number[] = [];
  let open = openQuote;
  let scanned = 0;
  /** Where the first strong cue word of the sentence starts (-1 until the candidate search meets one). */
  let firstStrong = -1;
  /** Whether the scan met a verb of expectation ("the $33.2 billion analysts had expected"; attribution-expected.ts). */
  let expects = false;
  const re = DIGIT_OR_UNDERSCORE_THEN_LETTER_RE.test(s) ? c.candidateAfterAnyRe : c.candidateRe;
  // Most sentences hold no quotation mark: their quotation state is `openQuote` throughout, without a scan.
  const quoted = hasQuoteMarks(s);
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    // \b holds after an apostrophe or a hyphen too: a word there is part of another ("don't", "re-said").
    if (m.index > 0 && isWordJoinCode(s.charCodeAt(m.index - 1))) continue;
    const word = m[0].toLowerCase();
    const entry = c.scanned.get(word);
    if (entry === undefined) continue;
    // Every verb of expectation is a word of the lexicon, so none is missed by testing after the lookup.
    if (!expects && EXPECTATION_HEADS.has(word)) expects = true;
    // Every strong cue word is scanned (compile), so none is missed by testing after the lookup.
    if (firstStrong < 0 && entry.strong) firstStrong = m.index;
    if (quoted) open = quoteStateBetween(s, scanned, m.index, open);
    scanned = m.index;
    if (open) continue;
    const end = m.index + m[0].length;
    let p = c.score(s, m.index, end, entry, c.strong ? firstStrong : undefined);
    // "Liverpool reportedly agreed …", "the suspect allegedly fired": these adverbs say others report it wherever they
    // stand (the corpus marks few after a name, so the model reads them low there).
    if (p < c.minProbability && REPORT_ADVERBS.has(word)) p = c.minProbability;
    // Above the floor the closing test only tells a relayed report, which a comma right after the cue announces.
    if (p >= CLOSING_MIN_PROBABILITY && p < CLOSING_OVERRULES && (p < c.minProbability || s.charCodeAt(end) === COMMA_CODE)) {
      const closing = closesSentence(s, m.index, end);
      if (closing === 'no' && p < c.minProbability && !(p >= OPENING_REPORT_MIN_PROBABILITY && reportsClause(s, m.index, end))) continue;
      // ", the UN estimated, Reuters reported.": the relayed report stands inside the relay's content.
      if (closing === 'relayed') p = CLOSING_OVERRULES;
    } else if (p < c.minProbability) continue;
    // A head the attributor reads too often where no one reports ("gave", "saw", "tried"; learned from train) needs more.
    if (p < c.doubtfulMinProbability && c.doubtful.has(word)) continue;
    if (notACueHere(s, m.index, end, word, c)) continue;
    // A title-case headline goes on in capitals after its cue ("Trump Says Clinton Will Lose") or ends there; a sentence
    // opening with a long name does not ("The University of Michigan Index of Consumer Sentiment increased 13.7%").
    if (CAPITAL_RE.test(m[0]) && m.index > 0 && !(TITLE_CASE_BEFORE_RE.test(s.slice(0, m.index)) && !LOWER_WORD_AFTER_RE.test(s.slice(end, end + 24))))
      continue;
    let a = attributionAt(s, m.index, end, word, out, c);
    // A weak cue does not hide a strong one it swallowed ("Opposition leaders warned", "lists have grown to X, the NHS said").
    const weak = strength[strength.length - 1] ?? 1;
    if ((a === null || a.content === null) && weak < WEAK_CUE && p >= STRONG_CUE) {
      const dropped = out.pop();
      strength.pop();
      a = attributionAt(s, m.index, end, word, out, c);
      if (a === null && dropped) {
        out.push(dropped);
        strength.push(weak);
      }
    }
    // A closing ", X said." or ", according to X." reports all before it: a weak or sourceless cue there is the speaker's words
    // ("The defendant wants C, his lawyer argued", "81 percent of Democrats approve of Obama, according to the poll").
    if (
      out.length > 0 &&
      s.length - end <= CLOSING_TAIL_CHARS &&
      (a === null ||
        (a.source && a.content === null) ||
        Boolean(c.after.get(word)) ||
        (strength.some((x) => x < CLOSING_OVERRULES) && SENTENCE_END_AFTER_CUE_RE.test(s.slice(end)))) &&
      CLOSING_RE.test(s.slice(Math.max(0, m.index - 60), m.index))
    ) {
      const alone = attributionAt(s, m.index, end, word, [], c);
      const content = alone?.source ? alone.content : null;
      if (alone && content && content[1] <= alone.cue[0]) {
        // "Asked whether C1, 75 percent said C2": an opening participle clause reports on its own (verbCue).
        const opener = out[0]?.source === null && out[0].content && /^[\s\u201C"(]*$/.test(s.slice(0, out[0].cue[0])) ? out[0] : null;
        const inside = (x: SpanAttribution): boolean => x !== opener && x.cue[0] >= content[0] && x.cue[1] <= content[1];
        // An agentless passive inside ("The deal could be announced C, people familiar with the matter said") has no source.
        const sourceless = (x: SpanAttribution): boolean => x.source === null || subjectIsReported(s, x.cue, c);
        if (out.every((x, k) => !inside(x) || sourceless(x) || (strength[k] ?? 1) < CLOSING_OVERRULES)) {
          for (let k = out.length - 1; k >= 0; k--) {
            if (!inside(out[k] as SpanAttribution)) continue;
            out.splice(k, 1);
            strength.splice(k, 1);
          }
          if (opener?.content && out.includes(opener)) alone.content = trimSpan(s, Math.max(content[0], opener.content[1]), content[1]);
          a = alone;
        } else if ((a === null && c.inverting.has(word)) || (a?.source && (a.content === null || c.after.has(word)))) {
          // A strong report of its own inside ("The company pleaded guilty to fraud, prosecutors said", "Investors fear
          // C, said Jane Doe", "Doctors warned C, according to a report") stays, nested in the closing speaker's content,
          // and ends where that content ends. A cue the first reading swallowed must be a verb of saying ("…, yelling at
          // people", "names weren't disclosed" are not).
          for (const x of out) if (inside(x) && x.content && x.content[1] > content[1]) x.content = trimSpan(s, x.content[0], content[1]);
          a = alone;
        }
      }
    }
    if (a) {
      a.p = p;
      out.push(a);
      strength.push(p);
      // "The company, citing X, said C": the main verb first, the relaying phrase after it (the reading order of "Yonhap reported, citing X").
      const relay = out[out.length - 2];
      if (relay && a.source && relay.content === a.content && relay.cue[0] > a.source[0] && relay.cue[1] < a.cue[0]) {
        out.splice(out.length - 2, 2, a, relay);
        strength.splice(strength.length - 2, 2, p, strength[strength.length - 2] ?? p);
      }
    }
  }
  asOpening(s, out, strength);
  // "…, say taxing consumption encourages savings": a speaker never holds a verb of saying whose content holds its cue;
  // the later word was read with that verb as its subject and is part of what was said.
  for (let k = out.length - 1; k > 0; k--) {
    const a = out[k] as SpanAttribution;
    const source = a.source;
    const holds = (x: SpanAttribution): boolean =>
      source !== null &&
      x.content !== null &&
      c.inverting.has(s.slice(x.cue[0], x.cue[1]).toLowerCase()) &&
      x.cue[0] >= source[0] &&
      x.cue[1] <= source[1] &&
      a.cue[0] >= x.content[0] &&
      a.cue[1] <= x.content[1];
    if (out.some(holds)) {
      out.splice(k, 1);
      strength.splice(k, 1);
    }
  }
  for (const a of out) if (a.source && a.source[1] <= a.cue[0] && subjectIsReported(s, a.cue, c)) unsourced(s, a);
  // "Why not just say C", "So highlighting C": a word that opens a sentence but never names anyone is no source.
  for (const a of out) if (a.source && NEVER_A_SOURCE_RE.test(s.slice(a.source[0], a.source[1]))) a.source = null;
  // "…, with 12,000 reported on Friday alone": after "with" a bare number and a participle are a clause without a verb,
  // the number what was reported; no one speaks.
  for (let k = out.length - 1; k >= 0; k--) {
    const source = out[k]?.source;
    if (source && BARE_NUMBER_RE.test(s.slice(source[0], source[1])) && WITH_BEFORE_RE.test(s.slice(Math.max(0, source[0] - 6), source[0]))) {
      out.splice(k, 1);
      strength.splice(k, 1);
    }
  }
  // "…, or the football world dismisses their contributions": a conjunction joining clauses is no part of the speaker.
  for (const a of out) {
    const lead = a.source ? CONJUNCTION_OPENING_RE.exec(s.slice(a.source[0], a.source[1])) : null;
    if (a.source && lead) a.source = trimSpan(s, a.source[0] + lead[0].length, a.source[1]);
  }
  // "Mr. Smith, 45, said": the age after a name is no part of who speaks.
  for (const a of out) {
    // Tested only when the source ends in a digit: AGE_AFTER_NAME_RE ends in $ and is tried at every offset.
    const last = a.source ? s.charCodeAt(a.source[1] - 1) : 0;
    const age = a.source && last >= 48 && last <= 57 ? AGE_AFTER_NAME_RE.exec(s.slice(a.source[0], a.source[1])) : null;
    if (a.source && age) a.source = [a.source[0], a.source[1] - age[0].length];
    // "Wells Fargo, meanwhile, estimated": a sentence adverb between commas is no part of who speaks. Tested only when
    // the source holds a comma.
    const adverb = a.source && s.lastIndexOf(',', a.source[1]) > a.source[0] ? ADVERB_AFTER_SOURCE_RE.exec(s.slice(a.source[0], a.source[1])) : null;
    if (a.source && adverb && adverb.index > 0) a.source = [a.source[0], a.source[0] + adverb.index];
  }
  // "Conceding that C, the mayor warned D": the opening participle's speaker is the main clause's, as that cue read it.
  const [opener, main] = out;
  if (opener?.source && main?.source && opener.source[0] === main.source[0] && opener.cue[0] < main.source[0]) opener.source = main.source;
  for (const a of out) particleToCue(s, a);
  receivedJudgements(s, out, c, openQuote);
  pollAttributions(s, out, openQuote);
  if (expects) expectedFigures(s, out, openQuote);
  const colon = colonBeforeQuote(s, out, openQuote);
  if (colon) out.push(colon);
  return out;
}

/**
 * An agentless passive ("his supporters were shown chanting", "the question was asked") or a raising verb ("The
 * team appeared paralyzed"): the subject is part of what is reported, not who reports it. Decided after the
 * sentence is read, so which later cues are nested stays as for any verb.
 */
function subjectIsReported(s: string, cue: [number, number], c: Compiled): boolean {
  const head = /[A-Za-z]+$/.exec(s.slice(cue[0], cue[1]))?.[0].toLowerCase() ?? '';
  if (c.raising.has(head)) return true;
  if (c.attitude.has(head)) return false;
  const start = cue[1] - head.length;
  // "Giuliani ordered to pay $148 million", "Residents told to evacuate": a verb that takes whom it directs, straight
  // before "to" and a verb, is a passive without its auxiliary (a headline's, or a reduced relative's).
  if (DIRECTED_TO_VERBS.has(head) && TO_VERB_AFTER_RE.test(s.slice(cue[1], cue[1] + 24))) return true;
  return agentlessPassive(s, start, cue[1]);
}
/** Verbs whose active voice names whom they direct before "to" ("ordered staff to leave"), so "X ordered to" is passive. */
const DIRECTED_TO_VERBS: ReadonlySet<string> = new Set([
  'ordered',
  'told',
  'urged',
  'forced',
  'instructed',
  'advised',
  'warned',
  'compelled',
  'pressed',
  'pressured',
  'encouraged',
  'directed',
]);
/** "to" and a word that is no determiner: an infinitive ("to pay"), not a place ("directed to the exit"). */
const TO_VERB_AFTER_RE = /^\s+to\s+(?!(?:the|a|an|his|her|their|its|our|your|my|this|that|these|those)\b)[a-z]+\b/;

/** "As" opening a sentence before a speaker: "As Reuters reported, C". */
const AS_OPENING_RE = /^[\s\u201C"(]*as\s+$/i;
/** After an opening "as" clause's cue, up to three words ("reported on Monday") and the comma that closes the clause. */
const AS_CLAUSE_END_RE = /^(?:\s+[^\s,;:]+){0,3}\s*,/;

/**
 * "As Reuters reported, C", "As the minister noted on Monday, C": an opening "as" clause reports the main clause, and a
 * weak cue there is part of what was reported ("As Politico revealed, the committee agreed to C"), as under a closing
 * ", X said".
 */
function asOpening(s: string, out: SpanAttribution[], strength: number[]): void {
  const first = out[0];
  if (!first?.source || first.source[1] > first.cue[0] || !AS_OPENING_RE.test(s.slice(0, first.source[0]))) return;
  const end = AS_CLAUSE_END_RE.exec(s.slice(first.cue[1]));
  const content = end ? trimSpan(s, first.cue[1] + end[0].length, s.length) : null;
  if (!content || content[1] - content[0] < MIN_CONTENT_CHARS) return;
  first.content = content;
  for (let k = 1; k < out.length; k++) {
    const x = out[k] as SpanAttribution;
    if (!first.content || x.cue[0] < first.content[0] || x.cue[0] >= first.content[1]) continue;
    // "As the minister said, C1, and the union warned C2": a later speaker of its own ends what the "as" clause reports.
    if (x.source && x.source[0] > first.content[0]) {
      const cut = trimSpan(s, first.content[0], x.source[0]);
      const kept = cut ? trimSpan(s, cut[0], cut[0] + s.slice(cut[0], cut[1]).replace(/[\s,;]*(?:and|but)?[\s,;]*$/, '').length) : null;
      first.content = kept && kept[1] - kept[0] >= MIN_CONTENT_CHARS ? kept : first.content;
      return;
    }
    if ((strength[k] ?? 1) < CLOSING_OVERRULES) {
      out.splice(k, 1);
      strength.splice(k, 1);
      k--;
    }
  }
}

/** Verbs of saying: after "reportedly" their subject still speaks. */
const SAYING_HEAD_RE =
  /^(?:said|says|say|saying|told|tells|tell|stated|states|claimed|claims|warned|warns|added|adds|argued|argues|wrote|writes|asked|asks|threatened|threatens|admitted|admits|denied|denies|insisted|insists|boasted|boasts)$/;
/** One of REPORT_ADVERBS among the words a cue span takes before its verb. */
const REPORT_ADVERB_IN_RE = /\b(?:reportedly|allegedly|purportedly|reputedly|supposedly)\b/i;
/** Adverbs that attribute what they modify to unnamed reports, whatever their neighbours. */
const REPORT_ADVERBS: ReadonlySet<string> = new Set(['reportedly', 'allegedly', 'purportedly', 'reputedly', 'supposedly']);
/** A conjunction opening a speaker's words, with more words after it. */
const CONJUNCTION_OPENING_RE = /^(?:and|or|but|nor)\s+(?=\S)/i;
/** A source read as one of these words alone names nobody (a comparison's preposition: "above estimates of $1.8 billion"). */
const NEVER_A_SOURCE_RE =
  /^(?:compared\s+(?:with|to)|versus|vs\.?|than|against|ahead\s+of|above|below|beyond|under|over|amid|despite|behind|what|what['\u2019]s|so|there|there['\u2019]s|here|here['\u2019]s|it['\u2019]s|that['\u2019]s|this['\u2019]s|despite|why|how|let['\u2019]s|just|even|or|whether|then|now|yet|also|still)$/i;

/**
 * No source; the subject joins the content when the content follows the cue, unless a "that" clause is the content
 * ("It was reported that C", "The jury was told that C": the subject is a dummy or the hearer, not what is reported).
 */
function unsourced(s: string, a: SpanAttribution): void {
  const source = a.source as [number, number];
  if (a.content && a.content[0] >= a.cue[1] && !THAT_BEFORE_RE.test(s.slice(a.cue[1], a.content[0]))) a.content = [source[0], a.content[1]];
  a.source = null;
}
const THAT_BEFORE_RE = /\bthat\s*$/i;

/** A cue the model gives less than this is overruled by a STRONG_CUE one it would hide (0.5 to 0.7 tie on train; 0.7 keeps "agreed to pay …, the club said" with the club). */
const WEAK_CUE = 0.7;
const STRONG_CUE = 0.8;
/**
 * ", the council confirmed.": a verb right after a comma and a short subject, ending the sentence, is a closing report
 * whatever the model gives it (the corpus rarely closes a sentence with a verb other than "said"), down to this.
 */
const CLOSING_MIN_PROBABILITY = 0.15;
/**
 * "The Congressional Budget Office estimated the package would add $44 billion": a verb in the past tense after a
 * name and before a clause (a subject and its auxiliary or modal) reports that clause whatever the model gives it
 * (the corpus holds "estimated" mostly as an adjective: "an estimated 5,000"), down to this.
 */
const OPENING_REPORT_MIN_PROBABILITY = 0.15;
/** A capitalised word (a name, an initialism) and blanks ending the text before the verb. */
const NAME_BEFORE_RE = /[A-Z][\w.'\u2019&-]*\s+$/;
/** A clause after the verb: "that", or a subject of a few words and its auxiliary or modal (not "signed the bill that would"). */
const CLAUSE_AFTER_RE =
  /^\s+(?:that\s|(?:the|a|an|its|his|her|their|this|these|those|[A-Z][\w'\u2019.-]*|he|she|they|it|we)\b(?:\s+(?!(?:that|which|who)\b)[\w'\u2019-]+){0,4}?\s+(?:would|will|could|may|might|should|can|had|has|have|is|are|was|were)\s)/;

/** Whether the cue word at [start, end) is a past-tense verb after a name and before a clause it reports. */
function reportsClause(s: string, start: number, end: number): boolean {
  return endsInEd(s, end) && NAME_BEFORE_RE.test(s.slice(Math.max(0, start - 40), start)) && CLAUSE_AFTER_RE.test(s.slice(end, end + 80));
}
const COMMA_CODE = 0x2c;
/** A number alone, perhaps with its approximation ("12,000", "about 300"). */
const BARE_NUMBER_RE = /^(?:(?:about|some|nearly|almost|more\s+than|over)\s+)?\d[\d,.]*$/i;
const WITH_BEFORE_RE = /\bwith\s+$/i;
/** A sentence adverb after a comma closing a source ("Wells Fargo, meanwhile"). */
const ADVERB_AFTER_SOURCE_RE =
  /,\s*(?:meanwhile|however|though|too|also|instead|likewise|separately|in\s+turn|in\s+contrast|by\s+contrast|for\s+(?:its|his|her|their)\s+part|for\s+example|for\s+instance|in\s+response|in\s+particular)\s*,?$/i;
/**
 * A comma, at most four words with a determiner or a capital first (or a role of one or two words before a name:
 * "catastrophe modeler Karen Clark & Co.", not a conjunction: ", but Chaffetz declined."), the cue, and the sentence's
 * end (a day may follow).
 */
const CLOSING_SUBJECT_RE =
  /,\s+(?:the|a|an|its|his|her|their|[A-Z][\w'\u2019.-]*|(?!(?:but|and|or|nor|so|yet|while|whereas|then|when|because|although|though|if|unless|until|since|after|before|where)\s)[a-z][\w'\u2019-]*\s+(?:[a-z][\w'\u2019-]*\s+)?[A-Z][\w'\u2019.-]*)(?:\s+[\w'\u2019.&-]+){0,3}\s+$/;
const SENTENCE_END_AFTER_CUE_RE =
  /^(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight))?\s*[.!]?["\u201D]?\s*$/;
/**
 * ", the UN estimated, Reuters reported.": a second closing report after the verb relays it; the verb still closes what
 * comes before it (", according to the BBC." likewise).
 */
const CLOSING_RELAY_RE =
  /^\s*,\s+(?:according\s+to\s+[^,.;:]{1,60}|[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,3}\s+(?:said|says|reported|reports|wrote|writes|added))(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight))?\s*[.!]?["\u201D]?\s*$/;
function closesSentence(s: string, start: number, end: number): 'closes' | 'relayed' | 'no' {
  if (!CLOSING_SUBJECT_RE.test(s.slice(Math.max(0, start - 60), start))) return 'no';
  const rest = s.slice(end);
  return SENTENCE_END_AFTER_CUE_RE.test(rest) ? 'closes' : CLOSING_RELAY_RE.test(rest) ? 'relayed' : 'no';
}

/** Longest rest of a sentence after a closing cue (", said the chief executive of the company."). */
const CLOSING_TAIL_CHARS = 120;
/** Before a closing cue: a comma or a closing quotation mark, then at most a few words (the speaker). */
const CLOSING_RE = /[,"\u201D\u2019]\s*(?:[^\s,"\u201D]+\s+){0,6}$/;
/** A cue inside what a closing ", X said." reports is the speaker's words when the model gives it less than this. */
const CLOSING_OVERRULES = 0.8;

/** The attribution of the cue word at [start, end), given the ones before it in the sentence; null when it is none. */
function attributionAt(s: string, start: number, end: number, word: string, out: SpanAttribution[], c: Compiled): SpanAttribution | null {
  const prev = out[out.length - 1];
  const nested = prev?.content && start >= prev.content[0] && start < prev.content[1];
  const second = nested && prev ? secondAttribution(s, prev, start, c) : 'own';
  if (second === null) return null;
  const cue = cueSpan(s, start, end, word, c);
  if (ADVERB_RE.test(word) || raisingPassive(s, start, end)) return adverbCue(s, cue, c, prev ?? null);
  // "Liverpool reportedly agreed a fee", "had reportedly seen a bid accepted": the adverb before the verb says others
  // report the clause; its subject is no speaker.
  // "Watt reportedly says C", "The driver allegedly told police C" keep their speaker: the report is of what they said.
  const adverb = cue[0] < start && !SAYING_HEAD_RE.test(word) ? REPORT_ADVERB_IN_RE.exec(s.slice(cue[0], start)) : null;
  if (adverb) return adverbCue(s, [cue[0] + adverb.index, cue[0] + adverb.index + adverb[0].length], c, prev ?? null);
  // "X said, citing low growth": without a speaker to cite, "citing" gives X's reasons like "adding".
  // "The club, citing medical staff, said C": right after the subject, "citing X" relays X (sourceAfterCue); "He banned
  // reporters, citing his anger at their stories" gives his reasons: he is the source.
  const relaying = prev === undefined && lastNonSpaceCode(s, cue[0]) === COMMA && RELAY_AFTER_SUBJECT_RE.test(s.slice(0, cue[0]));
  const cites = c.after.has(word) && (word === 'according' || relaying || citesSpeaker(s, cue[1]));
  return cites
    ? sourceAfterCue(s, cue, prev ?? null, relaying && word !== 'according')
    : verbCue(s, cue, c, word, prev ?? null, second === 'same' || (prev !== undefined && /ing$/.test(word) && lastNonSpaceCode(s, cue[0]) === COMMA));
}

/**
 * ',' as the last character but blanks before a cue (/,\s*$/ on the text before it, read from its end): a participle
 * there shares the speaker of the cue before it, and RELAY_AFTER_SUBJECT_RE, which ends so, is tried only then.
 */
const COMMA = 0x2c;

/** A short subject (up to four words) and its comma opening the sentence ("The club, "): a cue after it is an insertion. */
const RELAY_AFTER_SUBJECT_RE = /^\s*(?:[^\s,]+\s+){0,3}[^\s,]+,\s*$/;

/** True when `at` lies inside a quotation (curly, guillemet, low-9 or straight double quotes). */
export function insideQuote(s: string, at: number, openQuote: boolean): boolean {
  return quoteStateAt(s, at, openQuote);
}

export { trimSpan };
