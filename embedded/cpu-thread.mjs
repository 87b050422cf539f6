// Entry file of the CPU pool's threads (embedded/cpu-pool.ts). The TypeScript
// loader must be registered again in each new thread.
import { register } from 'tsx/esm/api';

register();
const { extractPage, claimsStage } = await import('../pipeline/article-pipeline.ts');
const { unpackHtml } = await import('./html-codec.ts');

/** Answered once the pipeline is loaded: CpuPool.warm() waits for it. */
export function ready() {
  return true;
}

export function extract({ page, entry }) {
  return extractPage(page, entry);
}

export function extractPacked({ packedHtml, finalUrl, entry }) {
  return extractPage({ html: unpackHtml(packedHtml), finalUrl }, entry);
}

export function claims({ article, verdict }) {
  return claimsStage(article, verdict);
}
