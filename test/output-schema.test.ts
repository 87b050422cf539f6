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
