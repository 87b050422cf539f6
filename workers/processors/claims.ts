/**
 * Claims stage and publication: tag claims, build the output document and
 * publish it exactly once (see workers/output.ts).
 */
import type { Job } from 'bullmq';
import type { CpuPool } from '../../embedded/cpu-pool.js';
import { buildDocument, storyClaimFlags } from '../../pipeline/article-pipeline.js';
import type { WorkerContext } from '../context.js';
import { stageProcessor } from '../error-mapping.js';
import type { ClaimsJob } from '../queues.js';

/** Tagging runs on the CPU pool: it is pure and takes milliseconds per article. */
export function createClaimsProcessor(ctx: WorkerContext, pool: CpuPool): (job: Job<ClaimsJob, { published: boolean }>, token?: string) => Promise<{ published: boolean }> {
  return stageProcessor(async (job) => {
    const { article, verdict, page, origin } = job.data;
    const claims = await pool.claims(article, verdict);
    const flags = await storyClaimFlags(ctx.storyClaims, article, verdict, claims);
    const document = buildDocument(article, verdict, claims, page, origin, ctx.now(), flags);
    return { published: await ctx.output.publish(document) };
  });
}
