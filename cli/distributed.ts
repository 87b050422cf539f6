/**
 * CLI commands of the distributed mode: `worker`, `scheduler`, `tail`. They need
 * REDIS_URL (or --redis) and, for worker and scheduler, the config (./wirewatch.yaml
 * when present, else the defaults). Their modules load only when one runs.
 */
import type { Command } from 'commander';
import type { StageName } from '../workers/queues.js';
import { InputError } from './io.js';

/** BullMQ and the stage code load only when a distributed command runs. */
const workersMain = () => import('../workers/main.js');
const loadConfig = async (file?: string) => (await import('../config/load.js')).loadConfig(file);
const createLogger = async (level: string) => (await import('./logger.js')).createLogger(level);

/**
 * The stage names as the help text lists them, without loading the queue module
 * at start-up; the type check below fails when a stage is added or renamed.
 */
const STAGES_HELP = ['poll', 'fetch', 'extract', 'dedup', 'claims'] as const satisfies readonly StageName[];
type MissingFromHelp = Exclude<StageName, (typeof STAGES_HELP)[number]>;
const HELP_LISTS_EVERY_STAGE: [MissingFromHelp] extends [never] ? true : false = true;
void HELP_LISTS_EVERY_STAGE;

async function redisUrlFrom(option: string | undefined): Promise<string> {
  const url = option ?? (await import('../config/env.js')).readEnv().redisUrl;
  if (!url) throw new InputError('the distributed mode needs Redis: set REDIS_URL or pass --redis URL (e.g. redis://127.0.0.1:6379)');
  return url;
}

async function parseStages(value: string): Promise<StageName[]> {
  const { STAGE_NAMES } = await import('../workers/queues.js');
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
    .option('-c, --config <file>', 'YAML config file: feeds and crawler settings (default: ./wirewatch.yaml when present, else the defaults)')
    .option('--redis <url>', 'Redis URL (default: REDIS_URL)')
    .option('--stages <list>', `comma-separated stages (${STAGES_HELP.join(',')})`, STAGES_HELP.join(','))
    .option('--concurrency <n>', 'jobs in flight per stage (pages in flight when this worker runs every stage)', (v) => Number.parseInt(v, 10), 8)
    .option('--lock-duration-ms <n>', 'BullMQ lock duration (tests shrink it)', (v) => Number.parseInt(v, 10))
    .option('--stalled-interval-ms <n>', 'BullMQ stalled-job check interval', (v) => Number.parseInt(v, 10))
    .option('--metrics-port <n>', 'serve Prometheus metrics of this process on 127.0.0.1:<n>/metrics', (v) => Number.parseInt(v, 10))
    .option('--liveness-timeout-ms <n>', 'exit when work waits and no job completed for this long (default 10 min)', (v) => Number.parseInt(v, 10))
    .action(
      async (opts: {
        config?: string;
        redis?: string;
        stages: string;
        concurrency: number;
        lockDurationMs?: number;
        stalledIntervalMs?: number;
        livenessTimeoutMs?: number;
        metricsPort?: number;
      }) => {
        const config = await loadConfig(opts.config);
        await (await workersMain()).runWorkers(
          config,
          await redisUrlFrom(opts.redis),
          {
            stages: await parseStages(opts.stages),
            concurrency: opts.concurrency,
            ...(opts.lockDurationMs !== undefined ? { lockDurationMs: opts.lockDurationMs } : {}),
            ...(opts.stalledIntervalMs !== undefined ? { stalledIntervalMs: opts.stalledIntervalMs } : {}),
            ...(opts.livenessTimeoutMs !== undefined ? { livenessTimeoutMs: opts.livenessTimeoutMs } : {}),
            ...(opts.metricsPort !== undefined ? { metricsPort: opts.metricsPort } : {}),
          },
          await createLogger('info'),
        );
      },
    );

  program
    .command('scheduler')
    .description('keep one job scheduler per feed on Redis (distributed mode)')
    .option('-c, --config <file>', 'YAML config file (default: ./wirewatch.yaml when present, else the defaults)')
    .option('--redis <url>', 'Redis URL (default: REDIS_URL)')
    .option('--once', 'reconcile once and exit', false)
    .option('--reconcile-every-ms <n>', 'how often schedulers are reconciled and failed page jobs put back (default 60000; tests shrink it)', (v) =>
      Number.parseInt(v, 10),
    )
    .action(async (opts: { config?: string; redis?: string; once: boolean; reconcileEveryMs?: number }) => {
      const config = await loadConfig(opts.config);
      await (await workersMain()).runScheduler(config, await redisUrlFrom(opts.redis), await createLogger('info'), {
        once: opts.once,
        ...(opts.reconcileEveryMs !== undefined ? { reconcileEveryMs: opts.reconcileEveryMs } : {}),
      });
    });

  program
    .command('tail')
    .description('consume the output queue and print each article document as a JSON line')
    .option('--redis <url>', 'Redis URL (default: REDIS_URL)')
    .option('--peek', 'print waiting documents without consuming them, then exit', false)
    .action(async (opts: { redis?: string; peek: boolean }) => {
      await (await workersMain()).tailOutput(await redisUrlFrom(opts.redis), { peek: opts.peek }, (doc) => process.stdout.write(`${JSON.stringify(doc)}\n`));
    });
}
