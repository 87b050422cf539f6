/** Job data is checked before use: a malformed job fails permanently with a clear code. */
import type { z } from 'zod';
import { PermanentError } from '../../pipeline/errors.js';

export function parseJobData<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new PermanentError('JOB_DATA_INVALID', `job data does not match its schema: ${problems}`);
  }
  return result.data;
}
