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

type SchemaNode = Record<string, unknown>;

/** Every property of a JSON Schema, with its path: through objects, arrays, unions and $defs. */
function properties(node: unknown, path: string): Array<{ path: string; schema: SchemaNode }> {
  if (typeof node !== 'object' || node === null) return [];
  const n = node as SchemaNode;
  const out: Array<{ path: string; schema: SchemaNode }> = [];
  for (const [key, child] of Object.entries((n.properties ?? {}) as Record<string, SchemaNode>)) {
    out.push({ path: `${path}.${key}`, schema: child }, ...properties(child, `${path}.${key}`));
  }
  for (const key of ['items', 'anyOf', 'oneOf', 'allOf', '$defs']) {
    const sub = n[key];
    const list = Array.isArray(sub) ? sub : typeof sub === 'object' && sub !== null && key === '$defs' ? Object.values(sub) : sub ? [sub] : [];
    for (const x of list) out.push(...properties(x, key === 'items' ? `${path}[]` : path));
  }
  return out;
}

const branches = (n: SchemaNode): SchemaNode[] => [n, ...((n.anyOf ?? n.oneOf ?? []) as SchemaNode[]), ...(n.items ? [n.items as SchemaNode] : [])];
const isNullable = (n: SchemaNode): boolean => branches(n).some((b) => b.type === 'null' || (Array.isArray(b.type) && b.type.includes('null')));
/** String values of an enum property, or of its array items. */
const enumValues = (n: SchemaNode): string[] =>
  branches(n).flatMap((b) => (Array.isArray(b.enum) ? (b.enum as unknown[]).filter((v): v is string => typeof v === 'string') : []));

/** What a consumer cannot learn from a property's description: missing text, what null means, which values it takes. */
function undescribed(schema: unknown): string[] {
  return properties(schema, '').flatMap(({ path, schema: p }) => {
    const text = typeof p.description === 'string' ? p.description : '';
    if (text === '') return [`${path}: no description`];
    const problems: string[] = [];
    if (isNullable(p) && !/\bnull\b/.test(text)) problems.push(`${path}: nullable, but the description does not say what null means`);
    const unnamed = enumValues(p).filter((v) => !text.includes(v));
    if (unnamed.length > 0) problems.push(`${path}: the description does not name ${unnamed.join(', ')}`);
    return problems;
  });
}

describe('output document description', () => {
  it('describes every field of the document, claims and flags included: what null means, each value an enum takes', () => {
    expect(undescribed(outputJsonSchema())).toEqual([]);
  });

  it('would catch a field without a description, an unexplained null and an unnamed enum value', () => {
    const schema = {
      properties: {
        a: { type: 'string' },
        b: { anyOf: [{ type: 'number' }, { type: 'null' }], description: 'a number' },
        c: { type: 'array', items: { enum: ['x', 'y'] }, description: 'x or z' },
        d: { type: ['string', 'null'], description: 'a string' },
      },
    };
    expect(undescribed(schema)).toEqual([
      '.a: no description',
      '.b: nullable, but the description does not say what null means',
      '.c: the description does not name y',
      '.d: nullable, but the description does not say what null means',
    ]);
  });
});

/** JSON with `//` comments (outside strings) removed. */
function stripLineComments(jsonc: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < jsonc.length; i++) {
    const c = jsonc[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += jsonc[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && jsonc[i + 1] === '/') {
      while (i < jsonc.length && jsonc[i] !== '\n') i++;
      out += '\n';
    } else out += c;
  }
  return out;
}

describe('docs/output.md', () => {
  it('annotates a valid document: every field it shows is in the schema, with a value the schema accepts', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../docs/output.md'), 'utf8');
    const block = /```jsonc\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(block).toBeDefined();
    const example = JSON.parse(stripLineComments(block!)) as unknown;
    const parsed = articleDocumentSchema.safeParse(example);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    // zod drops keys it does not know: equality means the example invents none.
    expect(parsed.data).toEqual(example);
  });
});
