/**
 * `wirewatch serve`: the operator HTTP API over the config's data directory.
 * Refuses to listen beyond loopback without `api.token`. SIGINT/SIGTERM close
 * the server (in-flight requests finish), then the database.
 */
import type { Command } from 'commander';
import { loadConfigFile } from '../config/load.js';
import { createLogger } from './logger.js';

function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const done = (signal: string): void => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve(signal);
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}

export function addServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the operator HTTP API (feeds: add, list, pause, resume, remove, test; /openapi.json)')
    .option('-c, --config <file>', 'YAML config file (api.token, api.host, api.port, data directory)', 'wirewatch.yaml')
    .option('--data-dir <dir>', 'state directory (overrides the config)')
    .option('--host <host>', 'listen address (default: api.host, 127.0.0.1)')
    .option('--port <n>', 'port (default: api.port, 8787; 0 for a free one)', (v) => Number.parseInt(v, 10))
    .action(async (opts: { config: string; dataDir?: string; host?: string; port?: number }) => {
      const config = loadConfigFile(opts.config);
      if (opts.dataDir) config.dataDir = opts.dataDir;
      const logger = createLogger('info');
      // Loaded here, not at the top: the other commands should not pay for starting Fastify.
      const { startApi } = await import('../api/server.js');
      const { service, close } = (await import('../embedded/feed-service.js')).openFeedService(config);
      try {
        const api = await startApi({
          service,
          logger,
          host: opts.host ?? config.api.host,
          port: opts.port ?? config.api.port,
          ...(config.api.token !== undefined ? { token: config.api.token } : {}),
        });
        process.stdout.write(`wirewatch API on ${api.url} (${config.api.token !== undefined ? 'bearer token required' : 'loopback only, no token'}); OpenAPI at ${api.url}/openapi.json\n`);
        process.send?.({ type: 'ready', url: api.url });
        const signal = await untilSignal();
        logger.info({ signal }, 'closing the API');
        await api.close();
      } finally {
        close();
      }
    });
}
