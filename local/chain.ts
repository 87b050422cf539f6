/**
 * The chain's ports in the embedded mode: the article log answers the publish
 * check and takes the documents (the output file gets each once its row is
 * committed); the story timeline reads the published documents.
 */
import type { ChainCompute, ChainDeps, WatchPorts } from '../pipeline/chain/index.js';
import type { ArticleDocument } from '../pipeline/output.js';
import type { DedupStore } from '../pipeline/dedup/index.js';
import type { WriteBatch } from '../runtime/db.js';
import type { PageSource } from '../runtime/page-source.js';
import type { ArticleLog } from './article-log.js';
import type { NdjsonOutput } from './ndjson-output.js';

export interface EmbeddedPorts {
  compute: ChainCompute<PageSource>;
  dedupStore: DedupStore;
  articles: ArticleLog;
  output: Pick<NdjsonOutput, 'write'>;
  stateWrites?: WriteBatch;
  now: () => Date;
  /**
   * Versions past dedup in this process and not yet in the article log: a URL
   * variant of one of them is "same URL" as if it were published (default: none).
   */
  onTheirWay?: ReadonlySet<string>;
  /** The operator's watches (runtime/alerts/watch-store.ts); without them documents match none. */
  watches?: WatchPorts;
  /** Called once per document this process published (the alert outbox takes its alerts). */
  onPublished?: (document: ArticleDocument) => void;
}

export function embeddedChainDeps(ports: EmbeddedPorts): ChainDeps<PageSource> {
  const { articles, output, stateWrites } = ports;
  const onTheirWay = ports.onTheirWay ?? new Set<string>();
  return {
    compute: ports.compute,
    dedupStore: ports.dedupStore,
    isPublished: async (versionKey) => onTheirWay.has(versionKey) || articles.isPublished(versionKey),
    storyClaims: articles,
    publish: async (document) => {
      // One serialisation for the log and the file: a document carries every claim with its spans.
      const json = JSON.stringify(document);
      const rowid = articles.publish(document, json);
      if (rowid === null) return false;
      ports.onPublished?.(document);
      if (stateWrites) stateWrites.afterCommit(() => output.write(document, rowid, json));
      else output.write(document, rowid, json);
      return true;
    },
    now: ports.now,
    ...(ports.watches ? { watches: ports.watches } : {}),
  };
}
