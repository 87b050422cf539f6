/**
 * Numbers to ring that no national pattern of MASK_RE (amount-context.ts) catches: a number after a word of
 * telephoning ("call 101", "text HELP to 85258"). A count of people called keeps its figure
 * ("called 300 customers"): what follows the number decides.
 */

/** Push onto `out` the character ranges of `s` that are numbers to ring. */
export function numbersToRing(s: string, out: Array<[number, number]>): void {
  // A toll-free number needs "1" and a dash before its "8": most sentences have none.
  if (s.includes('1-8') || s.includes('1\u20138')) {
    TOLL_FREE_RE.lastIndex = 0;
    for (let m = TOLL_FREE_RE.exec(s); m !== null; m = TOLL_FREE_RE.exec(s)) out.push([m.index, m.index + m[0].length]);
  }
  PHONE_CUE_RE.lastIndex = 0;
  for (let m = PHONE_CUE_RE.exec(s); m !== null; m = PHONE_CUE_RE.exec(s)) {
    const digits = m[1] as string;
    const start = m.index + m[0].length - digits.length;
    const end = numberToRingEnd(s, digits, start);
    if (end > start) out.push([start, end]);
  }
}

/**
 * A number after a word of telephoning: "Call 555-1234", "Dial 911 in an emergency", "call 101, quoting",
 * "Text HELP to 85258", "ring Crimestoppers anonymously on 0800 555 111". Up to three words may name whom or
 * how ("us on", "police at", "the hotline on"); group 1 is the number, digits with the separators of a
 * phone number. Case is spelt out so that the words between stay lower-case or capitalised names.
 */
const PHONE_CUE_RE =
  /\b(?:[Cc]all(?:s|ed|ing)?|[Dd]ial(?:s|l?ed|l?ing)?|[Rr]ing|[Pp]hon(?:e|ed|ing)|[Tt]elephon(?:e|ed|ing)|[Tt]el|[Tt]ext(?:s|ed|ing)?|[Ff]ax|[Hh]otline|[Hh]elpline|[Ff]reephone|[Tt]oll-free)\b(?:\s+(?:on|at|to|us|me|them|him|her|police|the|free|anonymously|[A-Z][A-Za-z]+)){0,3}\.?:?\s+(\+?\(?\d[\d ().-]*\d|\d)(?!\d|,\d)/g;
/**
 * A North American toll-free number, with words for digits or en dashes that MASK_RE's national form does not take:
 * "1-800-FLOWERS", "1-800-BILLION", "1\u2013800\u2013245-5466". A range never runs from 1 to one of these codes.
 */
const TOLL_FREE_RE = /\b1[-\u2013]8(?:00|33|44|55|66|77|88)[-\u2013](?:\d{3}[-\u2013]\d{4}\b|[A-Z]{3,}\b)/g;
/** Digits of a phone number written in groups: fewer are a range or a pair ("called 20-30 people"). */
const PHONE_MIN_DIGITS = 6;
/** Words that may follow a number to ring; a count is followed by what it counts ("called 300 customers"). */
const AFTER_NUMBER_TO_RING: ReadonlySet<string> = new Set(
  'for or and to in on at from if immediately now anonymously free quoting with before when during until option ext extension any as'.split(' '),
);
const WORD_AFTER_RE = /^\s*([A-Za-z]+)?\s*(\S)?/;

/** The end of the number to ring at s[start] (PHONE_CUE_RE's group 1, `digits`), or -1 when it is a count. */
function numberToRingEnd(s: string, digits: string, start: number): number {
  const end = start + digits.length;
  if (/[ ().-]/.test(digits)) return digits.replace(/\D/g, '').length >= PHONE_MIN_DIGITS ? end : -1;
  const after = WORD_AFTER_RE.exec(s.slice(end, end + WORD_AFTER_CHARS));
  const w = after?.[1]?.toLowerCase();
  // A closing mark or the end of the sentence ("call 101, quoting"); "%" or "-nation" makes it an amount.
  if (w === undefined) return after?.[2] === undefined || CLOSING_MARKS.has(after[2]) ? end : -1;
  if (!AFTER_NUMBER_TO_RING.has(w) || !/^\s/.test(s.slice(end, end + 1))) return -1;
  // "call 911 or 999 in an emergency" rings both; "called 20 or 30 people" counts.
  const joined = JOINED_NUMBER_RE.exec(s.slice(end, end + WORD_AFTER_CHARS));
  if (joined === null) return end;
  const nextStart = end + joined[0].length - (joined[1] as string).length;
  const nextEnd = numberToRingEnd(s, joined[1] as string, nextStart);
  return nextEnd > nextStart ? nextEnd : -1;
}
/** "or 999", "and 112", "to 30": a second number joined to the first. */
const JOINED_NUMBER_RE = /^\s+(?:or|and|to)\s+(\d+)(?!\d|,\d)/i;
const WORD_AFTER_CHARS = 24;
const CLOSING_MARKS: ReadonlySet<string> = new Set([...',.;:)!?"\'\u201D\u2019']);
