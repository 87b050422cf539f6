/**
 * `wirewatch serve`: the operator HTTP API over the config's data directory,
 * with the dashboard at `/`, Prometheus metrics at `/metrics` and, when
 * REDIS_URL is set, queue depths and Bull Board at `/queues`. With `--crawl`
 * the same process also runs the embedded crawl, so its metrics are the
 * crawl's. Refuses to listen beyond loopback without `api.token`.
 * SIGINT/SIGTERM close the server (in-flight requests finish), stop the
 * crawl after its in-flight pages, then close the state.
 */
import type { Command } from 'commander';
import type { RunSummary } from '../local/summary.js';

/** One pass at a time: a second request while a pass runs gets that pass's summary. */
function serialized(run: () => Promise<RunSummary>): () => Promise<RunSummary> {
  let running: Promise<RunSummary> | null = null;
  return () => {
    running ??= run().finally(() => {
      running = null;
    });
    return running;
  };
}

interface ServeOptions {
  config?: string;
  dataDir?: string;
  host?: string;
  port?: number;
  crawl: boolean;
  pretty?: boolean;
}

export function addServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the operator HTTP API, the dashboard (/), metrics (/metrics) and, with REDIS_URL, the queues (/queues)')
    .option(
      '-c, --config <file>',
      'YAML config file: api.token, api.host, api.port, data directory (default: ./wirewatch.yaml when present, else the defaults)',
    )
    .option('--data-dir <dir>', 'state directory (overrides the config)')
    .option('--host <host>', 'listen address (default: api.host, 127.0.0.1)')
    .option('--port <n>', 'port (default: api.port, 8787; 0 for a free one)', (v) => Number.parseInt(v, 10))
    .option('--crawl', 'also run the embedded crawl in this process (each feed on its interval)', false)
    .option('--pretty', 'human-readable logs instead of JSON (also LOG_PRETTY=1)')
    .action(async (opts: ServeOptions) => {
      // Loaded here, not at the top: the other commands should not pay for starting Fastify.
      const config = (await import('../config/load.js')).loadConfig(opts.config);
      if (opts.dataDir) config.dataDir = opts.dataDir;
      const logger = (await import('./logger.js')).createLogger('info', opts.pretty !== undefined ? { pretty: opts.pretty } : {});
      const redisUrl = (await import('../config/env.js')).readEnv().redisUrl;
      const { untilSignal } = await import('../runtime/signals.js');
      const { startApi } = await import('../api/server.js');
      const { PromMetrics } = await import('../runtime/metrics-prom.js');
      const queues = redisUrl ? (await import('../workers/metrics-queues.js')).openQueueMonitor(redisUrl) : null;
      const metrics = new PromMetrics(queues ? { queueDepths: () => queues.depths(), jobRequeues: () => queues.requeued() } : {});
      const { service, close: closeService } = (await import('../feeds/service.js')).openFeedService(config);
      const app = (await import('../local/app.js')).openEmbeddedApp(config, { logger, metrics });
      const stopCrawl = new AbortController();
      let crawling: Promise<void> = Promise.resolve();
      try {
        // In the distributed mode the workers crawl: this process only watches.
        const crawl = redisUrl ? undefined : serialized(() => app.runner.runOnce());
        const api = await startApi({
          service,
          logger,
          host: opts.host ?? config.api.host,
          port: opts.port ?? config.api.port,
          ...(config.api.token !== undefined ? { token: config.api.token } : {}),
          articles: app.articles,
          sourceNames: (await import('./source-names.js')).sourceNamesFor(config),
          watches: new (await import('../local/watch-service.js')).WatchService(app.watches, app.alertOutbox, app.articles),
          metrics,
          ...(crawl ? { crawl } : {}),
          ...(queues ? { queueBoard: (basePath: string) => queues.boardPlugin(basePath), alertTotals: () => queues.alertTotals() } : {}),
        });
        if (opts.crawl && !redisUrl) crawling = app.runner.runForever(stopCrawl.signal);
        const auth =
          config.api.token !== undefined
            ? `bearer token required: \`wirewatch token${opts.config ? ` -c ${opts.config}` : ''}\` prints it`
            : 'loopback only, no token';
        process.stdout.write(
          `wirewatch API on ${api.url} (${auth}); dashboard ${api.url}/, metrics ${api.url}/metrics${queues ? `, queues ${api.url}/queues` : ''}\n`,
        );
        process.send?.({ type: 'ready', url: api.url });
        const signal = await untilSignal();
        logger.info({ signal }, 'closing the API');
        await api.close();
      } finally {
        stopCrawl.abort();
        await crawling.catch((err: Error) => logger.error({ err: err.message }, 'crawl failed'));
        await queues?.close();
        await app.close();
        closeService();
      }
    });
}

/** Random bytes of the token `wirewatch token` suggests when none is set (32 characters in base64url). */
const SUGGESTED_TOKEN_BYTES = 24;

/**
 * `wirewatch token`: prints the API token the config (or WIREWATCH_API_TOKEN)
 * gives, the one the dashboard asks for; without one, says how to set one and
 * suggests a random token. Exits 1 when no token is set.
 */
export function addTokenCommand(program: Command): void {
  program
    .command('token')
    .description('print the API token (api.token or WIREWATCH_API_TOKEN) that the dashboard and API clients sign in with')
    .option('-c, --config <file>', 'YAML config file (default: ./wirewatch.yaml when present, else the defaults)')
    .action(async (opts: { config?: string }) => {
      const config = (await import('../config/load.js')).loadConfig(opts.config);
      if (config.api.token !== undefined) {
        process.stdout.write(`${config.api.token}\n`);
        return;
      }
      const { randomBytes } = await import('node:crypto');
      const suggestion = randomBytes(SUGGESTED_TOKEN_BYTES).toString('base64url');
      process.stderr.write(
        [
          'no API token is set: `wirewatch serve` then listens on loopback only and the dashboard needs none.',
          'To set one, add to the config file (or export WIREWATCH_API_TOKEN):',
          '  api:',
          `    token: "${suggestion}"`,
          '',
        ].join('\n'),
      );
      process.exitCode = 1;
    });
}
