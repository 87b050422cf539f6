/**
 * Time zones as dates name them, to offsets: abbreviations with a fixed
 * offset (EST, CEST, IST...), tz database names (America/New_York), and the
 * generic North American names (ET, PT), whose offset depends on the day.
 * The tz rules are the runtime's own (Intl), so summer time is right for any
 * year it knows.
 */

/**
 * Zone abbreviations in use in feeds and pages, in minutes east of UTC. Where
 * one abbreviation names several zones (IST, CST) the most common use on the
 * news web wins: North America for CST, India for IST.
 */
export const ZONE_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['z', 0],
  ['ut', 0],
  ['utc', 0],
  ['gmt', 0],
  ['wet', 0],
  ['bst', 60],
  ['ist', 330],
  ['west', 60],
  ['cet', 60],
  ['met', 60],
  ['mez', 60],
  ['cest', 120],
  ['mest', 120],
  ['mesz', 120],
  ['eet', 120],
  ['eest', 180],
  ['msk', 180],
  ['est', -300],
  ['edt', -240],
  ['cst', -360],
  ['cdt', -300],
  ['mst', -420],
  ['mdt', -360],
  ['pst', -480],
  ['pdt', -420],
  ['akst', -540],
  ['akdt', -480],
  ['hst', -600],
  ['ast', -240],
  ['adt', -180],
  ['nst', -210],
  ['ndt', -150],
  ['jst', 540],
  ['kst', 540],
  ['hkt', 480],
  ['sgt', 480],
  ['awst', 480],
  ['acst', 570],
  ['acdt', 630],
  ['aest', 600],
  ['aedt', 660],
  ['nzst', 720],
  ['nzdt', 780],
]);
/** RFC 822 military zones other than Z are ambiguous in practice (RFC 2822 §4.3): treated as unknown. */

/** Generic zone names that follow summer time: their tz database zone. */
export const GENERIC_ZONES: ReadonlyMap<string, string> = new Map([
  ['et', 'America/New_York'],
  ['ct', 'America/Chicago'],
  ['mt', 'America/Denver'],
  ['pt', 'America/Los_Angeles'],
]);

/** One formatter per zone: building one costs far more than using it. */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterOf(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      formatter = null;
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** True when the runtime knows `zone` as a tz database name (case does not matter). */
export function isRegionZone(zone: string): boolean {
  return formatterOf(zone) !== null;
}

/** The zone's offset east of UTC at an instant, in minutes ("GMT-04:00" → -240). */
function offsetAt(formatter: Intl.DateTimeFormat, instantMs: number): number {
  const name = formatter.formatToParts(new Date(instantMs)).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /([+-])(\d{2}):?(\d{2})?/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}

const MINUTE_MS = 60_000;

/**
 * The offset of `zone` at a local wall-clock time, in minutes east of UTC.
 * The first guess takes the wall clock as UTC; the offset at the instant it
 * gives is right except within hours of a change, which the second look fixes.
 */
export function regionOffsetMinutes(
  zone: string,
  local: { year: number; month: number; day: number; hour: number; minute: number; second: number },
): number | null {
  const formatter = formatterOf(zone);
  if (formatter === null) return null;
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  const first = offsetAt(formatter, wall);
  return offsetAt(formatter, wall - first * MINUTE_MS);
}
