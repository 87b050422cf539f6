/**
 * Bytes → text. Precedence: byte-order mark, then the NUL-byte pattern of an
 * XML document in UTF-16 or UTF-32 without a BOM (XML 1.0 Appendix F: `<` as
 * `3C 00 ?? 00`, `00 00 00 3C`...), then the Content-Type charset, then the
 * document's own declaration (<?xml encoding> or <meta charset>), then UTF-8.
 * The NUL pattern beats the header: text in an ASCII-based charset has no NULs,
 * so a header that says otherwise is wrong.
 * Invalid bytes become U+FFFD; an unknown label falls back to UTF-8 and is reported.
 */
import iconv from 'iconv-lite';

/** Declarations must sit near the top; HTML's prescan reads 1024 bytes, we allow a little more. */
export const CHARSET_SNIFF_BYTES = 4096;
const DEFAULT_CHARSET = 'utf-8';

/** 'nul-pattern': UTF-16/32 told by the NUL bytes of the first characters. */
export type CharsetSource = 'bom' | 'nul-pattern' | 'header' | 'declaration' | 'default';

export interface DecodedText {
  text: string;
  /** Canonical label actually used for decoding, e.g. 'utf-8', 'windows-1251'. */
  charset: string;
  source: CharsetSource;
  /** A label was found but iconv-lite does not know it; UTF-8 was used instead. */
  unknownLabel: string | null;
  /** U+FFFD characters in the output: invalid bytes for the charset used. */
  replacementChars: number;
}

/** Decodes a body given its Content-Type header (may be empty). */
export function decodeBody(body: Buffer, contentType: string | undefined): DecodedText {
  const found = detectCharset(body, contentType);
  const text = decodeAs(body, found);
  return { text, charset: found.charset, source: found.source, unknownLabel: found.unknownLabel, replacementChars: countReplacementChars(text) };
}

/** The charset a body is decoded with, without decoding it (reads at most CHARSET_SNIFF_BYTES). */
export type DetectedCharset = Omit<DecodedText, 'text' | 'replacementChars'>;

export function detectCharset(body: Buffer, contentType: string | undefined): DetectedCharset {
  const bom = bomCharset(body);
  if (bom) return effectiveCharset(body, bom, 'bom', null);
  const wide = wideCharsetByNulPattern(body);
  if (wide) return { charset: wide, source: 'nul-pattern', unknownLabel: null };

  let unknownLabel: string | null = null;
  const headerLabel = charsetFromContentType(contentType ?? '');
  if (headerLabel) {
    if (iconv.encodingExists(headerLabel)) return effectiveCharset(body, headerLabel, 'header', null);
    unknownLabel = headerLabel;
  }
  const declared = sniffDeclaredCharset(body.subarray(0, CHARSET_SNIFF_BYTES));
  if (declared) {
    if (iconv.encodingExists(declared)) return effectiveCharset(body, declared, 'declaration', unknownLabel);
    unknownLabel ??= declared;
  }
  return effectiveCharset(body, DEFAULT_CHARSET, 'default', unknownLabel);
}

/** The text of a body in the charset detectCharset found. */
export function decodeAs(body: Buffer, found: DetectedCharset): string {
  return iconv.decode(body, found.charset, { stripBOM: true });
}

/** The charset parameter of a Content-Type value, lower-cased, or null. */
export function charsetFromContentType(contentType: string): string | null {
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return m ? m[2]!.toLowerCase() : null;
}

/** `<?xml ... encoding="x"?>`, `<meta charset=x>` or `<meta http-equiv content="...charset=x">`. */
export function sniffDeclaredCharset(head: Buffer): string | null {
  // latin1 maps bytes 1:1, so ASCII markup is found whatever the real encoding.
  const text = head.toString('latin1');
  const xml = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)["']/i.exec(text);
  if (xml) return xml[1]!.trim().toLowerCase();
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i.exec(text);
  if (meta) return meta[1]!.toLowerCase();
  return null;
}

function bomCharset(body: Buffer): string | null {
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  // UTF-32 first: its little-endian BOM starts with UTF-16's.
  if (body.length >= 4 && body[0] === 0xff && body[1] === 0xfe && body[2] === 0 && body[3] === 0) return 'utf-32le';
  if (body.length >= 4 && body[0] === 0 && body[1] === 0 && body[2] === 0xfe && body[3] === 0xff) return 'utf-32be';
  if (body.length >= 2 && body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  if (body.length >= 2 && body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 or UTF-32 told by where the NUL bytes of the first two ASCII
 * characters fall (`<?`, `<r`, whitespace): ASCII-based text has no NULs.
 */
function wideCharsetByNulPattern(body: Buffer): string | null {
  if (body.length < 8) return null;
  const z = (i: number) => body[i] === 0;
  if (z(0) && z(1) && z(2) && !z(3) && z(4) && z(5) && z(6) && !z(7)) return 'utf-32be';
  if (!z(0) && z(1) && z(2) && z(3) && !z(4) && z(5) && z(6) && z(7)) return 'utf-32le';
  if (z(0) && !z(1) && z(2) && !z(3)) return 'utf-16be';
  if (!z(0) && z(1) && !z(2) && z(3)) return 'utf-16le';
  return null;
}

function effectiveCharset(body: Buffer, label: string, source: CharsetSource, unknownLabel: string | null): DetectedCharset {
  // A UTF-16 label without a BOM in a document that starts with ASCII '<' is a lie
  // (HTML treats such meta declarations as UTF-8); decoding it would give garbage.
  const effective = source !== 'bom' && /^utf-?(16|32)/i.test(label) && body[0] === 0x3c && body[1] !== 0 ? DEFAULT_CHARSET : label;
  return { charset: canonicalLabel(effective), source, unknownLabel };
}

function canonicalLabel(label: string): string {
  const l = label.toLowerCase();
  if (l === 'utf8') return 'utf-8';
  if (l === 'cp1251') return 'windows-1251';
  return l;
}

function countReplacementChars(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}
