/**
 * A claim filter written on one line, for the CLI: `killed >= 1,000`,
 * `casualties ≥ 500 source=nis`, `unit=percent max=3`. The measure comes
 * first, then an optional comparison, then `key=value` pairs of the filter's
 * other fields; `>` and `<` read as `>=` and `<=` (thresholds are
 * inclusive). The result is checked by claimFilterSchema like any other input.
 */
const COMPARISON_RE = /^(?<measure>[^\s<>=≥≤]*)\s*(?<op>>=|≥|>|<=|≤|<|=)\s*(?<amount>[\d.,]+)\s*(?<rest>.*)$/u;

function amountOf(text: string): number {
  const value = Number(text.replace(/,/g, ''));
  if (!Number.isFinite(value)) throw new Error(`"${text}" is not a number`);
  return value;
}

/** Parses the one-line form; throws an Error naming what it cannot read. */
export function parseClaimFilter(text: string): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  let rest = text.trim();
  const comparison = COMPARISON_RE.exec(rest);
  if (comparison?.groups) {
    const { measure, op, amount, rest: after } = comparison.groups as Record<string, string>;
    if (measure) filter.measure = measure;
    const value = amountOf(amount ?? '');
    if (op === '>=' || op === '≥' || op === '>' || op === '=') filter.min = value;
    if (op === '<=' || op === '≤' || op === '<' || op === '=') filter.max = value;
    rest = after ?? '';
  }
  for (const part of rest.split(/\s+/).filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq < 0) {
      if (filter.measure !== undefined) throw new Error(`"${part}": expected key=value after the measure`);
      filter.measure = part;
      continue;
    }
    const key = part.slice(0, eq);
    const value = part.slice(eq + 1);
    filter[key] = key === 'min' || key === 'max' ? amountOf(value) : value;
  }
  return filter;
}
