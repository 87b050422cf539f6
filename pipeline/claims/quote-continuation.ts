/**
 * A quotation that runs over several sentences has its cue in one of them only:
 * "“We will rebuild every home. We will not leave anyone behind,” she said." and
 * "“The city has lost 2,000 homes,” Doe said. “It will take years.”" Each of
 * its other sentences is said by the same speaker: its figures take that
 * speaker, and a sentence without a figure becomes a statement of it. Only
 * within a paragraph, only through sentences wholly inside the quotation and
 * without a cue of their own, as a reader follows a quote.
 */
import type { Draft } from './finalize.js';
import { statementKind } from './general.js';
import { countWords } from './text.js';
import { MIN_STATEMENT_WORDS } from './topics.js';

/** A sentence as this pass reads it: where it is, and whether a quotation is open at its start and at its end. */
export interface QuoteUnit {
  text: string;
  start: number;
  paragraph: number;
  in: 'title' | 'body';
  openAtStart: boolean;
  openAtEnd: boolean;
}

const OPENING_QUOTE_RE = /^\s*[\u201C\u2018"\u00AB\u201E]/;
const QUOTE_CODES: ReadonlySet<number> = new Set([0x201c, 0x2018, 0x22, 0xab, 0x201e]);
/** A quotation closing the sentence, before or after its final stop (“We lost 40.” and “We lost 40”.). */
const CLOSING_QUOTE_RE = /[\u201D\u2019"\u00BB\u201C][.!?]*\s*$/;
/** Quote marks and blanks at either end of a sentence: the quoted words are what is between. */
const EDGE_MARKS_RE = /^[\s\u201C\u201D\u2018\u2019"\u00AB\u00BB\u201E]+|[\s\u201C\u201D\u2018\u2019"\u00AB\u00BB\u201E]+$/g;

/** The drafts with each wholly quoted, cueless sentence given the speaker of its quotation. */
export function carryQuoteSpeakers(units: readonly QuoteUnit[], drafts: Draft[]): Draft[] {
  // Most articles have no sentence wholly inside a quotation: they are left as they are, without grouping.
  if (!units.some((unit) => unit.in === 'body' && whollyQuoted(unit))) return drafts;
  const byUnit: Draft[][] = units.map(() => []);
  for (const d of drafts) byUnit[d.unit]?.push(d);
  const added: Draft[] = [];
  // The drafts given a speaker here: a quoted sentence with a figure is still no cue of the quotation for the next one.
  const carried = new Set<Draft>();
  for (const [u, unit] of units.entries()) {
    if (unit.in !== 'body' || !whollyQuoted(unit) || (byUnit[u] ?? []).some((d) => d.claim.cue !== null && !carried.has(d))) continue;
    const speaker = speakerOfQuote(units, byUnit, u, carried);
    if (!speaker) continue;
    const content = contentOf(unit);
    const own = byUnit[u] ?? [];
    for (const d of own) {
      if (d.claim.source !== null || d.claim.sourceText !== null) continue;
      takeSpeaker(d, speaker, content);
      carried.add(d);
    }
    if (own.length === 0 && content && countWords(unit.text.slice(content.start - unit.start, content.end - unit.start)) >= MIN_STATEMENT_WORDS) {
      added.push(statement(unit, u, speaker, content));
    }
  }
  return added.length === 0 ? drafts : [...drafts, ...added];
}

/** Opened before or at its start, and still open at its end or closed at its very end. */
function whollyQuoted(unit: QuoteUnit): boolean {
  // Most sentences open no quotation: their first character tells without a regex.
  const opens = unit.openAtStart || (QUOTE_CODES.has(unit.text.trimStart().charCodeAt(0)) && OPENING_QUOTE_RE.test(unit.text));
  return opens && (unit.openAtEnd || CLOSING_QUOTE_RE.test(unit.text));
}

/**
 * The claim of the quotation's cue: in the next sentences while the quotation goes on ("A. B,” she said"), else in the
 * sentence before the quotation's first when it opens right after a quoted one ("“A,” Doe said. “B.”", "… “B. C.”").
 */
function speakerOfQuote(units: readonly QuoteUnit[], byUnit: readonly Draft[][], u: number, carried: ReadonlySet<Draft>): Draft | null {
  const unit = units[u] as QuoteUnit;
  if (unit.openAtEnd) {
    for (let v = u + 1; v < units.length && units[v]?.paragraph === unit.paragraph; v++) {
      const cued = firstSourced(byUnit[v] ?? [], carried);
      if (cued) return cued;
      if (!units[v]?.openAtEnd) break;
    }
  }
  // A quotation closed without a cue ("“A,” Doe said. “B. C.”"): the sentence before its first one.
  let first = u;
  while (
    first > 0 &&
    (units[first] as QuoteUnit).openAtStart &&
    units[first - 1]?.paragraph === unit.paragraph &&
    whollyQuoted(units[first - 1] as QuoteUnit) &&
    !firstSourced(byUnit[first - 1] ?? [], carried)
  )
    first--;
  const prev = units[first - 1];
  if (!prev || prev.paragraph !== unit.paragraph || !/[\u201D"\u00BB]/.test(prev.text)) return null;
  // A sentence before that carried the quotation's speaker ("“We lost 40 schools too.”") passes it on.
  return firstSourced(byUnit[first - 1] ?? [], NONE);
}
const NONE: ReadonlySet<Draft> = new Set();

function firstSourced(drafts: readonly Draft[], carried: ReadonlySet<Draft>): Draft | null {
  return drafts.find((d) => d.claim.cue !== null && d.claim.sourceText !== null && !carried.has(d)) ?? null;
}

function contentOf(unit: QuoteUnit): { start: number; end: number; text: string } | null {
  const text = unit.text.replace(/[.,!?]+(?=[\s\u201D\u2019"\u00BB]*$)/, '');
  const lead = /^[\s\u201C\u201D\u2018\u2019"\u00AB\u00BB\u201E]*/.exec(text)?.[0].length ?? 0;
  const inner = text.replace(EDGE_MARKS_RE, '');
  if (inner === '') return null;
  return { start: unit.start + lead, end: unit.start + lead + inner.length, text: inner };
}

function takeSpeaker(d: Draft, speaker: Draft, content: { start: number; end: number; text: string } | null): void {
  const s = speaker.claim;
  d.claim.source = s.source;
  d.claim.sourceText = s.sourceText;
  d.claim.via = s.via;
  d.claim.cue = s.cue;
  d.claim.sourceSpan = s.sourceSpan;
  d.claim.cueSpan = s.cueSpan;
  d.claim.contentSpan = content;
}

function statement(unit: QuoteUnit, u: number, speaker: Draft, content: { start: number; end: number; text: string }): Draft {
  const s = speaker.claim;
  return {
    claim: {
      in: 'body',
      source: s.source,
      sourceText: s.sourceText,
      via: s.via,
      cue: s.cue,
      hedge: null,
      figure: null,
      sourceSpan: s.sourceSpan,
      cueSpan: s.cueSpan,
      contentSpan: content,
      sentence: unit.text,
      start: unit.start,
      end: unit.start + unit.text.length,
      kind: statementKind(content.text, s.cue ?? ''),
      measure: null,
      value: null,
      bound: null,
      low: null,
      high: null,
      unit: null,
      counted: null,
    },
    anchor: content.start,
    unit: u,
    paragraph: unit.paragraph,
    ownCue: false,
  };
}
