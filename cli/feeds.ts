/**
 * `wirewatch feeds ...`: operators add, check and manage feeds without
 * editing the config file. Every command reads the config (`-c`, else
 * ./wirewatch.yaml when present, else the defaults) for the data directory and
 * the crawler's URL policy, prints a table or report (or the
 * value as JSON with `--json`) and exits 2 with the code and the reason when
 * the operation is refused.
 */
import { type Command, Option } from 'commander';
import type { WirewatchConfig } from '../config/schema.js';
import type { Db } from '../runtime/db.js';
import type { FeedService } from '../feeds/service.js';
import { errorCode } from '../pipeline/errors.js';
import { RENDER_MODES } from '../pipeline/types.js';
import { formatAdd, formatFeed, formatFeedList, formatImport, formatTest } from './feeds-view.js';
import { addServeCommand, addTokenCommand } from './feeds-serve.js';
import { EXIT_USAGE } from './exit-codes.js';
import { readTextInput } from './io.js';

/** Exit code of a refused operation, as for bad input or config. */
const EXIT_REFUSED = EXIT_USAGE;

interface CommonOptions {
  config?: string;
  dataDir?: string;
  json: boolean;
}

/** Loads the config named by `-c` (else ./wirewatch.yaml when present, else the defaults), with `--data-dir` applied. */
export async function configFrom(opts: { config?: string; dataDir?: string }): Promise<WirewatchConfig> {
  const config = (await import('../config/load.js')).loadConfig(opts.config);
  if (opts.dataDir) config.dataDir = opts.dataDir;
  return config;
}

/** Prints a refusal the way scripts and people read it: `{"error":{code,message}}` on stdout with --json, a line on stderr otherwise. */
export function reportRefusal(err: unknown, json: boolean): void {
  const code = errorCode(err);
  const message = (err as Error).message;
  if (json) process.stdout.write(`${JSON.stringify({ error: { code, message } })}\n`);
  else process.stderr.write(`wirewatch: [${code}] ${message}\n`);
  process.exitCode = EXIT_REFUSED;
}

/** Opens the service on the config's data dir, runs one operation, prints its value, closes. */
async function run<T>(opts: CommonOptions, operation: (service: FeedService, db: Db) => T | Promise<T>, format: (value: T) => string): Promise<T | undefined> {
  // The service (SQLite, crawler) loads only when a feeds command runs.
  const { isRefusal, openFeedService } = await import('../feeds/service.js');
  const { service, db, close } = openFeedService(await configFrom(opts));
  try {
    const value = await operation(service, db);
    process.stdout.write(opts.json ? `${JSON.stringify(value)}\n` : `${format(value)}\n`);
    return value;
  } catch (err) {
    if (!isRefusal(err)) throw err;
    reportRefusal(err, opts.json);
    return undefined;
  } finally {
    close();
  }
}

/** Adds `-c`, `--data-dir` and `--json` to a subcommand. */
function common(cmd: Command): Command {
  return cmd
    .option('-c, --config <file>', 'YAML config file: data directory, crawler URL policy (default: ./wirewatch.yaml when present, else the defaults)')
    .option('--data-dir <dir>', 'state directory (overrides the config)')
    .option('--json', 'print the answer as JSON', false);
}

export function addFeedsCommands(program: Command): void {
  const feeds = program.command('feeds').description('add, check and manage the feeds to poll (kept in the data directory)');

  common(feeds.command('add').description('check a feed URL (or a page advertising its feed) and add it').argument('<url>'))
    .option('--id <id>', 'feed id (default: derived from host and path)')
    .option('--name <name>', 'display name (default: the feed title)')
    .option('--interval <secs>', 'poll interval in seconds (60 .. 604800; default 900)', Number)
    .addOption(new Option('--render <mode>', 'how article pages are fetched').choices(RENDER_MODES))
    .option('--allow-pattern <re>', 'only links whose URL matches this regular expression are articles')
    .option('--paused', 'add it paused', false)
    .action(
      async (url: string, opts: CommonOptions & { id?: string; name?: string; interval?: number; render?: string; allowPattern?: string; paused: boolean }) => {
        const input = {
          url,
          ...(opts.id !== undefined ? { id: opts.id } : {}),
          ...(opts.name !== undefined ? { name: opts.name } : {}),
          ...(opts.interval !== undefined ? { intervalSecs: opts.interval } : {}),
          ...(opts.render !== undefined ? { render: opts.render } : {}),
          ...(opts.allowPattern !== undefined ? { allowPattern: opts.allowPattern } : {}),
          ...(opts.paused ? { paused: true } : {}),
        };
        await run(opts, (s) => s.add(input), formatAdd);
      },
    );

  common(feeds.command('list').description('every feed with its poll health')).action(async (opts: CommonOptions) => {
    // Activity (items per day, quality drift) comes from the published documents in the same database.
    const { ArticleLog } = await import('../local/article-log.js');
    const { feedsWithActivity } = await import('../feeds/health.js');
    await run(opts, (s, db) => feedsWithActivity(s.list(), new ArticleLog(db), new Date()), formatFeedList);
  });

  common(feeds.command('show').description('one feed, its definition and health').argument('<id>')).action(async (id: string, opts: CommonOptions) => {
    await run(opts, (s) => s.show(id), formatFeed);
  });

  common(feeds.command('pause').description('stop polling a feed (config-file feeds too)').argument('<id>')).action(async (id: string, opts: CommonOptions) => {
    await run(
      opts,
      (s) => s.pause(id),
      (f) => `paused "${f.id}"`,
    );
  });

  common(feeds.command('resume').description('poll a paused feed again').argument('<id>')).action(async (id: string, opts: CommonOptions) => {
    await run(
      opts,
      (s) => s.resume(id),
      (f) => `resumed "${f.id}"`,
    );
  });

  common(feeds.command('remove').description('remove an operator-added feed').argument('<id>')).action(async (id: string, opts: CommonOptions) => {
    await run(
      opts,
      (s) => s.remove(id),
      (f) => `removed "${f.id}" (${f.url})`,
    );
  });

  common(
    feeds.command('test').description('dry run: fetch, detect or discover the feed, show entries and one extracted article; stores nothing').argument('<url>'),
  ).action(async (url: string, opts: CommonOptions) => {
    await run(opts, (s) => s.test(url), formatTest);
  });

  common(feeds.command('import').description('add every feed of a YAML file (`feeds:` list, as `feeds export` writes), - for stdin').argument('<file>')).action(
    async (file: string, opts: CommonOptions) => {
      const text = await readTextInput(file);
      const result = await run(opts, (s) => s.import(text), formatImport);
      if (result?.items.some((i) => i.status === 'refused')) process.exitCode = EXIT_REFUSED;
    },
  );

  common(feeds.command('export').description('print the operator-added feeds as YAML (with --json: {"feeds": [...]})')).action(async (opts: CommonOptions) => {
    if (opts.json)
      await run(
        opts,
        (s) => ({ feeds: s.operatorFeeds() }),
        () => '',
      );
    else
      await run(
        opts,
        (s) => s.export(),
        (yaml) => yaml.trimEnd(),
      );
  });

  addServeCommand(program);
  addTokenCommand(program);
}
