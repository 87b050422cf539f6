/**
 * Extract stage, run in a worker thread (see workers/sandbox/) so a long parse
 * never blocks the lock renewal of other jobs. Pages that are not articles end
 * here as a result, not an error.
 */
import type { Job } from 'bullmq';
import { extractPage, skipReason } from '../../pipeline/article-pipeline.js';
import type { DedupJob, ExtractJob } from '../queues.js';

export type ExtractResult = { skipped: string } | { next: DedupJob };

/** Pure part, callable in the thread: no queue access. */
export function runExtract(data: ExtractJob): ExtractResult {
  const article = extractPage(data.page, data.origin.entry);
  const reason = skipReason(article);
  if (reason !== null) return { skipped: reason };
  const { html: _html, ...pageMeta } = data.page;
  return { next: { origin: data.origin, page: pageMeta, article } };
}

export default async function extractProcessor(job: Job<ExtractJob>): Promise<ExtractResult> {
  return runExtract(job.data);
}
