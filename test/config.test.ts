import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfigFile, parseConfig } from '../config/load.js';

function writeTemp(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'wirewatch-config-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('config', () => {
  it('fills defaults from the schema', () => {
    const config = parseConfig({ feeds: [{ id: 'a', url: 'https://example.com/rss.xml' }] });
    expect(config.dataDir).toBe('./.wirewatch');
    expect(config.crawler.perHost).toEqual({ maxInFlight: 2, minDelayMs: 1000 });
    expect(config.crawler.allowPrivate).toEqual({ hosts: [], cidrs: [] });
    expect(config.feeds[0]).toMatchObject({ kind: 'auto', render: 'auto', pollIntervalSecs: 900, paused: false });
    expect(config.dedup.articlesPerDay).toBe(100_000);
  });

  it('sizes the Redis claim filters from dedup.articlesPerDay, within sane bounds', () => {
    expect(parseConfig({ dedup: { articlesPerDay: 2_000_000 } }).dedup.articlesPerDay).toBe(2_000_000);
    expect(() => parseConfig({ dedup: { articlesPerDay: 10 } })).toThrow(/dedup\.articlesPerDay/);
  });

  it('lists every problem at once, each with its path', () => {
    const file = writeTemp(
      'bad.yaml',
      [
        'crawler:',
        '  perHost: { maxInFlight: 0 }',
        'feeds:',
        '  - id: Bad Id',
        '    url: ftp://example.com/feed',
        '  - id: ok',
        '    url: https://example.com/a',
        '    pollIntervalSecs: 5',
        '    render: sometimes',
        '  - id: ok',
        '    url: https://example.com/b',
      ].join('\n'),
    );
    let error: unknown;
    try {
      loadConfigFile(file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.map((p) => p.path);
    expect(problems).toEqual(
      expect.arrayContaining(['crawler.perHost.maxInFlight', 'feeds.0.id', 'feeds.0.url', 'feeds.1.pollIntervalSecs', 'feeds.1.render', 'feeds.2.id']),
    );
    expect((error as ConfigError).code).toBe('CONFIG_INVALID');
    expect((error as ConfigError).message).toContain('6 problem(s)');
  });

  it('reports unreadable files and broken YAML as config errors', () => {
    expect(() => loadConfigFile('/nonexistent/wirewatch.yaml')).toThrow(/cannot read file/);
    const file = writeTemp('broken.yaml', 'feeds: [\n  - id: a\n');
    expect(() => loadConfigFile(file)).toThrow(/not valid YAML/);
  });
});
