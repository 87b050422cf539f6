/**
 * Claims stage and publication: tag claims, build the output document and
 * publish it exactly once (see workers/output.ts).
 */
import type { Job } from 'bullmq';
import { buildDocument, claimsStage, storyClaimFlags } from '../../pipeline/article-pipeline.js';
import type { WorkerContext } from '../context.js';
import { stageProcessor } from '../error-mapping.js';
import type { ClaimsJob } from '../queues.js';

export function createClaimsProcessor(ctx: WorkerContext): (job: Job<ClaimsJob, { published: boolean }>, token?: string) => Promise<{ published: boolean }> {
  return stageProcessor(async (job) => {
    const { article, verdict, page, origin } = job.data;
    const claims = claimsStage(article, verdict);
    const flags = await storyClaimFlags(ctx.storyClaims, article, verdict, claims);
    const document = buildDocument(article, verdict, claims, page, origin, ctx.now(), flags);
    return { published: await ctx.output.publish(document) };
  });
}
