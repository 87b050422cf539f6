/**
 * Extract stage: one job runs the chain from extraction on (pipeline/chain); the
 * parse runs on the process's CPU pool so a long page never blocks lock renewal
 * of the other jobs here. Pages that are not articles end here as a result.
 */
import type { Job } from 'bullmq';
import type { Chain } from '../../pipeline/chain/index.js';
import type { PageSource } from '../../runtime/page-source.js';
import { stageProcessor } from '../error-mapping.js';
import type { ExtractJob } from '../queues.js';

export interface ExtractResult {
  skipped?: string;
}

export function createExtractProcessor(chain: Chain<PageSource>): (job: Job<ExtractJob, ExtractResult>, token?: string) => Promise<ExtractResult> {
  return stageProcessor(async (job) => {
    const { origin, page, packedHtml } = job.data;
    const { html, ...meta } = page;
    const outcome = await chain.extract({ origin, page: meta, source: packedHtml !== undefined ? { packedHtml } : { html: html ?? '' } });
    return outcome.kind === 'skipped' ? { skipped: outcome.reason } : {};
  });
}
