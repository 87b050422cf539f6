/** Claims stage and publication: tag claims, build the output document, publish it exactly once (workers/output.ts). */
import type { Job } from 'bullmq';
import type { Chain } from '../../pipeline/chain/index.js';
import type { PageSource } from '../../runtime/page-source.js';
import { stageProcessor } from '../error-mapping.js';
import type { ClaimsJob } from '../queues.js';

export function createClaimsProcessor(
  chain: Chain<PageSource>,
): (job: Job<ClaimsJob, { published: boolean }>, token?: string) => Promise<{ published: boolean }> {
  return stageProcessor(async (job) => {
    const outcome = await chain.claims(job.data);
    return { published: outcome.kind === 'published' && outcome.fresh };
  });
}
