/**
 * The `watches` and `alerts` sections of the config file: strict like every
 * section (an unknown key gets the key it most likely meant), every problem
 * listed with its path, and `init` writes both with their defaults.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../config/load.js';
import { configTemplate } from '../config/template.js';
import { parse as parseYaml } from 'yaml';

function problems(raw: unknown): string[] {
  try {
    parseConfig(raw, 'test');
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.map((p) => `${p.path}: ${p.message}`);
    throw err;
  }
  return [];
}

describe('watches in the config file', () => {
  it('accepts a watch with every kind of criterion and applies the defaults', () => {
    const config = parseConfig(
      {
        watches: [
          {
            id: 'nk',
            query: '"north korean" NEAR/5 troops',
            entities: ['NIS', { name: 'Yonhap' }],
            claims: [{ measure: 'killed', min: 1000 }],
            sites: ['example.org'],
          },
        ],
      },
      'test',
    );
    expect(config.watches[0]).toMatchObject({ alerts: ['match', 'timeline'], digest: false, includeDuplicates: false, paused: false, feeds: [] });
    expect(config.watches[0]?.entities[1]).toEqual({ name: 'Yonhap', aliases: [] });
    expect(config.alerts).toEqual({ webhookTimeoutMs: 10_000, maxAttempts: 8, retryBaseMs: 2000, maxRetryDelayMs: 900_000 });
  });

  it('lists every problem with its path: a typo, a bad query, a short secret, an empty watch, a duplicate id', () => {
    const found = problems({
      watches: [
        { id: 'a', qurey: 'x' },
        { id: 'b', query: 'x NEAR/3 (y AND z)' },
        { id: 'c', query: 'x', webhook: { url: 'https://h.example.org/', secret: 'short' } },
        { id: 'a', claims: [{}] },
      ],
      alerts: { maxAttempt: 3 },
    });
    expect(found).toEqual(
      expect.arrayContaining([
        'watches.0.qurey: unknown key [CONFIG_UNKNOWN_KEY]; did you mean `query`?',
        'watches.1.query: NEAR joins words, phrases or OR groups of them, not AND or NOT',
        'watches.2.webhook.secret: webhook secret: at least 16 characters',
        'watches.3.claims.0: a claim filter needs at least one of measure, kind, unit, source, min, max',
        'watches.3.id: duplicate watch id "a" (first at watches.0)',
        'alerts.maxAttempt: unknown key [CONFIG_UNKNOWN_KEY]; did you mean `maxAttempts`?',
      ]),
    );
  });

  it('init writes the watches list and the alerts section, and the file parses', () => {
    const template = configTemplate();
    expect(template).toContain('watches: [] # a list; each item:');
    expect(template).toContain('alerts: [ match, timeline ]');
    expect(template).toContain('maxAttempts: 8');
    expect(() => parseConfig(parseYaml(template), 'template')).not.toThrow();
  });
});
