/**
 * `wirewatch watches ...`: operators add, list, test and remove watches
 * without editing the config file (the config file's `watches:` are listed
 * too, and can only be changed there). Watches and their delivery state live
 * in the data directory; `test` reads its article log. Refusals exit 2 with
 * the code and the reason, as `feeds` commands do.
 */
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import type { WatchService, WatchTestReport, WatchView } from '../local/watch-service.js';
import { configFrom, reportRefusal } from './feeds.js';
import { readTextInput } from './io.js';

interface CommonOptions {
  config?: string;
  dataDir?: string;
  json: boolean;
}

/** The criteria flags shared by `add` and `test`. */
interface CriteriaOptions {
  name?: string;
  query?: string;
  entity: string[];
  claim: string[];
  feed: string[];
  site: string[];
  webhook?: string;
  secret?: string;
  digest?: boolean;
  includeDuplicates?: boolean;
  alerts?: string;
  paused?: boolean;
  file?: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function common(cmd: Command): Command {
  return cmd
    .option('-c, --config <file>', 'YAML config file: data directory, config-file watches (default: ./wirewatch.yaml when present, else the defaults)')
    .option('--data-dir <dir>', 'state directory (overrides the config)')
    .option('--json', 'print the answer as JSON', false);
}

function criteria(cmd: Command): Command {
  return cmd
    .option('--query <expr>', 'keywords: words, "phrases", AND OR NOT, ( ), prefix*, a NEAR/5 b')
    .option('--entity <name>', 'a name the document must hold (written case) or a source id; repeat for any of several', collect, [])
    .option('--claim <filter>', 'a claim filter such as "killed >= 1,000" or "casualties >= 500 source=nis"; repeat for any of several', collect, [])
    .option('--feed <id>', 'only documents of this feed; repeat for any of several', collect, [])
    .option('--site <host>', 'only documents of this site (a subdomain counts); repeat for any of several', collect, []);
}

/** The watch definition the flags (or --file, a YAML/JSON definition) describe. */
async function definitionFrom(id: string | undefined, opts: CriteriaOptions): Promise<Record<string, unknown>> {
  const { parseClaimFilter } = await import('../pipeline/watches/index.js');
  const { PermanentError } = await import('../pipeline/errors.js');
  const claimFilter = (text: string): Record<string, unknown> => {
    try {
      return parseClaimFilter(text);
    } catch (err) {
      throw new PermanentError('CONFIG_INVALID', `--claim "${text}": ${(err as Error).message}`);
    }
  };
  const base = opts.file !== undefined ? (parseYaml(await readTextInput(opts.file)) as Record<string, unknown>) : {};
  return {
    ...base,
    ...(id !== undefined ? { id } : {}),
    ...(opts.name !== undefined ? { name: opts.name } : {}),
    ...(opts.query !== undefined ? { query: opts.query } : {}),
    ...(opts.entity.length > 0 ? { entities: opts.entity } : {}),
    ...(opts.claim.length > 0 ? { claims: opts.claim.map(claimFilter) } : {}),
    ...(opts.feed.length > 0 ? { feeds: opts.feed } : {}),
    ...(opts.site.length > 0 ? { sites: opts.site } : {}),
    ...(opts.webhook !== undefined ? { webhook: { url: opts.webhook, secret: opts.secret ?? '' } } : {}),
    ...(opts.digest ? { digest: true } : {}),
    ...(opts.includeDuplicates ? { includeDuplicates: true } : {}),
    ...(opts.alerts !== undefined ? { alerts: opts.alerts.split(',').map((s) => s.trim()) } : {}),
    ...(opts.paused ? { paused: true } : {}),
  };
}

/** Opens the watch service on the config's data dir, runs one operation, prints its value, closes. */
async function run<T>(opts: CommonOptions, operation: (service: WatchService) => T | Promise<T>, format: (value: T) => string): Promise<void> {
  const { openDb } = await import('../runtime/db.js');
  const { SqliteWatchStore } = await import('../runtime/alerts/watch-store.js');
  const { SqliteAlertOutbox } = await import('../local/alert-outbox.js');
  const { ArticleLog } = await import('../local/article-log.js');
  const { WatchService } = await import('../local/watch-service.js');
  const config = await configFrom(opts);
  const db = openDb(config.dataDir);
  try {
    const service = new WatchService(new SqliteWatchStore(db, config.watches), new SqliteAlertOutbox(db), new ArticleLog(db));
    const value = await operation(service);
    process.stdout.write(opts.json ? `${JSON.stringify(value)}\n` : `${format(value)}\n`);
  } catch (err) {
    if ((err as { name?: unknown }).name !== 'PermanentError') throw err;
    reportRefusal(err, opts.json);
  } finally {
    db.close();
  }
}

function criteriaText(definition: Record<string, unknown>): string {
  const parts: string[] = [];
  if (definition.query) parts.push(`query ${JSON.stringify(definition.query)}`);
  for (const key of ['entities', 'feeds', 'sites'] as const) {
    const list = definition[key] as unknown[] | undefined;
    if (list?.length) parts.push(`${key} ${list.map((e) => (typeof e === 'string' ? e : (e as { name: string }).name)).join(', ')}`);
  }
  const claims = definition.claims as Array<Record<string, unknown>> | undefined;
  if (claims?.length)
    parts.push(
      `claims ${claims
        .map((c) =>
          Object.entries(c)
            .map(([k, v]) => `${k}=${v}`)
            .join(' '),
        )
        .join(' | ')}`,
    );
  return parts.join('; ');
}

function formatWatch(view: WatchView): string {
  const d = view.definition;
  const notify = [d.webhook ? `webhook ${(d.webhook as { url: string }).url}` : '', d.digest ? 'digest' : ''].filter(Boolean).join(' + ') || 'no notification';
  const delivery = view.delivery
    .map(
      (h) =>
        `${h.channel}: ${h.delivered} delivered, ${h.pending} pending, ${h.failed} failed${h.lastError ? ` (last error ${h.lastError.code} at ${h.lastError.at}: ${h.lastError.message})` : ''}`,
    )
    .join('; ');
  const flags = [view.origin, d.paused ? 'paused' : '', view.shadowed ? 'shadowed by the config file' : ''].filter(Boolean).join(', ');
  return [`${view.id} (${flags}): ${criteriaText(d)}`, `  notify: ${notify}`, ...(delivery ? [`  delivery: ${delivery}`] : [])].join('\n');
}

function formatTest(report: WatchTestReport, flagLine: (flag: WatchTestReport['matches'][number]['timelineFlags'][number]) => string): string {
  const lines = [`${report.matches.length} match(es) of ${report.watches.join(', ') || 'no watch'} in the last ${report.scanned} article(s):`];
  for (const m of report.matches) {
    const why = [
      m.on === 'story' ? 'its story is watched' : '',
      m.entities.length ? `names ${m.entities.join(', ')}` : '',
      m.alerts.length ? `alerts: ${m.alerts.join(', ')}` : 'no alert',
    ]
      .filter(Boolean)
      .join('; ');
    lines.push(`  [${m.watchId}] ${m.processedAt.slice(0, 16).replace('T', ' ')} ${m.title}${m.siteName ? ` (${m.siteName})` : ''}: ${why}`, `    ${m.url}`);
    for (const claim of m.claims) lines.push(`    claim: ${claim}`);
    for (const flag of m.timelineFlags) lines.push(`    ${flagLine(flag)}`);
  }
  return lines.join('\n');
}

export function addWatchesCommands(program: Command): void {
  const watches = program.command('watches').description('define what to follow, with webhook and digest alerts (kept in the data directory)');

  common(criteria(watches.command('add').description('check and add a watch').argument('<id>')))
    .option('--name <name>', 'display name')
    .option('--webhook <url>', 'POST each alert here (JSON, signed)')
    .option('--secret <secret>', 'HMAC-SHA256 key of the webhook signature (at least 16 characters)')
    .option('--digest', 'add alerts to the daily digest file', false)
    .option('--include-duplicates', 'also alert on copies of an earlier report', false)
    .option('--alerts <kinds>', 'alert kinds: match, timeline (default both)')
    .option('--paused', 'add it paused', false)
    .option('--file <file>', 'the definition as YAML or JSON (- for stdin); flags add to it')
    .action(async (id: string, opts: CommonOptions & CriteriaOptions) => {
      const definition = await definitionFrom(id, opts);
      await run(
        opts,
        (s) => s.add(definition),
        (v) => `added ${formatWatch(v)}`,
      );
    });

  common(watches.command('list').description('every watch (config file and operator-added) with its alert delivery')).action(async (opts: CommonOptions) => {
    await run(
      opts,
      (s) => s.list(),
      (v) => (v.watches.length === 0 ? 'no watches: add one with `wirewatch watches add <id> --query ...`' : v.watches.map(formatWatch).join('\n')),
    );
  });

  common(watches.command('remove').description('remove an operator-added watch').argument('<id>')).action(async (id: string, opts: CommonOptions) => {
    await run(
      opts,
      (s) => s.remove(id),
      (v) => `removed "${v.id}"`,
    );
  });

  common(
    criteria(
      watches
        .command('test')
        .description('what the last N published articles would have matched: one watch by id, a definition given by flags, or every watch')
        .argument('[id]'),
    ),
  )
    .option('--last <n>', 'articles to read from the article log (default 200)', (v) => Number.parseInt(v, 10))
    .option('--file <file>', 'a definition as YAML or JSON to try (- for stdin)')
    .action(async (id: string | undefined, opts: CommonOptions & CriteriaOptions & { last?: number }) => {
      const adHoc = opts.query !== undefined || opts.entity.length + opts.claim.length + opts.feed.length + opts.site.length > 0 || opts.file !== undefined;
      const input = {
        ...(adHoc ? { watch: await definitionFrom(id ?? 'test', opts) } : id !== undefined ? { id } : {}),
        ...(opts.last !== undefined ? { limit: opts.last } : {}),
      };
      const { flagLine } = await import('../runtime/alerts/digest.js');
      await run(
        opts,
        (s) => s.test(input),
        (report) => formatTest(report, flagLine),
      );
    });
}
