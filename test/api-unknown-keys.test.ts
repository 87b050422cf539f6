/**
 * Unknown keys are refused by the HTTP API as by the config file and the CLI:
 * the stable code, the key's path and the known key it most likely meant.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../api/server.js';
import { parseConfig } from '../config/load.js';
import { openFeedService } from '../feeds/service.js';

let api: RunningApi;
let closeService: () => void;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wirewatch-api-keys-'));
  const { service, close } = openFeedService(parseConfig({ dataDir: join(dir, 'data') }, 'test'));
  closeService = close;
  api = await startApi({ service, host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await api?.close();
  closeService?.();
});

async function post(path: string, body: unknown): Promise<{ status: number; json: { error: { code: string; message: string } } }> {
  const res = await fetch(`${api.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as { error: { code: string; message: string } } };
}

describe('unknown keys in the HTTP API', () => {
  it('refuses a misspelt field of an added feed with the field it most likely meant', async () => {
    const { status, json } = await post('/feeds', { url: 'https://example.com/rss.xml', intervalSec: 600 });
    expect(status).toBe(422);
    expect(json.error.code).toBe('CONFIG_INVALID');
    expect(json.error.message).toContain('intervalSec: unknown key [CONFIG_UNKNOWN_KEY]; did you mean `intervalSecs`?');
  });

  it('lists the known keys when nothing is close', async () => {
    const { status, json } = await post('/feeds/test', { url: 'https://example.com/rss.xml', colour: 'red' });
    expect(status).toBe(422);
    expect(json.error.message).toContain('colour: unknown key [CONFIG_UNKNOWN_KEY]; known keys here: url');
  });
});
