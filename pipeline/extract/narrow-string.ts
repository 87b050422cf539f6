/**
 * Extracted text in V8's narrow (one-byte) string form when every character
 * fits in it.
 *
 * Hand-written for speed. A page decoded with one character above U+00FF
 * anywhere (a dash in the menu, an arrow in the footer) is a two-byte string,
 * and so is everything cut out of it, joined into a rope of pieces: an article
 * whose own text is Latin-1 only still comes out two-byte. Every later reader
 * pays for that, on every sentence sliced from it: the claim tagger's regexes run
 * their two-byte variant (the claim stage on the bench pages: 3.1 → 2.6 CPU ms a
 * page after extraction in the same thread), and the thread hand-off, the
 * document's JSON and the stores copy twice the bytes. A JSON round trip is the
 * one portable way to get a flat string in the narrowest form (JSON.parse makes
 * one-byte strings when it can); it costs microseconds a page. Same content,
 * only the representation changes.
 */

/** Any character outside Latin-1 (U+0100 and above, surrogates included): such a string stays two-byte anyway. */
const BEYOND_LATIN1_RE = /[\u0100-\uffff]/;

/** `s`, flat and in one-byte form when all its characters are Latin-1; `s` itself otherwise. */
export function narrowString(s: string): string {
  if (s === '' || BEYOND_LATIN1_RE.test(s)) return s;
  return JSON.parse(JSON.stringify(s)) as string;
}
