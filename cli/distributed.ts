/**
 * CLI commands of the distributed mode: `worker`, `scheduler`, `tail`. They need
 * REDIS_URL (or --redis) and, for worker and scheduler, the feeds config.
 */
import type { Command } from 'commander';
import { readEnv } from '../config/env.js';
import { loadConfigFile } from '../config/load.js';
import { STAGE_NAMES, type StageName } from '../workers/queues.js';

/** BullMQ and the stage code load only when a distributed command runs. */
const workersMain = () => import('../workers/main.js');
import { InputError } from './io.js';
import { createLogger } from './logger.js';

function redisUrlFrom(option: string | undefined): string {
  const url = option ?? readEnv().redisUrl;
  if (!url) throw new InputError('the distributed mode needs Redis: set REDIS_URL or pass --redis URL (e.g. redis://127.0.0.1:6379)');
  return url;
}

function parseStages(value: string): StageName[] {
  const stages = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = stages.filter((s) => !(STAGE_NAMES as string[]).includes(s));
  if (unknown.length > 0) throw new InputError(`unknown stage(s) ${unknown.join(', ')}; stages are ${STAGE_NAMES.join(', ')}`);
  return stages as StageName[];
}

export function addDistributedCommands(program: Command): void {
  program
    .command('worker')
    .description('run stage workers on Redis (distributed mode)')
    .option('-c, --config <file>', 'YAML config file (feeds and crawler settings)', 'wirewatch.yaml')
    .option('--redis <url>', 'Redis URL (default: REDIS_URL)')
    .option('--stages <list>', `comma-separated stages (${STAGE_NAMES.join(',')})`, STAGE_NAMES.join(','))
    .option('--concurrency <n>', 'jobs in flight per stage (pages in flight when this worker runs every stage)', (v) => Number.parseInt(v, 10), 8)
    .option('--lock-duration-ms <n>', 'BullMQ lock duration (tests shrink it)', (v) => Number.parseInt(v, 10))
    .option('--stalled-interval-ms <n>', 'BullMQ stalled-job check interval', (v) => Number.parseInt(v, 10))
    .option('--metrics-port <n>', 'serve Prometheus metrics of this process on 127.0.0.1:<n>/metrics', (v) => Number.parseInt(v, 10))
    .option('--liveness-timeout-ms <n>', 'exit when work waits and no job completed for this long (default 10 min)', (v) => Number.parseInt(v, 10))
    .action(
      async (opts: {
        config: string;
        redis?: string;
        stages: string;
        concurrency: number;
        lockDurationMs?: number;
        stalledIntervalMs?: number;
        livenessTimeoutMs?: number;
        metricsPort?: number;
      }) => {
        const config = loadConfigFile(opts.config);
        await (await workersMain()).runWorkers(
          config,
          redisUrlFrom(opts.redis),
          {
            stages: parseStages(opts.stages),
            concurrency: opts.concurrency,
            ...(opts.lockDurationMs !== undefined ? { lockDurationMs: opts.lockDurationMs } : {}),
            ...(opts.stalledIntervalMs !== undefined ? { stalledIntervalMs: opts.stalledIntervalMs } : {}),
            ...(opts.livenessTimeoutMs !== undefined ? { livenessTimeoutMs: opts.livenessTimeoutMs } : {}),
            ...(opts.metricsPort !== undefined ? { metricsPort: opts.metricsPort } : {}),
          },
          createLogger('info'),
        );
      },
    );

  program
    .command('scheduler')
    .description('keep one job scheduler per feed on Redis (distributed mode)')
    .option('-c, --config <file>', 'YAML config file', 'wirewatch.yaml')
    .option('--redis <url>', 'Redis URL (default: REDIS_URL)')
    .option('--once', 'reconcile once and exit', false)
    .action(async (opts: { config: string; redis?: string; once: boolean }) => {
      await (await workersMain()).runScheduler(loadConfigFile(opts.config), redisUrlFrom(opts.redis), createLogger('info'), { once: opts.once });
    });

  program
    .command('tail')
    .description('consume the output queue and print each article document as a JSON line')
    .option('--redis <url>', 'Redis URL (default: REDIS_URL)')
    .option('--peek', 'print waiting documents without consuming them, then exit', false)
    .action(async (opts: { redis?: string; peek: boolean }) => {
      await (await workersMain()).tailOutput(redisUrlFrom(opts.redis), { peek: opts.peek }, (doc) => process.stdout.write(`${JSON.stringify(doc)}\n`));
    });
}
