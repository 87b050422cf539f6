/**
 * `wirewatch run`: the embedded crawl, once or on each feed's schedule until
 * Ctrl-C (which lets in-flight pages finish, then exits cleanly).
 */
import type { Logger } from 'pino';
import type { WirewatchConfig } from '../config/schema.js';
import { openEmbeddedApp } from '../local/app.js';
import type { RunSummary } from '../local/summary.js';
import type { ArticleDocument } from '../pipeline/output.js';
import { showProgress } from './progress-view.js';
import { sourceNamesFor } from './source-names.js';
import { formatSummary } from './summary-view.js';

export interface RunOptions {
  once: boolean;
  json: boolean;
}

export async function runCrawl(config: WirewatchConfig, options: RunOptions, logger: Logger): Promise<RunSummary | null> {
  const app = openEmbeddedApp(config, { logger });
  // The stored documents are read only for the text view (it names the originals of
  // duplicates, shows each new article's figures and the claim timeline across outlets),
  // and only once the first pass is over: a crawl does not carry the store through its pass.
  // `--json` prints the summary alone, so a large store is not read for it.
  let known: ArticleDocument[] | null = null;
  const sourceNames = sourceNamesFor(config);
  const report = (summary: RunSummary): void => {
    if (options.json) {
      process.stdout.write(`${JSON.stringify(summary)}\n`);
      return;
    }
    // After the first pass, only that pass's documents are read back: the summary lists them, it does not hold them.
    if (known === null) known = app.articles.documents();
    else known.push(...app.articles.documentsByKey(summary.published.map((entry) => entry.idempotencyKey)));
    process.stdout.write(`${formatSummary(summary, { outputPath: app.output.path, known, sourceNames })}\n`);
  };
  try {
    if (options.once) {
      const view = showProgress(app.progress);
      const summary = await app.runner.runOnce().finally(() => view.stop());
      report(summary);
      return summary;
    }
    const controller = new AbortController();
    const stop = (): void => {
      if (controller.signal.aborted) process.exit(130); // second Ctrl-C: leave now
      process.stderr.write('\nstopping: finishing in-flight pages (Ctrl-C again to quit at once)\n');
      controller.abort();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    process.stderr.write(`polling ${app.feeds().filter((f) => !f.paused).length} feed(s); Ctrl-C to stop\n`);
    await app.runner.runForever(controller.signal, report);
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    return null;
  } finally {
    await app.close();
  }
}
