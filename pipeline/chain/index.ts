/** The stage chain: extract → dedup → claims → document, composed once; runtimes choose the hops. */
export { createChain, IN_PROCESS, type Around, type Chain, type ChainRuntime, type ChainStage, type Here, type Hop } from './chain.js';
export { buildDocument, documentWatches, idempotencyKeyFor, MAX_STORY_TIMELINE_MEMBERS, PIPELINE_VERSION, storyClaimFlags } from './document.js';
export { extractPage, inThreadCompute, tagArticle } from './in-thread.js';
export { claimsStep, dedupStep, documentStep, extractStep, skipReason } from './steps.js';
export type * from './types.js';
