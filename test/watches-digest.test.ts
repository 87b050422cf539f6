import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Alert, AlertBody, Watch } from '../pipeline/watches/index.js';
import { appendDigest, digestPaths } from '../runtime/alerts/digest.js';

const dir = mkdtempSync(join(tmpdir(), 'wirewatch-digest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function alertFor(key: string): Alert {
  // Only the fields the digest writes; the full body is built by alertsOf from a document.
  const body = {
    idempotencyKey: key,
    kind: 'match',
    watchId: 'harbour',
    at: '2026-12-06T10:00:00.000Z',
    article: { id: 'a', url: 'https://example.test/a', title: 'Pier repairs start', siteName: 'Example', publishedAt: null },
    entities: [],
    claims: [],
    claimFlags: [],
  } as unknown as AlertBody;
  return { key, watchId: 'harbour', kind: 'match', body };
}

describe('daily digest', () => {
  it('writes an alert once even when its delivery runs again (a crash after the write, before the delivered mark)', () => {
    const watch = { id: 'harbour', digest: true } as unknown as Watch;
    appendDigest(dir, alertFor('harbour.match.doc-1'), watch);
    appendDigest(dir, alertFor('harbour.match.doc-1'), watch);
    appendDigest(dir, alertFor('harbour.match.doc-2'), watch);
    const paths = digestPaths(dir, '2026-12-06');
    const keys = readFileSync(paths.jsonl, 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as AlertBody).idempotencyKey);
    expect(keys).toEqual(['harbour.match.doc-1', 'harbour.match.doc-2']);
    expect(readFileSync(paths.markdown, 'utf8').match(/key: `harbour\.match\.doc-1`/g)).toHaveLength(1);
  });
});
