/**
 * The documents a pass published, read from the output file: a run summary lists
 * short entries, the documents themselves are the file's lines with the same
 * idempotency keys.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { RunSummary } from '../../local/summary.js';
import type { ArticleDocument } from '../../pipeline/output.js';

/** In the summary's order; throws when an entry has no line in the file (the summary listed something not written). */
export function publishedDocuments(summary: Pick<RunSummary, 'published'>, outputPath: string): ArticleDocument[] {
  const lines = existsSync(outputPath) ? readFileSync(outputPath, 'utf8').split('\n').filter(Boolean) : [];
  const byKey = new Map<string, ArticleDocument>();
  for (const line of lines) {
    const doc = JSON.parse(line) as ArticleDocument;
    byKey.set(doc.idempotencyKey, doc);
  }
  return summary.published.map((entry) => {
    const doc = byKey.get(entry.idempotencyKey);
    if (!doc) throw new Error(`published ${entry.url} (${entry.idempotencyKey}) has no line in ${outputPath}`);
    return doc;
  });
}
