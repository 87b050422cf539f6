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

function isBinaryDataByte(b: number): boolean {
  return b <= 0x08 || b === 0x0b || (b >= 0x0e && b <= 0x1a) || (b >= 0x1c && b <= 0x1f);
}

/** Why `body` is not text ('binary bytes' or 'undecodable'), or null when it is. */
export function notTextReason(body: Buffer, contentType: string | undefined): 'binary bytes' | 'undecodable' | null {
  const sample = body.subarray(0, TEXT_SNIFF_BYTES);
  if (sample.length === 0) return null;
  const found = detectCharset(sample, contentType);
  if (!/^utf-?(16|32)/i.test(found.charset)) {
    let binary = 0;
    for (const b of sample) if (isBinaryDataByte(b)) binary++;
    if (binary > sample.length * MAX_BINARY_BYTE_SHARE) return 'binary bytes';
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
