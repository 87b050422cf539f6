/**
 * The `wirewatch` command. Exit codes: 0 done, 1 failed at run time, 2 bad
 * input, config or usage (the message lists every problem; a usage error
 * ends with the command's usage line).
 *
 * Start-up loads commander and the command definitions only: each command
 * imports what it needs when it runs, so `--help` and `--version` stay fast.
 * Without `-c`, commands read ./wirewatch.yaml when there is one and run with
 * the defaults otherwise (config/load.ts `loadConfig`).
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { addDistributedCommands } from './distributed.js';
import { addFeedsCommands } from './feeds.js';
import { addWatchesCommands } from './watches.js';
import { EXIT_USAGE, exitCodeOf } from './exit-codes.js';

const tools = () => import('./tools.js');
const loadConfig = async (file?: string) => (await import('../config/load.js')).loadConfig(file);
const logger = async () => (await import('./logger.js')).createLogger();

/** The version of this install, from its package.json (beside the sources, and beside dist/ once built). */
const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const CONFIG_HELP = 'YAML config file (default: ./wirewatch.yaml when present, else the defaults)';
const BATCH_HELP =
  '\nWith JSONL input, each bad line is reported on stderr as FILE:LINE: CODE message and skipped; the other lines\n' +
  'are processed and a summary ends the run. Exit status: 0 every line processed, 2 some lines bad, 1 a run-time failure.';

const program = new Command()
  .name('wirewatch')
  .description('News monitoring: fetch feeds, strip boilerplate, deduplicate stories, tag attributed claims')
  .version(VERSION, '-V, --version')
  // Set before the subcommands are added, which inherit it: usage errors throw instead of exiting with 1.
  .exitOverride()
  .addHelpText(
    'after',
    '\nExit status: 0 done; 1 failed at run time (retrying later may work); 2 bad usage, config or input, including a\n' +
      'JSONL batch (extract --jsonl, dedup, claims) with bad lines: each is reported on stderr as FILE:LINE: CODE message,\n' +
      'the other lines are still processed, and a summary ends the run.',
  );

program
  .command('init')
  .description('write a commented config file with every key and its default')
  .argument('[file]', 'where to write it', 'wirewatch.yaml')
  .option('--force', 'overwrite an existing file', false)
  .action(async (file: string, opts: { force: boolean }) => (await import('./init.js')).initCommand(file, opts));

program
  .command('run')
  .description('crawl the feeds of the config with the embedded pipeline (no Redis)')
  .option('-c, --config <file>', CONFIG_HELP)
  .option('--once', 'poll every feed once, then exit (default: keep polling on each feed interval)', false)
  .option('--out <dir>', 'output directory for articles.ndjson (overrides the config)')
  .option('--data-dir <dir>', 'state directory (overrides the config)')
  .option('--json', 'print the run summary as JSON', false)
  .action(async (opts: { config?: string; once: boolean; out?: string; dataDir?: string; json: boolean }) => {
    const config = await loadConfig(opts.config);
    if (opts.out) config.outDir = opts.out;
    if (opts.dataDir) config.dataDir = opts.dataDir;
    const { runCrawl } = await import('./run.js');
    await runCrawl(config, { once: opts.once, json: opts.json }, await logger());
  });

program
  .command('demo')
  .description('start the local demo news sites and crawl them once (--serve: then keep the sites running)')
  .option('--data-dir <dir>', 'state directory', './.wirewatch-demo')
  .option('--out <dir>', 'output directory', './out')
  .addOption(new Option('--port <n>', 'port for the demo sites (default: 47611, or a free one)').argParser((v) => Number.parseInt(v, 10)))
  .option('--serve', 'after the crawl, keep the sites running until Ctrl-C, to try feed and operator commands against them', false)
  .option('--json', 'print the run summary as JSON', false)
  .action(async (opts: { dataDir: string; out: string; port?: number; serve: boolean; json: boolean }) => {
    const { runDemo } = await import('./demo.js');
    await runDemo(
      { dataDir: opts.dataDir, outDir: opts.out, json: opts.json, serve: opts.serve, ...(opts.port !== undefined ? { port: opts.port } : {}) },
      await logger(),
    );
  });

program
  .command('extract')
  .description('extract one page (a file, - for stdin, or --fetch URL) or a JSONL batch of {"id","url","html_path"}')
  .argument('[file]', 'HTML file, or - for stdin')
  .option('--url <url>', 'the page URL (required for a single page)')
  .option('--fetch <url>', 'fetch the page as the crawler does (URL policy, robots.txt, size caps) and extract it')
  .option('-c, --config <file>', `with --fetch: ${CONFIG_HELP}`)
  .option('--jsonl <file>', 'JSONL input: one {"id","url","html_path"} per line')
  .addHelpText('after', BATCH_HELP)
  .action(async (file: string | undefined, opts: { url?: string; fetch?: string; config?: string; jsonl?: string }) =>
    (await tools()).extractCommand(file, opts),
  );

program
  .command('dedup')
  .description('deduplicate articles given in arrival order: JSONL {"id","url","title","text","published"}')
  .requiredOption('--jsonl <file>', 'JSONL input, or - for stdin')
  .addHelpText('after', BATCH_HELP)
  .action(async (opts: { jsonl: string }) => (await tools()).dedupCommand(opts));

program
  .command('claims')
  .description('tag attributed claims: JSONL {"id","title","text","published","language"?} → {"id","claimsStatus","claims"}')
  .requiredOption('--jsonl <file>', 'JSONL input, or - for stdin')
  .addHelpText('after', BATCH_HELP)
  .option('--timeline', 'also read "storyId", "siteName"/"outlet", "duplicateOf" and end with one {"timeline": ...} line', false)
  .option('-c, --config <file>', 'wirewatch.yaml whose `claims` section (measure packs, aliases) the tagger uses')
  .action(async (opts: { jsonl: string; timeline?: boolean; config?: string }) => {
    // Without -c: ./wirewatch.yaml when there is one, else the defaults (the shipped default packs).
    const tagger = (await import('../config/packs.js')).tagOptionsFrom(await loadConfig(opts.config));
    await (await tools()).claimsCommand({ jsonl: opts.jsonl, ...(opts.timeline ? { timeline: true } : {}), tagger });
  });

addDistributedCommands(program);
addFeedsCommands(program);
addWatchesCommands(program);

program
  .command('schema')
  .description('print the JSON Schema of the output document (wirewatch.article/v1)')
  .action(async () => {
    const { outputJsonSchema } = await import('./schema.js');
    process.stdout.write(`${JSON.stringify(outputJsonSchema(), null, 2)}\n`);
  });

/** Every command and subcommand, for settings that depend on each one's name. */
function allCommands(cmd: Command): Command[] {
  return [cmd, ...cmd.commands.flatMap(allCommands)];
}

function commandPath(cmd: Command): string {
  return cmd.parent ? `${commandPath(cmd.parent)} ${cmd.name()}` : cmd.name();
}

const usageLine = (cmd: Command): string => `Usage: ${commandPath(cmd)} ${cmd.usage()}\n(see ${commandPath(cmd)} --help)`;
for (const cmd of allCommands(program)) cmd.showHelpAfterError(usageLine(cmd));
/** The command whose action runs, to end its input errors with its usage line as commander does. */
let running: Command = program;
program.hook('preAction', (_program, actionCommand) => {
  running = actionCommand;
});

try {
  await program.parseAsync(process.argv);
} catch (err) {
  // Commander has printed its message (and the usage line); help and --version end here too.
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : EXIT_USAGE);
  const code = (err as { code?: unknown }).code;
  process.stderr.write(`wirewatch: ${typeof code === 'string' ? `[${code}] ` : ''}${(err as Error).message}\n`);
  if ((err as Error).name === 'InputError') process.stderr.write(`${usageLine(running)}\n`);
  process.exit(exitCodeOf(err));
}
