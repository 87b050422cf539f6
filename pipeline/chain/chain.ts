/**
 * The chain composed once: extract → dedup → claims → document. A runtime
 * supplies `hop`, which hands one step's result to the next step: a direct call
 * (`here`), or a job on a queue; and optionally `around`, which wraps one step's
 * run (the embedded runtime's in-order tickets and group commit, progress).
 */
import { claimsStep, dedupStep, documentStep, extractStep } from './steps.js';
import type { ChainDeps, ChainOutcome, ExtractStepInput, HopInputs, HopStage, StepResult } from './types.js';

export type ChainStage = 'extract' | HopStage;

/** Runs the next step in this process, then what follows it. */
export type Here<K extends HopStage> = (input: HopInputs[K]) => Promise<ChainOutcome>;

/** Hands `input` to step `stage`: `here(input)`, or a queue (then `{ kind: 'queued', stage }`). */
export type Hop = <K extends HopStage>(stage: K, input: HopInputs[K], here: Here<K>) => Promise<ChainOutcome>;

/** Wraps one step's run; must call `run` once and return its result. */
export type Around = (stage: ChainStage, run: () => Promise<StepResult>) => Promise<StepResult>;

export interface ChainRuntime {
  hop: Hop;
  around?: Around;
}

/** Entry points of the chain: each runs its step and what follows it, as the hops decide. */
export interface Chain<S> {
  extract(input: ExtractStepInput<S>): Promise<ChainOutcome>;
  dedup(input: HopInputs['dedup']): Promise<ChainOutcome>;
  claims(input: HopInputs['claims']): Promise<ChainOutcome>;
  document(input: HopInputs['document']): Promise<ChainOutcome>;
}

/** Every hop a direct call: the whole chain in this process. */
export const IN_PROCESS: Hop = (_stage, input, here) => here(input);

export function createChain<S>(deps: ChainDeps<S>, runtime: ChainRuntime): Chain<S> {
  const around: Around = runtime.around ?? ((_stage, run) => run());
  const follow = (result: StepResult): Promise<ChainOutcome> => {
    if (result.kind !== 'next') return Promise.resolve(result);
    switch (result.stage) {
      case 'dedup':
        return runtime.hop('dedup', result.input, chain.dedup);
      case 'claims':
        return runtime.hop('claims', result.input, chain.claims);
      case 'document':
        return runtime.hop('document', result.input, chain.document);
    }
  };
  const chain: Chain<S> = {
    extract: async (input) => follow(await around('extract', () => extractStep(input, deps))),
    dedup: async (input) => follow(await around('dedup', () => dedupStep(input, deps))),
    claims: async (input) => follow(await around('claims', () => claimsStep(input, deps))),
    document: async (input) => follow(await around('document', () => documentStep(input, deps))),
  };
  return chain;
}
