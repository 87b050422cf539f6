/**
 * Date lines printed near the headline: which elements are date lines, which
 * day a line states (after "Published", before "Updated", in several
 * languages), and the days of the headline's byline block, best first.
 *
 * Invariant: a date is never invented. A visible date is read only near the
 * headline, from a <time> element or an element named as a date, or, where the
 * headline's block names none, from a short line that opens with the date
 * ("Dec 20, 2023 · 6 min read") or is a byline ending in one ("By Ann Lee |
 * February 28, 2023"); and only when the text names a month (or its number),
 * a day and a year.
 */
import { parseDate } from './date-parse.js';
import { daysFromText, findDay, type NumericOrder } from './day-text.js';
import { classOf, elementsOf, tagOf, textOf, type DomElement, type TagIndex } from './dom.js';
import { headlineAgrees } from './title.js';

/** The byline block is searched from the headline up through this many ancestors. */
const MAX_HEADLINE_LEVELS = 5;
/**
 * Unnamed date lines are read only this close to the headline (itself, its
 * parent and grandparent), and only under a headline that agrees with the
 * title: further up they are teasers' dates and the masthead's "today".
 */
const UNNAMED_LINE_LEVELS = 3;
/** A date label ("Published Dec. 22, 2023, 10:22 PM EST") is at most this long. */
const MAX_DATE_TEXT_CHARS = 120;
/** Class or id words of elements that print the date. */
export const DATE_CLASS = /(^|[-_\s])(date|dateline|time|timestamp|published|pubdate|posted|publish)([-_\s]|$)/i;
/**
 * Weekday names before a date, in English, German, French, Spanish, Italian,
 * Portuguese, Dutch, the Scandinavian languages and Polish ("Mittwoch, 20.
 * Dezember 2023", "le mercredi 20 décembre 2023").
 */
const WEEKDAY = [
  '(?:mon|tue|wed|thu|fri|sat|sun)\\p{L}*',
  'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so',
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
  'lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo',
  'lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica',
  '(?:segunda|terça|terca|quarta|quinta|sexta)(?:-feira)?',
  'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag',
  'måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|tirsdag|lørdag|søndag',
  'poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela',
].join('|');
/** Labels before a date that say only that a date follows ("Published on", "Stand:", "Le"), in those languages. */
const DATE_LABEL = '(?:(?:published|posted|date|datum|stand|fecha|data|dato)(?:\\s+(?:on|am|le|el|em|il|op|den))?:?|le|el|il|am|on)';
/**
 * An unnamed date line: the date first (after a weekday or a "Published" label),
 * or last in a byline ("By Ann Lee | February 28, 2023", "Von Anna Berg, 20.
 * Dezember 2023", "Par Jean Roy, le 20 décembre 2023"), with at most
 * MAX_AFTER_DATE_CHARS of text after it ("· 6 min read", "10:20 PM EST").
 */
const DATE_LED = new RegExp(`^(${DATE_LABEL}\\s*)?(${DATE_LABEL}\\s*)?((?:${WEEKDAY})\\.?,?\\s*)?$`, 'iu');
/** The word that opens a byline, in those languages. */
export const BYLINE_WORD = /^\s*(by|von|par|por|di|door|av|af|przez)\s/i;
const BYLINE_LED = /^(by|von|par|por|di|door|av|af|przez)\s+[^\d]{2,60}?\s*[|·•,\-–—]?\s*((on|am|le|el|em|il|op|den)\s+)?$/iu;
/**
 * A source or desk credited before the date, after a separator: "Philippine Daily Inquirer / December 23, 2023",
 * "City Desk | Dec. 22, 2023": capitalised words, no digits, then a slash, bar or dot.
 */
const SOURCE_LED = /^(\p{Lu}[\p{L}.'’&-]*\s+){0,5}\p{Lu}[\p{L}.'’&-]*\s*[/|·•]\s*$/u;
/** A clock time printed before the date ("05:42 AM December 23, 2023", "10.22 Uhr, 20. Dezember 2023"): the line still opens with its date. */
const CLOCK_BEFORE_DATE = /\b\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.|uhr|h)?\s*([A-Z]{2,4}\s*)?[,|·•-]?\s*$/i;
const MAX_AFTER_DATE_CHARS = 40;
/** A reading time ("6 min read") sits in elements named "read-time": without a day it is a duration, not a date line. */
const READING_TIME = /\b\d+\s*(min|mins|minutes?)\.?(\s+read(ing)?)?$/i;
/** Captions and link teasers carry other days: an unnamed date line is never inside these. */
const NOT_DATE_LINE_TAGS: ReadonlySet<string> = new Set(['figure', 'figcaption', 'a', 'p', 'blockquote', 'li', 'h1', 'footer']);
/** Teasers' headings may open with a day ("December 22, 2023: Wordle answer"): a heading is a date line only when it is the date alone. */
const SUBHEADING_TAGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const PAGE_TAGS: ReadonlySet<string> = new Set(['body', 'html']);
/**
 * A visible date only about an update is not the publication date (English, German, French, Spanish,
 * Italian, Portuguese, Dutch, Swedish, Danish, Norwegian, Polish, Czech, Romanian, Catalan, Finnish,
 * Indonesian, Turkish, Russian).
 */
const UPDATED_LABEL =
  /(updated|modified|aktualisiert|geändert|mis à jour|modifié|actualizado|aggiornato|atualizado|bijgewerkt|uppdaterad|opdateret|oppdatert|zaktualizowano|aktualizováno|actualizat|actualitzat|päivitetty|diperbarui|güncellendi|güncelleme|обновлено)/iu;
const PUBLISHED_LABEL =
  /(published|posted|veröffentlicht|erschienen|publié|publicado|pubblicato|gepubliceerd|publicerad|udgivet|publisert|opublikowano|publikováno|publicat|julkaistu|diterbitkan|dipublikasikan|yayınlanma|опубликовано)/iu;

/**
 * Attributes in which a date element states its date for scripts to format
 * (<p class="article-date" data-datetime="11/21/2023 14:59:38"></p>), best
 * first. `datetime` and microdata's `content` are structured values, read as such
 * (dates.ts); the page-wide last reading adds `datetime` (<time
 * datetime="..">3 hours ago</time>).
 */
const DATA_DATE_ATTRIBUTES = [
  'data-datetime',
  'data-date',
  'data-time',
  'data-timestamp',
  'data-published',
  'data-publish-date',
  'data-published-date',
  'data-published-at',
  'data-pubdate',
  // Custom elements' own attributes (<lit-timestamp publishdate="...">).
  'publishdate',
  'pubdate',
  'date',
  // A tooltip with the full date over a short one ("Dec 20"), hAtom's <abbr class="published" title="...">.
  'title',
];
const DATE_ATTRIBUTES_WITH_DATETIME = ['datetime', ...DATA_DATE_ATTRIBUTES];
/** Seconds or milliseconds since the epoch. */
const EPOCH_NUMBER = /^(\d{10}|\d{13})$/;

/**
 * The day a date element states in its data attributes (and `datetime` with `withDatetime`), as
 * written; an epoch number, in UTC. For elements whose text states no day:
 * empty slots a script fills, relative times ("3 hours ago").
 */
export function attributeDay(el: DomElement, withDatetime = false): string | null {
  const names = withDatetime ? DATE_ATTRIBUTES_WITH_DATETIME : DATA_DATE_ATTRIBUTES;
  // The slot may be the named element's only child (<div class="article-date"><p data-datetime=..></p></div>).
  const only = el.children.length === 1 ? el.children[0] : undefined;
  return ownAttributeDay(el, names) ?? (only ? ownAttributeDay(only, names) : null);
}

function ownAttributeDay(el: DomElement, names: readonly string[]): string | null {
  if (!el.hasAttributes()) return null;
  for (const name of names) {
    const value = el.getAttribute(name)?.trim();
    if (!value) continue;
    if (EPOCH_NUMBER.test(value)) {
      const ms = Number(value) * (value.length === 10 ? 1000 : 1);
      return new Date(ms).toISOString().slice(0, 10);
    }
    const iso = parseDate(value, { zoneless: 'day' });
    if (iso) return iso.slice(0, 10);
  }
  return null;
}

/** Headings that stand in for the headline's place on a page without an <h1>, and how many of each are tried. */
const STAND_IN_TAGS = ['h2', 'h3'];
const MAX_STAND_IN_HEADINGS = 8;

/**
 * Where the date lines are looked for: the headline element, or on a page
 * without an <h1> (a template that sets the story's headline in an <h2
 * class="entry-title">), the first <h2> or <h3> that agrees with the title. An
 * <h1> that does not agree stays the anchor: a page whose <h1> is the claim
 * or the site's name lists other stories under headings that may repeat the title.
 */
export function dateHeadline(headline: DomElement | null, title: string, tags: TagIndex): DomElement | null {
  if (headline !== null || title === '') return headline;
  for (const tag of STAND_IN_TAGS) {
    const headings = tags.byTag(tag);
    for (let i = 0; i < Math.min(headings.length, MAX_STAND_IN_HEADINGS); i++) {
      const heading = headings[i];
      if (heading && headlineAgrees(textOf(heading), [title])) return heading;
    }
  }
  return headline;
}

/**
 * True when the element's class, id or test id names it as a date ("post-date",
 * "publishedAt", "storyPublishDate"): the attributes that name an element's
 * role, the test ids being those of script-built pages.
 */
export function isNamedDate(el: DomElement): boolean {
  const cls = classOf(el);
  const id = el.getAttribute('id') ?? '';
  const testId = el.getAttribute('data-testid') ?? '';
  // Most elements name no date: the words DATE_CLASS needs are looked for before the names are split.
  if (!DATE_WORD_HINT.test(cls) && !DATE_WORD_HINT.test(id) && !DATE_WORD_HINT.test(testId)) return false;
  return DATE_CLASS.test(`${cls} ${id} ${testId}`.replace(/([a-z])([A-Z])/g, '$1 $2'));
}

/** Each word of DATE_CLASS contains one of these: a name without any of them is no date's. */
export const DATE_WORD_HINT = /date|time|publish|posted/i;

/**
 * Time elements and elements named as dates under `scope`. An element without
 * attributes is one only as a <time>, so the test reads no attribute of those;
 * and one pass over the elements costs less than a selector list of five.
 */
function dateElements(scope: DomElement): DomElement[] {
  return elementsOf(scope).filter((el) => tagOf(el) === 'time' || (el.hasAttributes() && (el.getAttribute('itemprop') === 'datePublished' || isNamedDate(el))));
}

/**
 * The publication day a date label states (its readings, see daysFromText):
 * after "Published", before "Updated"; an update-only label states none.
 */
/** The day a date label states after its "Updated" label, if it has one. */
export function updatedDayOf(text: string, order: NumericOrder): string | null {
  const updated = UPDATED_LABEL.exec(text);
  return updated ? (daysFromText(text.slice(updated.index), order)[0] ?? null) : null;
}

export function publishedDaysOf(text: string, order: NumericOrder): string[] {
  const published = PUBLISHED_LABEL.exec(text);
  if (published) return daysFromText(text.slice(published.index), order);
  const updated = UPDATED_LABEL.exec(text);
  return daysFromText(updated ? text.slice(0, updated.index) : text, order);
}

/** Date elements with a number in a label-sized text: date lines, not empty slots or rubric names. */
function dateLines(scope: DomElement, isStory: (el: DomElement) => boolean): string[] {
  return dateElements(scope)
    .filter(isStory)
    .map((el) => {
      const text = textOf(el);
      // A line whose text states no day may state it in an attribute; its day is then the line.
      return text.length <= MAX_DATE_TEXT_CHARS && findDay(text) !== null ? text : (attributeDay(el) ?? text);
    })
    .filter((text) => text.length <= MAX_DATE_TEXT_CHARS && /\d/.test(text) && !(READING_TIME.test(text) && findDay(text) === null));
}

/**
 * The day of an unnamed date line: a short text that opens with its date, or
 * a byline that ends with one, and says little after it.
 */
export function dateLedDay(text: string, maxAfterChars = MAX_AFTER_DATE_CHARS, order: NumericOrder = 'mdy'): string | null {
  return dateLedDays(text, maxAfterChars, order)[0] ?? null;
}

/** dateLedDay with every reading of the day (see daysFromText). */
function dateLedDays(text: string, maxAfterChars: number, order: NumericOrder): string[] {
  if (text.length > MAX_DATE_TEXT_CHARS) return [];
  const found = findDay(text, order);
  if (!found || text.length - found.end > maxAfterChars) return [];
  const before = text.slice(0, found.start).replace(CLOCK_BEFORE_DATE, '');
  // "By Ann Lee Updated Dec 26, 2023": a byline ending in an update states no publication.
  if ((!DATE_LED.test(before) && !BYLINE_LED.test(before) && !SOURCE_LED.test(before)) || UPDATED_LABEL.test(before)) return [];
  return found.other ? [found.day, found.other] : [found.day];
}

/**
 * Unnamed date lines under `scope`, in document order. The walk descends only
 * into elements with more text than a date line, so it reads each subtree's
 * text once per level rather than every element's; prose, captions, links and
 * headings are skipped whole.
 */
/** The readings of one date line's day, and whether the line labels it as the publication ("Posted: ..."). */
interface LineDays {
  days: string[];
  labelled: boolean;
}

function unnamedDateDays(scope: DomElement, order: NumericOrder): LineDays[] {
  const days: LineDays[] = [];
  const visit = (el: DomElement): void => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const tag = tagOf(child);
      if (NOT_DATE_LINE_TAGS.has(tag)) continue;
      const text = textOf(child);
      if (!/\d/.test(text)) continue;
      if (text.length > MAX_DATE_TEXT_CHARS) {
        visit(child);
        continue;
      }
      // "Fri 22 Dec 2023 18.08 CET First published on Thu 21 Dec 2023": the labelled day is the publication.
      const labelled = PUBLISHED_LABEL.test(text);
      const readings = labelled ? publishedDaysOf(text, order) : dateLedDays(text, SUBHEADING_TAGS.has(tag) ? 0 : MAX_AFTER_DATE_CHARS, order);
      if (readings.length > 0) days.push({ days: readings, labelled });
      else visit(child);
    }
  };
  visit(scope);
  return days;
}

/**
 * The days printed in the headline's date lines, as written, best first. The
 * date lines are in the nearest ancestor of the headline that holds one;
 * higher up are teasers' dates and the masthead's "today", so the search stops
 * there. Lines named as dates come first; near a headline that agrees with the
 * title, lines that read as one (`dateLedDay`) follow: a card embedded beside
 * the byline can hold a named <time> of its own ("Nov 17, 2023" under a TV
 * show's name) while the story's "Posted: Dec 22, 2023" is an unnamed line.
 * publicationDate picks among them; `structuredDay`, the structured value's
 * day, spares the search for unnamed lines where a named one already agrees.
 */
export function visibleDays(
  headline: DomElement | null,
  title = '',
  order: NumericOrder = 'mdy',
  structuredDay?: string,
  isStory: (el: DomElement) => boolean = () => true,
): string[] {
  const confirmed = headline !== null && title !== '' && headlineAgrees(textOf(headline), [title]);
  let el: DomElement | null = headline;
  for (let level = 0; el && level < MAX_HEADLINE_LEVELS; level++, el = el.parentElement) {
    // The whole page is no byline block: its dates are the masthead's and the teasers'.
    if (PAGE_TAGS.has(tagOf(el))) break;
    const lines = dateLines(el, isStory);
    const named = lines.map((line) => ({ days: publishedDaysOf(line, order), labelled: PUBLISHED_LABEL.test(line) }));
    // Unnamed lines are read only where they can change the choice: a labelled named line, or
    // one on the structured value's day, settles it (and the walk is the costly part).
    const settled = named.some((line) => line.days.length > 0 && (line.labelled || (structuredDay !== undefined && line.days.includes(structuredDay))));
    const unnamed = confirmed && level < UNNAMED_LINE_LEVELS && !settled ? unnamedDateDays(el, order) : [];
    // An ancestor with named date lines is the byline block even when they only state an update.
    if (lines.length > 0 || unnamed.length > 0) return daysOfLines([...named, ...unnamed]);
  }
  return [];
}

/**
 * The days of a byline block's date lines, best first. A line that labels its
 * day as the publication ("Posted: Dec 22, 2023") outranks unlabelled ones,
 * which may be an update's time printed apart from its label or a card's date.
 */
function daysOfLines(lines: readonly LineDays[]): string[] {
  const labelled = lines.filter((line) => line.labelled && line.days.length > 0);
  return [...new Set((labelled.length > 0 ? labelled : lines).flatMap((line) => line.days))];
}

/** The first of visibleDays: the day the headline's date line states. */
export function visibleDay(headline: DomElement | null, title = '', order: NumericOrder = 'mdy'): string | null {
  return visibleDays(headline, title, order)[0] ?? null;
}

/** An "Updated" label opens an update line after at most this many words ("AFP / Updated: Dec 22, 2023, 19:28 IST"); more is prose. */
const MAX_WORDS_BEFORE_UPDATED = 3;

/**
 * The day of an unnamed line near the headline that states only an update
 * ("Updated December 7, 2023"): the last resort of a page that prints no
 * publication (readMetadata). Looked for where unnamed date lines are: the
 * headline's block up to its grandparent.
 */
export function updatedLineDay(headline: DomElement | null, order: NumericOrder): string | null {
  let el: DomElement | null = headline?.parentElement ?? null;
  for (let level = 1; el && level < UNNAMED_LINE_LEVELS && !PAGE_TAGS.has(tagOf(el)); level++, el = el.parentElement) {
    const day = updatedLineUnder(el, order);
    if (day) return day;
  }
  return null;
}

function updatedLineUnder(scope: DomElement, order: NumericOrder): string | null {
  for (let child = scope.firstElementChild; child; child = child.nextElementSibling) {
    if (NOT_DATE_LINE_TAGS.has(tagOf(child))) continue;
    const text = textOf(child);
    if (!/\d/.test(text)) continue;
    if (text.length <= MAX_DATE_TEXT_CHARS) {
      const label = UPDATED_LABEL.exec(text);
      if (label && (text.slice(0, label.index).match(/\p{L}+/gu)?.length ?? 0) <= MAX_WORDS_BEFORE_UPDATED) {
        const rest = text.slice(label.index);
        const found = findDay(rest, order);
        if (found && rest.length - found.end <= MAX_AFTER_DATE_CHARS) return found.day;
      }
    }
    const day = updatedLineUnder(child, order);
    if (day) return day;
  }
  return null;
}
