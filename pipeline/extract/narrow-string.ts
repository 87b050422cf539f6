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
 * document's JSON and the stores copy twice the bytes. Encoding the text to
 * Latin-1 bytes and decoding them back gives a flat one-byte string (Node's
 * Buffer; the extract stage runs in Node): about 6 times cheaper than the JSON
 * round trip (JSON.parse also makes one-byte strings when it can), which scans
 * the text for escapes twice. Same content, only the representation changes:
 * Latin-1 holds each of these characters as one byte, both ways.
 */

/** Any character outside Latin-1 (U+0100 and above, surrogates included): such a string stays two-byte anyway. */
const BEYOND_LATIN1_RE = /[\u0100-\uffff]/;

/** `s`, flat and in one-byte form when all its characters are Latin-1; `s` itself otherwise. */
export function narrowString(s: string): string {
  if (s === '' || BEYOND_LATIN1_RE.test(s)) return s;
  return Buffer.from(s, 'latin1').toString('latin1');
}
