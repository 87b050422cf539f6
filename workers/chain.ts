/**
 * The chain (pipeline/chain) as a distributed worker runs it: its ports are the
 * Redis ones, and each hop is a direct call when this process runs the next
 * stage, else a job on that stage's queue. Exactly-once output does not depend
 * on the hops: a job run again re-runs dedup, which goes on unless that article
 * version is published (the dedup step's publish check: the output publisher).
 */
import {
  IN_PROCESS,
  inThreadCompute,
  type ChainCompute,
  type ChainDeps,
  type ChainOutcome,
  type Hop,
  type HopInputs,
  type HopStage,
} from '../pipeline/chain/index.js';
import { canonicalizeUrl } from '../pipeline/dedup/index.js';
import { idempotencyKeyFor } from '../pipeline/chain/index.js';
import { PermanentError } from '../pipeline/errors.js';
import type { PageSource } from '../runtime/page-source.js';
import type { WorkerContext } from './context.js';
import { jobId } from './queues.js';

/** For a process running no CPU stage: dedup's features on this thread, and nothing else is asked of it. */
function dedupOnlyCompute(): ChainCompute<PageSource> {
  const { features } = inThreadCompute();
  return {
    extract: () => Promise.reject(new PermanentError('STAGE_NOT_HERE', 'extraction does not run in this process')),
    features,
    claims: () => Promise.reject(new PermanentError('STAGE_NOT_HERE', 'claim tagging does not run in this process')),
  };
}

export function workerChainDeps(ctx: WorkerContext, compute: ChainCompute<PageSource> | null): ChainDeps<PageSource> {
  return {
    compute: compute ?? dedupOnlyCompute(),
    dedupStore: ctx.dedupStore,
    isPublished: (versionKey) => ctx.output.isPublished(versionKey),
    storyClaims: ctx.storyClaims,
    publish: async (document) => {
      const fresh = await ctx.output.publish(document);
      // Also when the document was out already: a step run again after a kill between the two
      // adds its alerts now, and a job id or a delivered marker keeps that from sending twice.
      await ctx.alerts.enqueue(document);
      return fresh;
    },
    now: ctx.now,
    watches: ctx.watches,
  };
}

/** Puts a step's input on its stage's queue, under its deterministic job id. */
export async function queueHop<K extends HopStage>(ctx: WorkerContext, stage: K, input: HopInputs[K]): Promise<ChainOutcome> {
  if (stage === 'dedup') {
    const data = input as HopInputs['dedup'];
    await ctx.queues.dedup.add('dedup', data, { jobId: jobId.dedup(canonicalizeUrl(data.page.finalUrl)) });
  } else if (stage === 'claims') {
    const data = input as HopInputs['claims'];
    const { articleId } = data.verdict;
    const versionKey = idempotencyKeyFor(articleId, data.article.text);
    await ctx.queues.claims.add('claims', data, { jobId: jobId.claims(articleId, versionKey.slice(articleId.length + 1)) });
  } else {
    // Claims and the document are one job: the document always follows in-process.
    throw new PermanentError('STAGE_NOT_HERE', `no queue leads to the ${stage} step`);
  }
  return { kind: 'queued', stage };
}

/**
 * Hops that stay in this process for the stages `here` accepts (the document
 * always does), and go through the queue for the others. `wrap` wraps an
 * in-process hop (metrics).
 */
export function workerHop(
  ctx: WorkerContext,
  here: (stage: HopStage) => boolean,
  wrap: <R>(stage: HopStage, run: () => Promise<R>) => Promise<R> = (_stage, run) => run(),
): Hop {
  return (stage, input, next) => {
    if (stage === 'document') return IN_PROCESS(stage, input, next);
    return here(stage) ? wrap(stage, () => next(input)) : queueHop(ctx, stage, input);
  };
}
