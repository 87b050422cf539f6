/**
 * The embedded output file is journaled (local/ndjson-output.ts): what a crash
 * between an article-log commit and its line leaves behind (no line, or half a
 * line) is written at the next start, once; lines already there are not repeated.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleLog } from '../local/article-log.js';
import { NdjsonOutput } from '../local/ndjson-output.js';
import type { ArticleDocument } from '../pipeline/output.js';
import { openDb } from '../runtime/db.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function doc(n: number): ArticleDocument {
  return {
    idempotencyKey: `key-${n}`,
    article: { id: `a${n}`, siteName: null, publishedAt: null, text: `text ${n}` },
    story: { id: `s${n}` },
    dedup: { status: 'new', duplicateOf: null },
    claims: [],
    provenance: { feedId: 'f', processedAt: `2025-03-03T08:00:0${n}Z` },
  } as unknown as ArticleDocument;
}

const keysIn = (path: string): string[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { idempotencyKey: string }).idempotencyKey);

describe('journaled output file', () => {
  it('writes at start the committed documents a crash kept from the file, once, and drops a cut last line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-journal-'));
    dirs.push(dir);
    const db = openDb(join(dir, 'data'));
    try {
      const articles = new ArticleLog(db);
      const output = new NdjsonOutput(join(dir, 'out'), { db });
      expect(output.recover()).toBe(0);
      // Committed and written: documents 1 and 2.
      for (const n of [1, 2]) output.write(doc(n), articles.publish(doc(n)) as number);
      // The crash: 3 committed but never written, 4 committed and written without its cursor
      // update, 5 committed and cut mid-line.
      articles.publish(doc(3));
      articles.publish(doc(4));
      appendFileSync(output.path, `${JSON.stringify(doc(4))}\n`);
      articles.publish(doc(5));
      appendFileSync(output.path, JSON.stringify(doc(5)).slice(0, 40));
      const restarted = new NdjsonOutput(join(dir, 'out'), { db });
      expect(restarted.recover()).toBe(2);
      expect(keysIn(output.path).sort()).toEqual(['key-1', 'key-2', 'key-3', 'key-4', 'key-5']);
      // A second start finds nothing to write.
      expect(new NdjsonOutput(join(dir, 'out'), { db }).recover()).toBe(0);
      expect(keysIn(output.path)).toHaveLength(5);
    } finally {
      db.close();
    }
  });
});
