/**
 * The `wirewatch` command as users run it: a real child process.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../config/load.js';

const run = promisify(execFile);
const BIN = resolve(import.meta.dirname, '../bin/wirewatch.js');

async function wirewatch(args: string[], stdin?: string, cwd?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = run(process.execPath, [BIN, ...args], { env: { ...process.env, LOG_LEVEL: 'silent' }, ...(cwd !== undefined ? { cwd } : {}) });
  if (stdin !== undefined) {
    child.child.stdin?.end(stdin);
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'wirewatch-cli-'));

const PAGE = `<!doctype html><html lang="en"><head><title>Seoul says 600 killed | Test Wire</title>
<link rel="canonical" href="https://news.example/world/600-killed"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Seoul says 600 killed</h1>
<p>South Korean legislator Lee Seong-kweun, citing Seoul's National Intelligence Service (NIS), disclosed the casualty figures on Wednesday in a closed briefing to lawmakers in the capital.</p>
<p>He said North Korean military fatalities were 600 killed, and overall casualties were around 4,700, according to the briefing given to parliament.</p>
<p>The figures are the first detailed estimate since the deployment began last year and were not independently confirmed by other governments.</p>
</article><footer>© Test Wire</footer></body></html>`;

describe('wirewatch CLI', () => {
  it('extracts a page from stdin', async () => {
    const { code, stdout } = await wirewatch(['extract', '-', '--url', 'https://news.example/world/600-killed?utm_source=x'], PAGE);
    expect(code).toBe(0);
    const article = JSON.parse(stdout) as { title: string; text: string; canonicalUrl: string };
    expect(article.title).toBe('Seoul says 600 killed');
    expect(article.canonicalUrl).toBe('https://news.example/world/600-killed');
    expect(article.text).toContain('overall casualties were around 4,700');
    expect(article.text).not.toContain('Home');
  });

  it('extracts a JSONL batch and keeps going past a bad line', async () => {
    const page = join(tmp, 'page.html');
    writeFileSync(page, PAGE);
    const input = join(tmp, 'pages.jsonl');
    writeFileSync(
      input,
      `${JSON.stringify({ id: 'a', url: 'https://news.example/a', html_path: 'page.html' })}\n${JSON.stringify({ id: 'b', url: 'https://news.example/b', html_path: 'missing.html' })}\n`,
    );
    const { code, stdout, stderr } = await wirewatch(['extract', '--jsonl', input]);
    expect(code, stderr).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; text?: string; error?: { code: string } });
    expect(lines[0]?.id).toBe('a');
    expect(lines[0]?.text).toContain('600 killed');
    expect(lines[1]).toMatchObject({ id: 'b', error: { code: 'EXTRACT_FAILED' } });
  });

  it('D12 claims, dedup and extract --jsonl with bad lines in the middle: every good line processed, each bad line reported FILE:LINE: CODE, exit 2 at the end', async () => {
    const page = join(tmp, 'page-d12.html');
    writeFileSync(page, PAGE);
    const text = 'About 300 workers were laid off at the Ohio plant in March, the company said in a statement on Tuesday.';
    const good = (n: number, extra: Record<string, unknown> = {}) =>
      JSON.stringify({ id: `g${n}`, url: `https://news.example/a${n}`, html_path: 'page-d12.html', title: `T${n}`, text: `${text} (${n})`, ...extra });
    // Lines 2, 4, 5 and 7 are bad; 6 is blank (skipped, not bad).
    const lines = [
      good(1),
      '{"id": "broken",',
      good(3),
      '[1, 2]',
      JSON.stringify({ id: 'no-text-or-url' }),
      '',
      good(8).replace('"g8"', '"g7"'),
      'not json at all',
      good(9),
    ];
    const input = join(tmp, 'd12.jsonl');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const bad = (stderr: string) =>
      stderr
        .split('\n')
        .filter((l) => l.startsWith(`${input}:`) && /^[^:]+:\d+: /.test(l))
        .map((l) => l.slice(input.length + 1).split(' ')[0]);
    for (const args of [
      ['claims', '--jsonl', input],
      ['dedup', '--jsonl', input],
      ['extract', '--jsonl', input],
    ]) {
      const { code, stdout, stderr } = await wirewatch(args);
      expect(code, `${args[0]}: ${stderr}`).toBe(2);
      const ids = stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { id: string }).id);
      expect(ids, args[0]).toEqual(['g1', 'g3', 'g7', 'g9']);
      expect(bad(stderr), args[0]).toEqual(['2:', '4:', '5:', '8:']);
      expect(stderr).toContain(`${input}:2: LINE_NOT_JSON`);
      expect(stderr).toContain(`${input}:4: LINE_NOT_OBJECT`);
      expect(stderr).toMatch(new RegExp(`${input}:5: FIELD_INVALID field "(text|url)"`));
      expect(stderr).toContain(`${input}: 8 lines, 4 processed, 4 bad`);
    }
  });

  it('D12 dedup with a bad URL names its line: URL_INVALID, exit 2, the other lines processed', async () => {
    const input = join(tmp, 'd12-url.jsonl');
    const text = 'The council approved the new budget on Monday after a long debate about the cost of the harbour works.';
    writeFileSync(
      input,
      `${[
        { id: 'a', url: 'https://news.example/a', title: 'Budget', text },
        { id: 'b', url: 'not a url', title: 'Budget', text },
        { id: 'c', url: 'https://other.example/c', title: 'Budget', text },
      ]
        .map((l) => JSON.stringify(l))
        .join('\n')}\n`,
    );
    const { code, stdout, stderr } = await wirewatch(['dedup', '--jsonl', input]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${input}:2: URL_INVALID`);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; duplicateOf: string | null });
    expect(out.map((o) => o.id)).toEqual(['a', 'c']);
  });

  it('a clean batch exits 0 with its summary on stderr', async () => {
    const input = join(tmp, 'clean.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 'x', title: 'T', text: 'About 300 workers were laid off, the company said.' })}\n`);
    const { code, stderr } = await wirewatch(['claims', '--jsonl', input]);
    expect(code).toBe(0);
    expect(stderr).toContain(`${input}: 1 lines, 1 processed, 0 bad`);
  });

  it('tags claims from JSONL', async () => {
    const input = join(tmp, 'claims.jsonl');
    const text =
      "South Korea's intelligence service estimates that around 6,000 North Korean soldiers fighting alongside Russian forces have been killed or wounded, Yonhap news agency reported.";
    writeFileSync(input, `${JSON.stringify({ id: 'x', title: 'Losses mount', text, published: '2026-01-12' })}\n`);
    const { code, stdout } = await wirewatch(['claims', '--jsonl', input]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { id: string; claims: Array<{ value: number; bound: string; source: string; via: string }> };
    expect(out.id).toBe('x');
    expect(out.claims).toEqual(expect.arrayContaining([expect.objectContaining({ value: 6000, bound: '~', source: 'south-korea-nis', via: 'yonhap' })]));
  });

  it('tags with the packs and aliases of --config, and flags an article in another language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wirewatch-cli-claims-'));
    writeFileSync(join(dir, 'wirewatch.yaml'), 'claims:\n  packs: [layoffs]\n  aliases:\n    acme-motors: [Acme Motors, Acme]\n');
    const input = join(dir, 'in.jsonl');
    const lines = [
      { id: 'en', title: 'Acme trims staff', text: 'About 300 workers were laid off at the Ohio plant in March, Acme said.' },
      { id: 'de', title: 'Acme baut Stellen ab', text: 'Rund 300 Beschäftigte verlieren ihre Stelle, sagte ein Sprecher.', language: 'de' },
    ];
    writeFileSync(input, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const plain = await wirewatch(['claims', '--jsonl', input]);
    const configured = await wirewatch(['claims', '--jsonl', input, '--config', join(dir, 'wirewatch.yaml')]);
    expect([plain.code, configured.code]).toEqual([0, 0]);
    const [plainEn] = plain.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const [en, de] = configured.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(plainEn.claims[0]).toMatchObject({ kind: 'quantity', measure: null, source: null });
    expect(en).toMatchObject({ claimsStatus: 'tagged', claims: [expect.objectContaining({ measure: 'laid_off', value: 300, source: 'acme-motors' })] });
    expect(de).toEqual({ id: 'de', claimsStatus: 'language_not_supported', claims: [] });
  });

  it('builds the claim timeline with --timeline and flags a copy that drifts', async () => {
    const input = join(tmp, 'timeline.jsonl');
    const lines = [
      {
        id: 'orig',
        title: 'Losses reported',
        siteName: 'Wire A',
        published: '2024-12-23',
        storyId: 's1',
        text: 'The JCS said in a statement that North Korean troops have suffered around 1,100 casualties, according to the Joint Chiefs of Staff.',
      },
      {
        id: 'copy',
        title: 'Losses pass 1,100',
        siteName: 'Outlet B',
        published: '2024-12-23',
        storyId: 's1',
        duplicateOf: 'orig',
        text: "Over 1,100 North Korean soldiers have been killed or wounded, according to South Korea's Joint Chiefs of Staff (JCS).",
      },
    ];
    writeFileSync(input, lines.map((l) => JSON.stringify(l)).join('\n'));
    const { code, stdout, stderr } = await wirewatch(['claims', '--jsonl', input, '--timeline']);
    expect(code, stderr).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { timeline?: { flags: Array<{ type: string; articleId?: string }> } });
    const timeline = out.at(-1)?.timeline;
    expect(timeline?.flags).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'drift', articleId: 'copy' })]));
  });

  it('deduplicates JSONL in arrival order', async () => {
    const input = join(tmp, 'dedup.jsonl');
    const text = PAGE.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    writeFileSync(
      input,
      [
        { id: 'one', url: 'https://a.example/story', title: 'Seoul says 600 killed', text, published: '2025-04-30' },
        { id: 'two', url: 'https://b.example/copy', title: 'Seoul says 600 killed', text, published: '2025-04-30' },
      ]
        .map((l) => JSON.stringify(l))
        .join('\n'),
    );
    const { code, stdout } = await wirewatch(['dedup', '--jsonl', input]);
    expect(code).toBe(0);
    const [a, b] = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; duplicateOf: string | null; storyId: string });
    expect(a?.duplicateOf).toBeNull();
    expect(b?.duplicateOf).toBe('one');
    expect(b?.storyId).toBe(a?.storyId);
  });

  it('refuses a bad config with exit code 2 and every problem listed', async () => {
    const file = join(tmp, 'bad.yaml');
    writeFileSync(file, 'feeds:\n  - id: x\n    url: not a url\n  - id: x\n    url: https://example.com/rss\n    pollIntervalSecs: 1\n');
    const { code, stderr } = await wirewatch(['run', '--once', '--config', file]);
    expect(code).toBe(2);
    expect(stderr).toContain('feeds.0.url');
    expect(stderr).toContain('feeds.1.pollIntervalSecs');
    expect(stderr).toContain('feeds.1.id');
  });

  it('explains a missing single-page URL', async () => {
    const { code, stderr } = await wirewatch(['extract', '-'], PAGE);
    expect(code).toBe(2);
    expect(stderr).toContain('--url');
  });

  it('prints its version', async () => {
    const { code, stdout } = await wirewatch(['--version']);
    expect(code).toBe(0);
    const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8')) as { version: string };
    expect(stdout.trim()).toBe(version);
  });

  it('prints the API token the dashboard asks for, or says how to set one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wirewatch-token-'));
    try {
      const config = join(dir, 'wirewatch.yaml');
      writeFileSync(config, 'api:\n  token: "a-token-of-at-least-16-chars"\n');
      const set = await wirewatch(['token', '-c', config]);
      expect(set).toMatchObject({ code: 0, stdout: 'a-token-of-at-least-16-chars\n' });
      // An empty directory: no ./wirewatch.yaml, so no token.
      const empty = join(dir, 'empty');
      mkdirSync(empty);
      const unset = await wirewatch(['token'], undefined, empty);
      expect(unset.code).toBe(1);
      expect(unset.stderr).toContain('no API token is set');
      expect(unset.stderr).toMatch(/ {4}token: "[A-Za-z0-9_-]{32}"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 with the usage line on a usage error', async () => {
    const unknownOption = await wirewatch(['run', '--bogus']);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain("unknown option '--bogus'");
    expect(unknownOption.stderr).toContain('Usage: wirewatch run [options]');
    const missingArgument = await wirewatch(['feeds', 'add']);
    expect(missingArgument.code).toBe(2);
    expect(missingArgument.stderr).toContain('Usage: wirewatch feeds add [options] <url>');
    const unknownCommand = await wirewatch(['fetch']);
    expect(unknownCommand.code).toBe(2);
  });

  it('runs without a config file in an empty directory, with the defaults', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wirewatch-empty-'));
    const list = await wirewatch(['feeds', 'list', '--json'], undefined, dir);
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([]);
    expect(existsSync(join(dir, '.wirewatch'))).toBe(true);
    const once = await wirewatch(['run', '--once', '--json'], undefined, dir);
    expect(once.code, once.stderr).toBe(0);
    // The dry run checks the URL with the default policy: loopback is refused, not a missing file.
    const test = await wirewatch(['feeds', 'test', 'http://127.0.0.1:9/feed.xml'], undefined, dir);
    expect(test.code).toBe(2);
    expect(test.stderr).toContain('SSRF_BLOCKED_ADDRESS');
    expect(test.stderr).not.toContain('ENOENT');
  });

  it('refuses an unknown config key with the key it most likely meant', async () => {
    const file = join(tmp, 'typo.yaml');
    writeFileSync(file, 'crawler:\n  concurency: 4\n');
    const { code, stderr } = await wirewatch(['feeds', 'list', '-c', file]);
    expect(code).toBe(2);
    expect(stderr).toContain('crawler.concurency: unknown key [CONFIG_UNKNOWN_KEY]; did you mean `concurrency`?');
  });

  it('writes a commented config with init, and keeps an existing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wirewatch-init-'));
    const first = await wirewatch(['init'], undefined, dir);
    expect(first.code, first.stderr).toBe(0);
    const text = readFileSync(join(dir, 'wirewatch.yaml'), 'utf8');
    expect(parseConfig(parseYaml(text))).toEqual(parseConfig({}));
    expect(text).toContain('concurrency: 4 # integer 1..64');
    const again = await wirewatch(['init'], undefined, dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
  });
});

describe('wirewatch extract --fetch', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/world/600-killed') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      else res.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('fetches a page through the crawl fetcher and extracts it', async () => {
    const config = join(tmp, 'loopback.yaml');
    writeFileSync(config, `crawler:\n  allowPrivate:\n    hosts: ["${new URL(base).host}"]\n`);
    const { code, stdout, stderr } = await wirewatch(['extract', '--fetch', `${base}/world/600-killed`, '-c', config]);
    expect(code, stderr).toBe(0);
    const article = JSON.parse(stdout) as { title: string; text: string };
    expect(article.title).toBe('Seoul says 600 killed');
    expect(article.text).toContain('overall casualties were around 4,700');
  });

  it('refuses a loopback URL the config does not allow, with its code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wirewatch-ssrf-'));
    const { code, stdout, stderr } = await wirewatch(['extract', '--fetch', `${base}/world/600-killed`], undefined, dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('[SSRF_BLOCKED_ADDRESS]');
  });
});
