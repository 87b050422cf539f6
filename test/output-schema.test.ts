import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputJsonSchema } from '../cli/schema.js';
import { articleDocumentSchema } from '../pipeline/output.js';

describe('output document schema', () => {
  it('schema/article.v1.json is generated from the zod schema (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync(resolve(import.meta.dirname, '../schema/article.v1.json'), 'utf8')) as unknown;
    expect(committed).toEqual(outputJsonSchema());
  });

  it('rejects a document of another version', () => {
    const result = articleDocumentSchema.safeParse({ schema: 'wirewatch.article/v2' });
    expect(result.success).toBe(false);
  });
});

describe('claim flags in the output document', () => {
  it('accept every flag the claim timeline produces', async () => {
    const { buildClaimTimeline } = await import('../pipeline/claims/index.js');
    const { claimFlagSchema } = await import('../pipeline/output-flags.js');
    const claim = (id: string, value: number, bound: '~' | '>', source: string) => ({
      id,
      in: 'body' as const,
      kind: 'casualties' as const,
      measure: 'casualties',
      value,
      bound,
      low: null,
      high: null,
      unit: null,
      counted: 'soldiers',
      source,
      sourceText: null,
      via: null,
      cue: 'said',
      hedge: null,
      sentence: 's',
      start: 0,
      end: 1,
      checkWorthiness: 1,
      figure: null,
      sourceSpan: null,
      cueSpan: null,
      contentSpan: null,
    });
    const timeline = buildClaimTimeline([
      { articleId: 'a', outlet: 'A', published: '2024-12-23', storyId: 's', duplicateOf: null, claims: [claim('1', 1100, '~', 'src-x')] },
      { articleId: 'b', outlet: 'B', published: '2024-12-23', storyId: 's', duplicateOf: 'a', claims: [claim('2', 1100, '>', 'src-x')] },
      { articleId: 'c', outlet: 'C', published: '2025-01-30', storyId: 's', duplicateOf: null, claims: [claim('3', 4000, '~', 'src-x')] },
      { articleId: 'd', outlet: 'D', published: '2025-01-30', storyId: 's', duplicateOf: null, claims: [claim('4', 9000, '~', 'src-y')] },
    ]);
    expect(new Set(timeline.flags.map((f) => f.type))).toEqual(new Set(['drift', 'update', 'conflict']));
    for (const flag of timeline.flags) expect(claimFlagSchema.safeParse(flag).success, JSON.stringify(flag)).toBe(true);
  });
});

/** Paths of the properties in a JSON Schema that carry no description. */
function undescribed(node: unknown, path: string): string[] {
  if (typeof node !== 'object' || node === null) return [];
  const n = node as Record<string, unknown>;
  const out: string[] = [];
  for (const [key, child] of Object.entries((n.properties ?? {}) as Record<string, Record<string, unknown>>)) {
    if (typeof child.description !== 'string' || child.description === '') out.push(`${path}.${key}`);
    out.push(...undescribed(child, `${path}.${key}`));
  }
  for (const key of ['items', 'anyOf', 'oneOf', 'allOf', '$defs']) {
    const sub = n[key];
    const list = Array.isArray(sub) ? sub : typeof sub === 'object' && sub !== null && key === '$defs' ? Object.values(sub) : sub ? [sub] : [];
    for (const x of list) out.push(...undescribed(x, path));
  }
  return out;
}

describe('output document description', () => {
  it('describes every field of the document, claims and flags included', () => {
    expect(undescribed(outputJsonSchema(), '')).toEqual([]);
  });
});
