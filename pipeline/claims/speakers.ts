/**
 * Named speakers the gazetteer does not know ("Mayor Elena Petrova said").
 * They get no canonical id (nothing says two spellings are one person), but
 * their name is kept as the claim's `sourceText` so a reader or a later
 * gazetteer update can resolve them. Only a name right next to the cue counts.
 */
import { CALENDAR_WORDS } from './text.js';

/** A capitalised word of a name: "Petrova", "Al-Sayed", "O'Neill". */
const NAME_WORD = "[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)?";
/** Two to four name words ending the text before a cue: "... Mayor Elena Petrova said". */
const NAME_BEFORE_RE = new RegExp(`(?:^|[^\\w'-])((?:${NAME_WORD}\\s+){1,3}${NAME_WORD})\\s*$`);
/** Two to four name words opening the text after a cue: "..., said Elena Petrova". */
const NAME_AFTER_RE = new RegExp(`^\\s+((?:${NAME_WORD}\\s+){1,3}?${NAME_WORD})(?![\\w-])`);
/** Capitalised words that open a sentence or clause without being part of a name. */
const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'but',
  'and',
  'in',
  'on',
  'at',
  'as',
  'this',
  'that',
  'these',
  'those',
  'it',
  'he',
  'she',
  'they',
  'we',
  'officials',
  'authorities',
  'police',
  'experts',
  'witnesses',
]);
const MIN_NAME_WORDS = 2;

/** Drop leading non-name words; null when fewer than two name words remain. */
function cleanName(run: string): string | null {
  const words = run.trim().split(/\s+/);
  while (words.length > 0 && NON_NAME_WORDS.has((words[0] ?? '').toLowerCase())) words.shift();
  if (words.length < MIN_NAME_WORDS) return null;
  if (words.some((w) => CALENDAR_WORDS.has(w.toLowerCase()) || NON_NAME_WORDS.has(w.toLowerCase()))) return null;
  return words.join(' ');
}

/** The unknown name just before a cue (`before` ends at the cue, gap words already stripped). */
export function speakerBefore(before: string): string | null {
  const m = NAME_BEFORE_RE.exec(before);
  return m?.[1] ? cleanName(m[1]) : null;
}

/** The unknown name just after a cue ("according to", inverted "said"). */
export function speakerAfter(after: string): string | null {
  const m = NAME_AFTER_RE.exec(after);
  return m?.[1] ? cleanName(m[1]) : null;
}
