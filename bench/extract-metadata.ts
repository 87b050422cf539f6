/**
 * Metadata agreement with the dev set's truth (title, authors, date), used by
 * bench/extract.ts. A field counts as right only when it is exactly right:
 *
 * - title: equal after whitespace and quote normalisation;
 * - date: the same calendar day as stated by the page (the first ten characters
 *   of an ISO value; no zone shift, since the truth is the publisher's day);
 * - authors: every truth author is found in the byline (case-insensitive).
 *
 * Rows whose truth field is empty (no authors, date "NaT") are not counted.
 */

export interface MetadataTruth {
  title: string;
  authors: string;
  date: string;
}

export interface MetadataGuess {
  title: string | null | undefined;
  byline: string | null | undefined;
  publishedAt: string | null | undefined;
}

export interface FieldScore {
  right: number;
  counted: number;
}

export interface MetadataScore {
  title: FieldScore;
  date: FieldScore;
  authors: FieldScore;
}

/** Curly quotes become straight ones, runs of white space one space. */
export function normalizeTitle(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

function dayOf(value: string | null | undefined): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value?.trim() ?? '');
  return match?.[1] ?? null;
}

function squashName(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when every comma-separated truth author appears in the byline. */
export function authorsFound(truth: string, byline: string | null | undefined): boolean {
  const haystack = ` ${squashName(byline ?? '')} `;
  const names = truth.split(',').map(squashName).filter(Boolean);
  return names.length > 0 && names.every((name) => haystack.includes(` ${name} `));
}

export function emptyScore(): MetadataScore {
  return { title: { right: 0, counted: 0 }, date: { right: 0, counted: 0 }, authors: { right: 0, counted: 0 } };
}

/** Adds one page's verdicts to `score`; returns the fields it got wrong (for listing). */
export function scoreMetadata(score: MetadataScore, truth: MetadataTruth, guess: MetadataGuess): string[] {
  const wrong: string[] = [];
  score.title.counted++;
  if (normalizeTitle(guess.title ?? '') === normalizeTitle(truth.title)) score.title.right++;
  else wrong.push('title');
  if (/^\d{4}-\d{2}-\d{2}$/.test(truth.date)) {
    score.date.counted++;
    if (dayOf(guess.publishedAt) === truth.date) score.date.right++;
    else wrong.push('date');
  }
  if (truth.authors.trim() !== '') {
    score.authors.counted++;
    if (authorsFound(truth.authors, guess.byline)) score.authors.right++;
    else wrong.push('authors');
  }
  return wrong;
}

export function share(field: FieldScore): number {
  return field.counted === 0 ? 0 : field.right / field.counted;
}
