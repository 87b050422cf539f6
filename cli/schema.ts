/**
 * `wirewatch schema`: prints the JSON Schema of the output document, generated
 * from its zod schema (the file `schema/article.v1.json` is this output).
 */
import { z } from 'zod';
import { articleDocumentSchema, OUTPUT_SCHEMA_ID } from '../pipeline/output.js';

export function outputJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(articleDocumentSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $id: 'https://github.com/wirewatch/wirewatch/schema/article.v1.json',
    title: OUTPUT_SCHEMA_ID,
    description: 'One article version published by wirewatch (NDJSON line in embedded mode, job data on the wirewatch-articles queue in distributed mode).',
    ...schema,
  };
}
