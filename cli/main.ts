/**
 * The `wirewatch` command. Exit codes: 0 done, 1 failed at run time, 2 bad
 * input or config (the message lists every problem).
 */
import { Command, Option } from 'commander';
import { ConfigError, loadConfigFile } from '../config/load.js';
import { tagOptionsFrom } from '../config/packs.js';
import { InputError } from './io.js';
import { createLogger } from './logger.js';
import { addDistributedCommands } from './distributed.js';
import { addFeedsCommands } from './feeds.js';

// Commands load their modules when they run: starting the CLI (TypeScript compiled
// on the fly) then costs only what the chosen command needs.
const tools = () => import('./tools.js');

const DEFAULT_CONFIG_FILE = 'wirewatch.yaml';

const program = new Command()
  .name('wirewatch')
  .description('News monitoring: fetch feeds, strip boilerplate, deduplicate stories, tag attributed claims')
  .showHelpAfterError();

program
  .command('run')
  .description('crawl the feeds of a config file with the embedded pipeline (no Redis)')
  .option('-c, --config <file>', 'YAML config file', DEFAULT_CONFIG_FILE)
  .option('--once', 'poll every feed once, then exit (default: keep polling on each feed interval)', false)
  .option('--out <dir>', 'output directory for articles.ndjson (overrides the config)')
  .option('--data-dir <dir>', 'state directory (overrides the config)')
  .option('--json', 'print the run summary as JSON', false)
  .action(async (opts: { config: string; once: boolean; out?: string; dataDir?: string; json: boolean }) => {
    const config = loadConfigFile(opts.config);
    if (opts.out) config.outDir = opts.out;
    if (opts.dataDir) config.dataDir = opts.dataDir;
    const { runCrawl } = await import('./run.js');
    await runCrawl(config, { once: opts.once, json: opts.json }, createLogger());
  });

program
  .command('demo')
  .description('start the local demo news sites and crawl them once')
  .option('--data-dir <dir>', 'state directory', './.wirewatch-demo')
  .option('--out <dir>', 'output directory', './out')
  .addOption(new Option('--port <n>', 'port for the demo sites (default: 47611, or a free one)').argParser((v) => Number.parseInt(v, 10)))
  .option('--json', 'print the run summary as JSON', false)
  .action(async (opts: { dataDir: string; out: string; port?: number; json: boolean }) => {
    const { runDemo } = await import('./demo.js');
    await runDemo({ dataDir: opts.dataDir, outDir: opts.out, json: opts.json, ...(opts.port !== undefined ? { port: opts.port } : {}) }, createLogger());
  });

program
  .command('extract')
  .description('extract one page (file or - for stdin) or a JSONL batch of {"id","url","html_path"}')
  .argument('[file]', 'HTML file, or - for stdin')
  .option('--url <url>', 'the page URL (required for a single page)')
  .option('--jsonl <file>', 'JSONL input: one {"id","url","html_path"} per line')
  .action(async (file: string | undefined, opts: { url?: string; jsonl?: string }) => (await tools()).extractCommand(file, opts));

program
  .command('dedup')
  .description('deduplicate articles given in arrival order: JSONL {"id","url","title","text","published"}')
  .requiredOption('--jsonl <file>', 'JSONL input, or - for stdin')
  .action(async (opts: { jsonl: string }) => (await tools()).dedupCommand(opts));

program
  .command('claims')
  .description('tag attributed claims: JSONL {"id","title","text","published","language"?} → {"id","claimsStatus","claims"}')
  .requiredOption('--jsonl <file>', 'JSONL input, or - for stdin')
  .option('--timeline', 'also read "storyId", "siteName"/"outlet", "duplicateOf" and end with one {"timeline": ...} line', false)
  .option('-c, --config <file>', 'wirewatch.yaml whose `claims` section (measure packs, aliases) the tagger uses')
  .action(async (opts: { jsonl: string; timeline?: boolean; config?: string }) => {
    const tagger = opts.config ? tagOptionsFrom(loadConfigFile(opts.config)) : {};
    await (await tools()).claimsCommand({ jsonl: opts.jsonl, ...(opts.timeline ? { timeline: true } : {}), tagger });
  });

addDistributedCommands(program);
addFeedsCommands(program);

program
  .command('schema')
  .description('print the JSON Schema of the output document (wirewatch.article/v1)')
  .action(async () => {
    const { outputJsonSchema } = await import('./schema.js');
    process.stdout.write(`${JSON.stringify(outputJsonSchema(), null, 2)}\n`);
  });

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof ConfigError || err instanceof InputError) {
    process.stderr.write(`wirewatch: ${err.message}\n`);
    process.exit(2);
  }
  const code = (err as { code?: unknown }).code;
  process.stderr.write(`wirewatch: ${typeof code === 'string' ? `[${code}] ` : ''}${(err as Error).message}\n`);
  process.exit(1);
}
