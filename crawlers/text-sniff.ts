/**
 * Refuses responses that are not text before anything parses them: 5 MB of
 * random bytes served as text/html decoded to 1.1 M characters of "article"
 * (half U+FFFD). Two tests on a sample from the start of the body, both cheap:
 *
 * - binary data bytes (the WHATWG MIME sniffing set: C0 controls other than tab,
 *   line feed, form feed, carriage return and escape), which no text encoding of
 *   HTML produces outside UTF-16/32 (recognised by their byte-order mark or NUL
 *   pattern in charset.ts, and skipped here);
 * - once decoded with the page's charset, the share of U+FFFD: a mislabelled
 *   Latin-1 page has a few per cent (its accented letters), garbage about half.
 */
import { PermanentError } from '../pipeline/errors.js';
import { decodeBody, detectCharset } from './charset.js';

/** Bytes of the body examined: enough to see garbage, bounded for a 10 MB page. */
export const TEXT_SNIFF_BYTES = 64 * 1024;
/** Share of binary data bytes above which a body is binary; random bytes have about 10%. */
const MAX_BINARY_BYTE_SHARE = 0.01;
/** Share of characters decoded as U+FFFD above which the body is not text in its charset. */
const MAX_REPLACEMENT_SHARE = 0.2;

/**
 * The binary data bytes, matched in the sample read as Latin-1 (one character per
 * byte): the regex engine scans 64 KB in about a third of the time of a JavaScript
 * loop over the bytes, and a for…of over the Buffer took five times as long again.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the binary data bytes are control characters
const BINARY_DATA_BYTE = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]/g;

/** True when more than `limit` bytes of `sample` are binary data bytes (stops counting there). */
function binaryBytesOver(sample: Buffer, limit: number): boolean {
  const text = sample.toString('latin1');
  BINARY_DATA_BYTE.lastIndex = 0;
  let binary = 0;
  while (BINARY_DATA_BYTE.exec(text) !== null) if (++binary > limit) return true;
  return false;
}

/** Why `body` is not text ('binary bytes' or 'undecodable'), or null when it is. */
export function notTextReason(body: Buffer, contentType: string | undefined): 'binary bytes' | 'undecodable' | null {
  const sample = body.subarray(0, TEXT_SNIFF_BYTES);
  if (sample.length === 0) return null;
  const found = detectCharset(sample, contentType);
  if (!/^utf-?(16|32)/i.test(found.charset)) {
    if (binaryBytesOver(sample, sample.length * MAX_BINARY_BYTE_SHARE)) return 'binary bytes';
  }
  const decoded = decodeBody(sample, contentType);
  return decoded.replacementChars > decoded.text.length * MAX_REPLACEMENT_SHARE ? 'undecodable' : null;
}

/** Throws FETCH_NOT_TEXT (permanent) when `body` is not text (notTextReason). */
export function assertText(body: Buffer, contentType: string, url: string): void {
  const reason = notTextReason(body, contentType);
  if (reason === null) return;
  const mime = contentType.split(';')[0]?.trim() || 'HTML';
  throw new PermanentError('FETCH_NOT_TEXT', `not text (${reason}) although served as ${mime}`, { context: { url, contentType, reason } });
}

/** The same gate on a page the browser rendered: its HTML as the browser serialised it. */
export function assertRenderedText(html: string, url: string): void {
  assertText(Buffer.from(html.slice(0, TEXT_SNIFF_BYTES), 'utf8'), 'text/html; charset=utf-8', url);
}
