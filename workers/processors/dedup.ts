/** Dedup stage: same URL / same report / same story against the shared Redis state; claims always go through their queue. */
import type { Job } from 'bullmq';
import { createChain } from '../../pipeline/chain/index.js';
import { workerChainDeps, workerHop } from '../chain.js';
import type { WorkerContext } from '../context.js';
import { stageProcessor } from '../error-mapping.js';
import type { DedupJob } from '../queues.js';

/** `status`: `same_url` when the article ended here, else how the chain went on (`queued`). */
export function createDedupProcessor(ctx: WorkerContext): (job: Job<DedupJob, { status: string }>, token?: string) => Promise<{ status: string }> {
  // Jobs of the dedup queue run one at a time (queues.ts): tagging their claims here would serialize that too.
  const chain = createChain(workerChainDeps(ctx, null), { hop: workerHop(ctx, () => false) });
  return stageProcessor(async (job) => ({ status: (await chain.dedup(job.data)).kind }));
}
