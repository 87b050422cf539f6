import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ConfigError, loadConfig, loadConfigFile, parseConfig } from '../config/load.js';
import { nearestKey, UNKNOWN_KEY_CODE } from '../config/problems.js';
import { configSchema } from '../config/schema.js';
import { configTemplate } from '../config/template.js';

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

  it('refuses unknown keys with their path, a stable code and the key they most likely meant', () => {
    const file = writeTemp(
      'typos.yaml',
      [
        'crawler:',
        '  concurency: 4',
        '  perHost: { minDelayMS: 10 }',
        'feed:',
        '  - id: a',
        'feeds:',
        '  - id: b',
        '    url: https://example.com/b',
        '    intervalSecs: 60',
      ].join('\n'),
    );
    let error: unknown;
    try {
      loadConfigFile(file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'crawler.concurency', code: UNKNOWN_KEY_CODE, suggestion: 'concurrency' }),
        expect.objectContaining({ path: 'crawler.perHost.minDelayMS', code: UNKNOWN_KEY_CODE, suggestion: 'minDelayMs' }),
        expect.objectContaining({ path: 'feed', code: UNKNOWN_KEY_CODE, suggestion: 'feeds' }),
        expect.objectContaining({ path: 'feeds.0.intervalSecs', code: UNKNOWN_KEY_CODE }),
      ]),
    );
    expect((error as ConfigError).message).toContain('crawler.concurency: unknown key [CONFIG_UNKNOWN_KEY]; did you mean `concurrency`?');
  });

  it('suggests only keys close enough to be a typo', () => {
    expect(nearestKey('concurency', ['concurrency', 'cpuThreads'])).toBe('concurrency');
    expect(nearestKey('DataDir', ['dataDir', 'outDir'])).toBe('dataDir');
    expect(nearestKey('colour', ['dataDir', 'outDir', 'crawler', 'feeds'])).toBeUndefined();
  });

  it('makes every object of the schema strict, sections added later included', () => {
    const loose: string[] = [];
    const walk = (schema: z.ZodType, path: string): void => {
      const def = (schema as unknown as { _zod: { def: Record<string, any> } })._zod.def;
      if (def.type === 'object') {
        // A strict object refuses unknown keys with catchall `never`.
        if (def.catchall?._zod?.def?.type !== 'never') loose.push(path || '(root)');
        for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>)) walk(child, path ? `${path}.${key}` : key);
      } else if (def.type === 'array') walk(def.element, `${path}[]`);
      else if (def.innerType) walk(def.innerType, path);
      else if (def.type === 'pipe') walk(def.in, path);
    };
    walk(configSchema, '');
    expect(loose).toEqual([]);
  });

  it('runs with the defaults when no file is named and there is no wirewatch.yaml', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wirewatch-noconfig-'));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(loadConfig()).toEqual(parseConfig({}));
      writeFileSync(join(dir, 'wirewatch.yaml'), 'outDir: ./elsewhere\n');
      expect(loadConfig().outDir).toBe('./elsewhere');
      expect(() => loadConfig('missing.yaml')).toThrow(/cannot read file/);
    } finally {
      process.chdir(cwd);
    }
  });

  it('writes a template with every key and its default, which reads back as the defaults', () => {
    const text = configTemplate();
    expect(parseConfig(parseYaml(text))).toEqual(parseConfig({}));
    // Every key of the defaults (and the optional ones without a default) appears in the text.
    const keys = (value: unknown): string[] =>
      typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.entries(value).flatMap(([k, v]) => [k, ...keys(v)]) : [];
    for (const key of [...keys(parseConfig({})), 'cpuThreads', 'token', 'id', 'url', 'pollIntervalSecs', 'allowPattern']) {
      expect(text).toMatch(new RegExp(`^[ #-]*${key}:`, 'm'));
    }
  });
});
