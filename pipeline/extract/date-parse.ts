/**
 * Date strings as pages and feeds write them → strict ISO 8601. Shared by the
 * extract stage (meta tags, JSON-LD, <time datetime>) and the feed readers.
 *
 * Reads ISO 8601 / W3CDTF (also compact and ordinal forms), RFC 822/2822 and
 * its relatives (ctime, Java's Date.toString), numeric European and US forms,
 * and month names in English, German, French, Spanish, Italian, Portuguese and
 * Dutch. Named zones (EST, CEST, Etc/GMT+5...) become offsets.
 *
 * Invariant: the output is either null or strict ISO 8601: a day
 * (`2024-03-05`) or a timestamp with an offset (`2024-03-05T14:45:00+01:00`,
 * `...Z`). An impossible value (hour 25, minute 61, offset -99:99, February 30)
 * is refused, never passed on; so is anything left ambiguous.
 */

import { GENERIC_ZONES, ZONE_OFFSETS, isRegionZone, regionOffsetMinutes } from './date-zones.js';

/** A date as read: calendar fields and, when given, time of day and UTC offset. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  /** `fraction`: the digits of the fraction of a second as written ('' when none). */
  time: { hour: number; minute: number; second: number; fraction: string } | null;
  /** Minutes east of UTC; null when the text names no zone. */
  offsetMinutes: number | null;
  /** A zero offset written as a number (+00:00) stays one; Z, UTC and GMT become Z. */
  numericOffset?: boolean;
  /** The text names a zone this module cannot place: only the day is known. */
  unknownZone?: boolean;
}

export interface ParseDateOptions {
  /**
   * What a time of day without a zone becomes: 'utc' takes it as UTC (feeds,
   * whose dates order entries), 'day' keeps only the calendar day (pages,
   * where the day is the fact and the zone unknown). Default 'day'.
   */
  zoneless?: 'utc' | 'day';
}

/** Longer strings are prose, not a date value. */
const MAX_DATE_CHARS = 120;
/** Years before the web (and typos like 0023) are not publication dates. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
/** Real offsets run from -12:00 to +14:00. */
const MAX_OFFSET_MINUTES = 14 * 60;

const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['january', 'jan', 'januar', 'janner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari'],
  ['february', 'feb', 'febr', 'februar', 'fevrier', 'fevr', 'fev', 'febrero', 'febbraio', 'fevereiro', 'februari'],
  ['march', 'mar', 'marz', 'maerz', 'mrz', 'mars', 'marzo', 'marco', 'maart', 'mrt'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho'],
  ['august', 'aug', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dezember', 'dez', 'decembre', 'diciembre', 'dic', 'dicembre', 'dezembro'],
];
/**
 * Month names of further languages, as pages write them (the forms a date
 * takes: Polish, Czech, Russian, Ukrainian and Finnish dates use the genitive):
 * Swedish, Danish, Norwegian, Indonesian, Catalan, Romanian, Turkish, Polish,
 * Czech, Finnish, Russian, Ukrainian. Read on visible date lines (day-text.ts);
 * the date-string parser reads the Latin-script ones too.
 */
const MORE_MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['gener', 'ianuarie', 'ocak', 'stycznia', 'ledna', 'tammikuuta', 'января', 'січня'],
  ['febrer', 'februarie', 'şubat', 'lutego', 'února', 'helmikuuta', 'февраля', 'лютого'],
  ['marts', 'maret', 'març', 'martie', 'mart', 'marca', 'března', 'maaliskuuta', 'марта', 'березня'],
  ['aprilie', 'nisan', 'kwietnia', 'dubna', 'huhtikuuta', 'апреля', 'квітня'],
  ['maj', 'maig', 'mayıs', 'maja', 'května', 'toukokuuta', 'мая', 'травня'],
  ['juny', 'iunie', 'haziran', 'czerwca', 'června', 'kesäkuuta', 'июня', 'червня'],
  ['juliol', 'iulie', 'temmuz', 'lipca', 'července', 'heinäkuuta', 'июля', 'липня'],
  ['augusti', 'agustus', 'agost', 'ağustos', 'sierpnia', 'srpna', 'elokuuta', 'августа', 'серпня'],
  ['setembre', 'septembrie', 'eylül', 'września', 'září', 'syyskuuta', 'сентября', 'вересня'],
  ['octombrie', 'ekim', 'października', 'října', 'lokakuuta', 'октября', 'жовтня'],
  ['noiembrie', 'kasım', 'listopada', 'listopadu', 'marraskuuta', 'ноября', 'листопада'],
  ['desember', 'desembre', 'decembrie', 'aralık', 'grudnia', 'prosince', 'joulukuuta', 'декабря', 'грудня'],
];

/** Lower case, accents off ("févr." → "fevr.", Turkish dotless ı as i), no final dot: how a month word is looked up. */
function foldMonthWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/g, 'i').replace(/\.$/, '');
}

const MONTH_BY_NAME = new Map<string, number>([
  ...MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
  ...MORE_MONTH_NAMES.flatMap((names, i) => names.map((n) => [foldMonthWord(n), i + 1] as const)),
]);
/** The names above as pages write them, with their accents. */
const ACCENTED_MONTH_NAMES = ['jänner', 'février', 'févr', 'fév', 'märz', 'mär', 'março', 'août', 'décembre', 'déc', ...MORE_MONTH_NAMES.flat()];

/** A regular-expression alternation of every month name, longest first (for visible date lines). */
export const MONTH_NAME_PATTERN = [...new Set([...MONTH_BY_NAME.keys(), ...ACCENTED_MONTH_NAMES])].sort((a, b) => b.length - a.length).join('|');

/** The month (1–12) a month name or abbreviation names in any of the languages read, or null. */
export function monthOf(word: string): number | null {
  return MONTH_BY_NAME.get(foldMonthWord(word)) ?? null;
}

/** Words that may surround a date and say nothing about it: weekdays, labels, "at", "um". */
const FILLER_WORDS = new Set([
  ...['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['mo', 'di', 'mi', 'do', 'fr', 'sa', 'so', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
  ...['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  ...['lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'mie', 'jue', 'vie', 'sab', 'dom'],
  ...['lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'gio'],
  ...['segunda', 'terca', 'quarta', 'quinta', 'sexta', 'feira', 'seg', 'ter', 'qua', 'qui', 'sex'],
  ...['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'ma', 'wo', 'vr', 'za', 'zo'],
  ...['at', 'on', 'the', 'of', 'um', 'uhr', 'den', 'am', 'le', 'a', 'de', 'del', 'el', 'em', 'op', 'om', 'alle', 'ore', 'h', 'th', 'st', 'nd', 'rd', 'er'],
  ...['published', 'posted', 'updated', 'modified', 'date', 'publie', 'veroffentlicht', 'publicado', 'pubblicato', 'gepubliceerd'],
]);

const pad2 = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** RFC 2822 §4.3: two-digit years 00–49 are 20xx, 50–99 are 19xx. */
function fullYear(digits: string): number {
  const n = Number(digits);
  if (digits.length > 2) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

function validParts(p: DateParts): DateParts | null {
  if (!Number.isInteger(p.year) || p.year < MIN_YEAR || p.year > MAX_YEAR) return null;
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > daysInMonth(p.year, p.month)) return null;
  if (p.time) {
    const { hour, minute, second } = p.time;
    if (hour > 23 || minute > 59 || second > 60) return null;
    // A leap second is the last second of its minute for our purposes.
    if (second === 60) p.time.second = 59;
  }
  if (p.offsetMinutes !== null && Math.abs(p.offsetMinutes) > MAX_OFFSET_MINUTES) return null;
  return p;
}

/** "+05:30", "-0800", "+01", "+5" → minutes east, or NaN when the minutes are out of range. */
function offsetFrom(sign: string, hours: string, minutes: string | undefined): number {
  const m = Number(minutes ?? 0);
  if (m > 59) return Number.NaN;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + m);
}

const ISO =
  /^(\d{4})(-?)(\d{2})\2(\d{2})(?:(?:t|\s+)(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,:](\d{1,9}))?)?)?)?\s*(z|(?:utc|gmt)?([+-])(\d{2}):?(\d{2})?|[a-z]{1,5})?$/;
const ISO_ORDINAL = /^(\d{4})-?(\d{3})$/;
/** ISO 8601:2000's two-digit forms: "03-12-31", "031231". */
const ISO_SHORT = /^(\d{2})(-?)(\d{2})\2(\d{2})$/;

function isoParts(s: string): DateParts | null {
  const m = ISO.exec(s);
  if (m) {
    const time = m[5] === undefined ? null : { hour: Number(m[5]), minute: Number(m[6] ?? 0), second: Number(m[7] ?? 0), fraction: m[8] ?? '' };
    let offsetMinutes: number | null = null;
    if (m[9] !== undefined) {
      if (m[10] !== undefined) offsetMinutes = offsetFrom(m[10], m[11]!, m[12]);
      else {
        const generic = GENERIC_ZONES.get(m[9]);
        const named =
          ZONE_OFFSETS.get(m[9]) ??
          (generic && time ? regionOffsetMinutes(generic, { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]), ...time }) : undefined);
        if (named === undefined) return null;
        offsetMinutes = named;
      }
      if (Number.isNaN(offsetMinutes)) return null;
    }
    return validParts({ year: Number(m[1]), month: Number(m[3]), day: Number(m[4]), time, offsetMinutes, numericOffset: m[10] !== undefined });
  }
  const ordinal = ISO_ORDINAL.exec(s);
  if (ordinal) {
    const year = Number(ordinal[1]);
    const dayOfYear = Number(ordinal[2]);
    const date = new Date(Date.UTC(year, 0, dayOfYear));
    if (dayOfYear < 1 || date.getUTCFullYear() !== year) return null;
    return validParts({ year, month: date.getUTCMonth() + 1, day: date.getUTCDate(), time: null, offsetMinutes: null });
  }
  const short = ISO_SHORT.exec(s);
  if (short) return validParts({ year: fullYear(short[1]!), month: Number(short[3]), day: Number(short[4]), time: null, offsetMinutes: null });
  return null;
}

/** "14:45", "14h45", and "18.08" where no third number follows (that would be a day "25.01.2022"). */
const TIME = /(?<![\d:.])(\d{1,2})(?::|h(?=\d{2})|\.(?=\d{2}(?![.\d])))(\d{2})(?::(\d{2})(?:[.,:](\d{1,9}))?)?(?![\d])\s*(a\.?m\.?|p\.?m\.?)?(?![a-z])/;
const NUMERIC_OFFSET = /(?:\b(?:utc|gmt|ut))?\s*([+-])(\d{1,2})(?::?(\d{2}))?(?![\d])/;
const ETC_GMT = /\betc\/gmt([+-])(\d{1,2})\b/;
/** Chinese, Japanese and Korean dates: 2023年12月22日, 2023년 12월 22일. */
const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/;
const NUMERIC_DATE = /(?<!\d)(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?!\d)/;

/** The time of day in a free-form date string, with the text it took removed. */
function takeTime(s: string): { before: string; after: string; time: DateParts['time'] } | null {
  const m = TIME.exec(s);
  if (!m) return { before: s, after: '', time: null };
  let hour = Number(m[1]);
  const meridiem = m[5]?.[0];
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  const time = { hour, minute: Number(m[2]), second: Number(m[3] ?? 0), fraction: m[4] ?? '' };
  return { before: s.slice(0, m.index), after: s.slice(m.index + m[0].length), time };
}

/**
 * A zone as read after a time. `region`: a tz database zone whose offset
 * depends on the day (resolved once the day is read); `unknown`: a zone word
 * this module cannot place (the day stands, the time cannot).
 */
interface TakenZone {
  rest: string;
  offsetMinutes: number | null;
  numericOffset?: boolean;
  region?: string;
  unknown?: boolean;
}

/** "america/new_york", "europe/berlin": a tz database name as the folded text writes it. */
const REGION_ZONE = /\b([a-z]+\/[a-z_]+(?:\/[a-z_]+)?)\b/;
/** A zone abbreviation: the word right after the time. */
const ZONE_WORD = /^\s*([a-z]{2,5})\b/;

/** The zone after a time: a numeric offset, Etc/GMT±N, a tz database name or a named zone. NaN when it is impossible. */
function takeZone(s: string): TakenZone {
  const etc = ETC_GMT.exec(s);
  // The tz database's Etc/GMT zones carry POSIX signs: Etc/GMT+5 is five hours west.
  if (etc) return { rest: s.replace(etc[0], ' '), offsetMinutes: -offsetFrom(etc[1]!, etc[2]!, undefined) };
  const numeric = NUMERIC_OFFSET.exec(s);
  if (numeric) return { rest: s.replace(numeric[0], ' '), offsetMinutes: offsetFrom(numeric[1]!, numeric[2]!, numeric[3]), numericOffset: true };
  const region = REGION_ZONE.exec(s);
  if (region && isRegionZone(region[1]!)) return { rest: s.replace(region[0], ' '), offsetMinutes: null, region: region[1]! };
  const named = takeNamedZone(s);
  if (named.offsetMinutes !== null) return named;
  const word = ZONE_WORD.exec(s)?.[1];
  if (word === undefined || FILLER_WORDS.has(word) || MONTH_BY_NAME.has(word)) return named;
  const generic = GENERIC_ZONES.get(word);
  return { rest: s.replace(new RegExp(`\\b${word}\\b`), ' '), offsetMinutes: null, ...(generic ? { region: generic } : { unknown: true }) };
}

function takeNamedZone(s: string): { rest: string; offsetMinutes: number | null } {
  for (const word of s.match(/[a-z]+/g) ?? []) {
    const named = ZONE_OFFSETS.get(word);
    if (named !== undefined) return { rest: s.replace(new RegExp(`\\b${word}\\b`), ' '), offsetMinutes: named };
  }
  return { rest: s, offsetMinutes: null };
}

/** The calendar day of the date part: month named or numeric. */
function takeDay(s: string): { year: number; month: number; day: number } | null {
  const words = s.match(/[a-z]+/g) ?? [];
  const unknown = words.filter((w) => !FILLER_WORDS.has(w) && !MONTH_BY_NAME.has(w));
  if (unknown.length > 0) return null;
  const numbers = s.match(/\d+/g) ?? [];
  const cjk = CJK_DATE.exec(s);
  if (cjk) return numbers.length === 3 ? { year: Number(cjk[1]), month: Number(cjk[2]), day: Number(cjk[3]) } : null;
  const monthWord = pickMonthWord(words);
  if (monthWord !== null) {
    const month = MONTH_BY_NAME.get(monthWord)!;
    if (numbers.length !== 2) return null;
    const four = numbers.findIndex((n) => n.length === 4);
    if (four >= 0) {
      const dayDigits = numbers[1 - four]!;
      return dayDigits.length <= 2 ? { year: Number(numbers[four]), month, day: Number(dayDigits) } : null;
    }
    if (numbers.some((n) => n.length > 2)) return null;
    // "28 jan 20" (RFC 2822: day first) or "jan 28 20": the day is the first number.
    return { year: fullYear(numbers[1]!), month, day: Number(numbers[0]) };
  }
  const m = NUMERIC_DATE.exec(s);
  if (!m || numbers.length !== 3) return null;
  const [a, sep, b, c] = [m[1]!, m[2]!, m[3]!, m[4]!];
  if (a.length === 4) return { year: Number(a), month: Number(b), day: Number(c) };
  if (c.length === 4 || c.length === 2) {
    if (c.length === 2 && a.length === 2 && sep === '-') {
      // "03-12-31": ISO 8601's two-digit year comes first.
      return { year: fullYear(a), month: Number(b), day: Number(c) };
    }
    const first = Number(a);
    const second = Number(b);
    const year = fullYear(c);
    // Dots and dashes are European (day first); slashes are day first only when the first number cannot be a month.
    const dayFirst = sep !== '/' || first > 12;
    return dayFirst ? { year, month: second, day: first } : { year, month: first, day: second };
  }
  return null;
}

/**
 * The month word of a date string. Some month abbreviations are also weekday
 * abbreviations ("mar" is March and French Tuesday): when a string holds two
 * month words, the one that is not a weekday is the month.
 */
function pickMonthWord(words: readonly string[]): string | null {
  const months = words.filter((w) => MONTH_BY_NAME.has(w));
  if (months.length === 0) return null;
  if (months.length === 1) return months[0]!;
  const strict = months.filter((w) => !FILLER_WORDS.has(w));
  return strict.length === 1 ? strict[0]! : null;
}

function freeFormParts(s: string): DateParts | null {
  // "2024-03-05T10:00:00 Etc/GMT+5": an ISO day and time that the ISO form did not take.
  const timed = takeTime(s.replace(/(\d)t(\d)/, '$1 $2'));
  if (timed === null) return null;
  // The zone follows the time; a zone word without a time says nothing about the day.
  const zoned = timed.time === null ? { ...takeNamedZone(timed.before), offsetMinutes: null } : takeZone(timed.after);
  if (zoned.offsetMinutes !== null && Number.isNaN(zoned.offsetMinutes)) return null;
  const rest = timed.time === null ? zoned.rest : `${timed.before} ${zoned.rest}`;
  // Punctuation between the parts ("Di., 25.01.2022 - 14:45", "Jan. 28, 2020,") says nothing.
  const dayText = rest.replace(/[,;|·•–—()]|\s-\s|\.(?!\d)/g, ' ');
  const day = takeDay(dayText);
  if (day === null) return null;
  const { region, unknown, numericOffset } = zoned as TakenZone;
  const time = timed.time;
  const offsetMinutes = region !== undefined && time !== null ? regionOffsetMinutes(region, { ...day, ...time }) : zoned.offsetMinutes;
  return validParts({ ...day, time, offsetMinutes, numericOffset: numericOffset === true, unknownZone: unknown === true });
}

/** Lower case, accents off ("févr." → "fevr."), whitespace collapsed. */
function fold(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      // Hangul syllables decompose into letters, not marks: NFC puts them back together.
      .normalize('NFC')
      .toLowerCase()
      // "GMT+0100 (Central European Standard Time)": the zone's name repeats the offset.
      .replace(/\([^)]*\)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The fields of a date string, or null when it is no date or an impossible one. */
export function parseDateParts(text: string): DateParts | null {
  const s = fold(text);
  if (s === '' || s.length > MAX_DATE_CHARS) return null;
  return isoParts(s) ?? freeFormParts(s);
}

/** The ISO 8601 form of read fields: a day, or a timestamp with its offset. */
export function formatDateParts(p: DateParts, options: ParseDateOptions = {}): string {
  const day = `${String(p.year).padStart(4, '0')}-${pad2(p.month)}-${pad2(p.day)}`;
  if (p.time === null || p.unknownZone) return day;
  if (p.offsetMinutes === null && (options.zoneless ?? 'day') === 'day') return day;
  const { hour, minute, second } = p.time;
  const fraction = p.time.fraction === '' ? '' : `.${p.time.fraction}`;
  const offset = p.offsetMinutes ?? 0;
  const zone = offset === 0 && !p.numericOffset ? 'Z' : `${offset < 0 ? '-' : '+'}${pad2(Math.floor(Math.abs(offset) / 60))}:${pad2(Math.abs(offset) % 60)}`;
  return `${day}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}${fraction}${zone}`;
}

/** A date string as strict ISO 8601, or null (see the module comment). */
export function parseDate(text: string | null | undefined, options: ParseDateOptions = {}): string | null {
  if (!text) return null;
  const parts = parseDateParts(text);
  return parts === null ? null : formatDateParts(parts, options);
}

/** Strict ISO 8601 as this module writes it: a day, or a timestamp with seconds and an offset. */
export const STRICT_ISO_8601 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?$/;

/** True when a value is strict ISO 8601 and names a real day. */
export function isStrictIso8601(value: string): boolean {
  if (!STRICT_ISO_8601.test(value)) return false;
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  return d <= daysInMonth(y, m);
}

/** Milliseconds since the epoch of an ISO value this module wrote (a bare day is its UTC midnight). */
export function epochMillisOf(iso: string): number {
  return Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
}
