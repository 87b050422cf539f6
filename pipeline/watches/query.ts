/**
 * The keyword language of a watch: words, "quoted phrases", `AND`, `OR`,
 * `NOT`, parentheses, a trailing `*` for a prefix (`sanction*`) and proximity
 * (`ceasefire NEAR/5 talks`: at most five words between them, either order).
 * Adjacent terms without an operator are ANDed; operators are upper-case, so
 * "and"/"or"/"not" in lower case are ordinary words. Matching folds case and
 * diacritics and reads words as runs of letters and digits (text.ts), so
 * "U.S." is the phrase "u s".
 *
 * Invariant: a query that parses has a defined answer for every document;
 * everything a parse can refuse (unbalanced parentheses, an operator without
 * an operand, NEAR over AND/NOT) is refused at definition time with where.
 */
import { foldedWords, type WordIndex, type WordSpan } from './text.js';

/** Most words NEAR may allow between its operands: wider than this is a boolean AND. */
export const MAX_NEAR_WORDS = 50;

export type QueryNode =
  | { op: 'term'; words: string[]; prefix: boolean }
  | { op: 'and' | 'or'; children: QueryNode[] }
  | { op: 'not'; child: QueryNode }
  | { op: 'near'; maxWords: number; left: QueryNode; right: QueryNode };

/** A query the parser refused: `message` names what and where. */
export class QuerySyntaxError extends Error {
  override readonly name = 'QuerySyntaxError';
}

type Token = { kind: 'word'; text: string; phrase: boolean } | { kind: 'and' | 'or' | 'not' | 'open' | 'close' } | { kind: 'near'; maxWords: number };

const NEAR_RE = /^NEAR\/(\d+)$/;

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  const re = /"([^"]*)"?|(\()|(\))|([^\s()"]+)/g;
  for (const m of query.matchAll(re)) {
    if (m[1] !== undefined) {
      if (!m[0].endsWith('"') || m[0].length < 2) throw new QuerySyntaxError(`unclosed quote at "${m[0]}"`);
      tokens.push({ kind: 'word', text: m[1], phrase: true });
    } else if (m[2]) tokens.push({ kind: 'open' });
    else if (m[3]) tokens.push({ kind: 'close' });
    else {
      const text = m[4] ?? '';
      const near = NEAR_RE.exec(text);
      if (near) tokens.push({ kind: 'near', maxWords: Number(near[1]) });
      else if (text === 'AND' || text === 'OR' || text === 'NOT') tokens.push({ kind: text.toLowerCase() as 'and' | 'or' | 'not' });
      else tokens.push({ kind: 'word', text, phrase: false });
    }
  }
  return tokens;
}

/** Positional nodes (a term, a phrase, an OR of them, a NEAR) have word spans; AND and NOT only a truth value. */
function positional(node: QueryNode): boolean {
  if (node.op === 'term' || node.op === 'near') return true;
  return node.op === 'or' && node.children.every(positional);
}

/** Parses a watch query; throws QuerySyntaxError. */
export function parseQuery(query: string): QueryNode {
  const tokens = tokenize(query);
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const startsOperand = (t: Token | undefined): boolean => t !== undefined && (t.kind === 'word' || t.kind === 'open' || t.kind === 'not');

  const parseOr = (): QueryNode => {
    const children = [parseAnd()];
    while (peek()?.kind === 'or') {
      at++;
      children.push(parseAnd());
    }
    return children.length === 1 ? (children[0] as QueryNode) : { op: 'or', children };
  };
  const parseAnd = (): QueryNode => {
    const children = [parseNot()];
    for (;;) {
      if (peek()?.kind === 'and') at++;
      else if (!startsOperand(peek())) break;
      children.push(parseNot());
    }
    return children.length === 1 ? (children[0] as QueryNode) : { op: 'and', children };
  };
  const parseNot = (): QueryNode => {
    if (peek()?.kind !== 'not') return parseNear();
    at++;
    return { op: 'not', child: parseNot() };
  };
  const parseNear = (): QueryNode => {
    let left = parseAtom();
    for (let t = peek(); t?.kind === 'near'; t = peek()) {
      at++;
      const right = parseAtom();
      if (t.maxWords > MAX_NEAR_WORDS) throw new QuerySyntaxError(`NEAR/${t.maxWords}: at most NEAR/${MAX_NEAR_WORDS}`);
      if (!positional(left) || !positional(right)) throw new QuerySyntaxError('NEAR joins words, phrases or OR groups of them, not AND or NOT');
      left = { op: 'near', maxWords: t.maxWords, left, right };
    }
    return left;
  };
  const parseAtom = (): QueryNode => {
    const t = tokens[at++];
    if (t === undefined) throw new QuerySyntaxError('the query ends where a word or phrase was expected');
    if (t.kind === 'open') {
      const inner = parseOr();
      if (tokens[at++]?.kind !== 'close') throw new QuerySyntaxError('unbalanced parentheses: a "(" is not closed');
      return inner;
    }
    if (t.kind !== 'word') throw new QuerySyntaxError(`expected a word or phrase, found ${t.kind === 'near' ? `NEAR/${t.maxWords}` : t.kind.toUpperCase()}`);
    const prefix = !t.phrase && t.text.endsWith('*');
    const words = foldedWords(prefix ? t.text.slice(0, -1) : t.text);
    if (words.length === 0) throw new QuerySyntaxError(`"${t.text}" holds no letters or digits`);
    return { op: 'term', words, prefix };
  };

  if (tokens.length === 0) throw new QuerySyntaxError('the query is empty');
  const root = parseOr();
  if (at < tokens.length) throw new QuerySyntaxError(tokens[at]?.kind === 'close' ? 'unbalanced parentheses: a ")" has no "("' : 'unexpected operator');
  return root;
}

/** Where a term or phrase occurs in the indexed words. */
function termSpans(node: Extract<QueryNode, { op: 'term' }>, index: WordIndex): WordSpan[] {
  const [first, ...rest] = node.words as [string, ...string[]];
  const last = node.words.length - 1;
  const starts = node.prefix && rest.length === 0 ? index.prefixPositions(first) : index.positions(first);
  const spans: WordSpan[] = [];
  for (const start of starts) {
    const fits = rest.every((word, i) => {
      const at = index.words[start + i + 1];
      return at !== undefined && (node.prefix && i + 1 === last ? at.startsWith(word) : at === word);
    });
    if (fits) spans.push({ start, end: start + node.words.length });
  }
  return spans;
}

function spansOf(node: QueryNode, index: WordIndex): WordSpan[] {
  switch (node.op) {
    case 'term':
      return termSpans(node, index);
    case 'or':
      return node.children.flatMap((child) => spansOf(child, index));
    case 'near': {
      const right = spansOf(node.right, index);
      const out: WordSpan[] = [];
      for (const a of spansOf(node.left, index)) {
        for (const b of right) {
          // Words strictly between the two spans; overlapping spans count as adjacent.
          const between = Math.max(a.start, b.start) - Math.min(a.end, b.end);
          if (between <= node.maxWords) out.push({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
        }
      }
      return out;
    }
    default:
      return matchesQuery(node, index) ? [{ start: 0, end: 0 }] : [];
  }
}

/** True when the indexed words satisfy the query. */
export function matchesQuery(node: QueryNode, index: WordIndex): boolean {
  switch (node.op) {
    case 'and':
      return node.children.every((child) => matchesQuery(child, index));
    case 'or':
      return node.children.some((child) => matchesQuery(child, index));
    case 'not':
      return !matchesQuery(node.child, index);
    default:
      return spansOf(node, index).length > 0;
  }
}
