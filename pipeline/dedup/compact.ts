/**
 * Compact forms of what the memory store keeps per article and per story: at a
 * million articles every object and string it holds is traced again by each
 * major garbage collection, so the cost per article grew with the store.
 */

/**
 * An ISO time as its epoch milliseconds when that gives the very same string
 * back (times dedup writes always do), else the string itself (a caller's own
 * format round-trips exactly).
 */
export function compactTime(iso: string): number | string {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_DATE_MS && new Date(ms).toISOString() === iso ? ms : iso;
}

/** The largest time a Date holds (toISOString throws past it). */
const MAX_DATE_MS = 8.64e15;

export function isoTime(time: number | string): string {
  return typeof time === 'number' ? new Date(time).toISOString() : time;
}

/** One shared copy of each distinct string (outlets, terms): the stored values point to it. */
export class Interner {
  readonly #strings = new Map<string, string>();

  get(s: string): string {
    const shared = this.#strings.get(s);
    if (shared !== undefined) return shared;
    this.#strings.set(s, s);
    return s;
  }
}

/** Term strings numbered in order of first use; never forgotten (there are as many as distinct terms, not articles). */
export class TermNumbers {
  readonly #numbers = new Map<string, number>();
  readonly #terms: string[] = [];

  of(term: string): number {
    let n = this.#numbers.get(term);
    if (n === undefined) {
      n = this.#terms.length;
      this.#numbers.set(term, n);
      this.#terms.push(term);
    }
    return n;
  }

  term(n: number): string {
    return this.#terms[n] as string;
  }
}

/** Shared by every stored empty list; never handed out (reads copy). */
export const NO_ITEMS = Object.freeze([]) as unknown as never[];

/** A stored copy of a list: the shared empty one when empty. */
export function storedList<T>(a: readonly T[]): T[] {
  return a.length === 0 ? NO_ITEMS : [...a];
}
