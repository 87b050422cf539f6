/**
 * Reads an XML document's prolog the way a parser does, to decide whether it
 * declares a DTD with an internal subset or entities (refused: feeds.ts). A scan
 * for the first `<name` or for `<!DOCTYPE` is fooled by markup inside comments,
 * processing instructions and CDATA: a comment holding `<a>` before
 * `<!DOCTYPE x [<!ENTITY ...>]>` ended such a prolog early and let the DTD past.
 *
 * Tolerant like the feed parser: junk before `<?xml` is skipped a character at a
 * time; an unterminated comment or instruction ends the prolog (the parser sees
 * nothing after it either).
 */

export interface PrologDtd {
  doctypes: number;
  /** A DOCTYPE with an internal subset (`[ ... ]`). */
  internalSubset: boolean;
  /** An `<!ENTITY` declaration outside any subset (not well-formed, still refused). */
  entity: boolean;
}

const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/;

/** What the prolog of `text` declares, read up to its first element. */
export function readProlog(text: string): PrologDtd {
  const found: PrologDtd = { doctypes: 0, internalSubset: false, entity: false };
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt === -1) break;
    const next = text[lt + 1] ?? '';
    if (text.startsWith('<?', lt)) i = skipPast(text, lt + 2, '?>');
    else if (text.startsWith('<!--', lt)) i = skipPast(text, lt + 4, '-->');
    else if (text.startsWith('<![CDATA[', lt)) i = skipPast(text, lt + 9, ']]>');
    else if (startsWithIgnoreCase(text, lt, '<!DOCTYPE')) {
      found.doctypes++;
      const end = readDoctype(text, lt + 9);
      if (end.subset) found.internalSubset = true;
      i = end.index;
    } else if (startsWithIgnoreCase(text, lt, '<!ENTITY')) {
      found.entity = true;
      i = lt + 8;
    } else if (NAME_START.test(next)) break;
    else i = lt + 1;
  }
  return found;
}

function skipPast(text: string, from: number, end: string): number {
  const at = text.indexOf(end, from);
  return at === -1 ? text.length : at + end.length;
}

function startsWithIgnoreCase(text: string, at: number, prefix: string): boolean {
  return text.slice(at, at + prefix.length).toUpperCase() === prefix;
}

/** Reads a DOCTYPE after its keyword: quoted literals may hold `[` and `>`; a `[` outside them opens the internal subset. */
function readDoctype(text: string, from: number): { index: number; subset: boolean } {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, i + 1);
      if (close === -1) return { index: text.length, subset: false };
      i = close;
    } else if (c === '[') return { index: i + 1, subset: true };
    else if (c === '>') return { index: i + 1, subset: false };
  }
  return { index: text.length, subset: false };
}
