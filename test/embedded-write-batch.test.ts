// The dedup writes of one page share one SQLite transaction (embedded/db.ts writeBatch).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, writeBatch, type Db } from '../embedded/db.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function twoConnections(): { writer: Db; reader: Db } {
  const dir = mkdtempSync(join(tmpdir(), 'ww-batch-'));
  dirs.push(dir);
  const writer = openDb(dir);
  writer.exec('CREATE TABLE t (k TEXT PRIMARY KEY)');
  return { writer, reader: openDb(dir) };
}

const count = (db: Db): number => (db.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n;

describe('writeBatch', () => {
  it('makes the statements between begin and end visible to other connections only at end', () => {
    const { writer, reader } = twoConnections();
    const batch = writeBatch(writer);
    batch.begin();
    writer.prepare('INSERT INTO t VALUES (?)').run('a');
    // A transaction opened inside the batch (as the dedup store does) becomes a savepoint.
    writer.transaction(() => writer.prepare('INSERT INTO t VALUES (?)').run('b'))();
    expect(count(reader)).toBe(0);
    batch.end();
    expect(count(reader)).toBe(2);
    expect(writer.inTransaction).toBe(false);
    writer.close();
    reader.close();
  });

  it('commits what was written before a failure, and end() twice or without begin() does nothing', () => {
    const { writer, reader } = twoConnections();
    const batch = writeBatch(writer);
    batch.end();
    batch.begin();
    writer.prepare('INSERT INTO t VALUES (?)').run('a');
    expect(() => writer.prepare('INSERT INTO t VALUES (?)').run('a')).toThrow(/UNIQUE/);
    batch.end();
    batch.end();
    expect(count(reader)).toBe(1);
    writer.close();
    reader.close();
  });
});
