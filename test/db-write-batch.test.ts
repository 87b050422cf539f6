// Group commit of the embedded state writes (runtime/db.ts writeBatch).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, writeBatch, type Db } from '../runtime/db.js';

const dirs: string[] = [];
const opened: Db[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A writer and a second connection that sees only committed rows. */
function twoConnections(): { writer: Db; reader: Db } {
  const dir = mkdtempSync(join(tmpdir(), 'ww-batch-'));
  dirs.push(dir);
  const writer = openDb(dir);
  writer.exec('CREATE TABLE t (k TEXT PRIMARY KEY)');
  const reader = openDb(dir);
  opened.push(writer, reader);
  return { writer, reader };
}

const count = (db: Db): number => (db.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n;

function step(db: Db, batch: ReturnType<typeof writeBatch>, key: string): void {
  batch.begin();
  db.prepare('INSERT INTO t VALUES (?)').run(key);
  batch.end();
}

describe('writeBatch', () => {
  it('commits once per group of steps, and runs afterCommit callbacks only then', () => {
    const { writer, reader } = twoConnections();
    const batch = writeBatch(writer, { steps: 2, delayMs: 60_000 });
    const written: string[] = [];
    step(writer, batch, 'a');
    // A transaction opened inside the group (as the dedup store does) becomes a savepoint.
    writer.transaction(() => writer.prepare('INSERT INTO t VALUES (?)').run('b'))();
    batch.afterCommit(() => written.push('doc-a'));
    expect(count(reader)).toBe(0);
    expect(written).toEqual([]);
    step(writer, batch, 'c');
    expect(count(reader)).toBe(3);
    expect(written).toEqual(['doc-a']);
    expect(writer.inTransaction).toBe(false);
    // Nothing pending: the callback runs at once.
    batch.afterCommit(() => written.push('doc-b'));
    expect(written).toEqual(['doc-a', 'doc-b']);
  });

  it('commits an idle group after delayMs, and at flush()', async () => {
    const { writer, reader } = twoConnections();
    const batch = writeBatch(writer, { steps: 100, delayMs: 30 });
    step(writer, batch, 'a');
    expect(count(reader)).toBe(0);
    await sleep(150);
    expect(count(reader)).toBe(1);
    step(writer, batch, 'b');
    batch.flush();
    expect(count(reader)).toBe(2);
  });

  it('keeps what a failed step wrote, and end() without begin() does nothing', () => {
    const { writer, reader } = twoConnections();
    const batch = writeBatch(writer, { steps: 1 });
    batch.end();
    batch.begin();
    writer.prepare('INSERT INTO t VALUES (?)').run('a');
    expect(() => writer.prepare('INSERT INTO t VALUES (?)').run('a')).toThrow(/UNIQUE/);
    batch.end();
    batch.end();
    expect(count(reader)).toBe(1);
  });
});

describe('writeBatch holds (a page between its dedup step and its document)', () => {
  it('defers a due commit until the last hold is released; ready() waits for it', async () => {
    const { writer, reader } = twoConnections();
    const batch = writeBatch(writer, { steps: 1, delayMs: 60_000 });
    const release = batch.hold();
    step(writer, batch, 'dedup-state');
    // The step made the group due, but the page holds: nothing is committed without its document.
    expect(count(reader)).toBe(0);
    let readyAt = 0;
    const ready = batch.ready().then(() => {
      readyAt = count(reader);
    });
    writer.prepare('INSERT INTO t VALUES (?)').run('document');
    expect(count(reader)).toBe(0);
    release();
    release(); // a second call does nothing
    await ready;
    expect(count(reader)).toBe(2);
    expect(readyAt).toBe(2);
    // Nothing due: ready() resolves at once.
    await batch.ready();
  });

  it('commits a due group only when no page holds, whatever the order of releases', () => {
    const { writer, reader } = twoConnections();
    const batch = writeBatch(writer, { steps: 1, delayMs: 60_000 });
    const first = batch.hold();
    step(writer, batch, 'a');
    const second = batch.hold();
    step(writer, batch, 'b');
    first();
    expect(count(reader)).toBe(0);
    second();
    expect(count(reader)).toBe(2);
  });
});

describe('writeBatch failures', () => {
  it('reports a throwing afterCommit callback and still runs the others', () => {
    const { writer } = twoConnections();
    const errors: string[] = [];
    const batch = writeBatch(writer, { steps: 1, onError: (err) => errors.push(err.message) });
    const ran: string[] = [];
    batch.begin();
    writer.prepare('INSERT INTO t VALUES (?)').run('a');
    batch.afterCommit(() => {
      throw new Error('disk full');
    });
    batch.afterCommit(() => ran.push('second'));
    batch.end();
    expect(errors).toEqual(['disk full']);
    expect(ran).toEqual(['second']);
  });

  it('keeps the group open when COMMIT fails, and commits it at the next try', () => {
    // A database whose first COMMIT fails (SQLITE_BUSY, SQLITE_IOERR): hard to provoke
    // in WAL mode, where the writer already holds the lock, so the connection is simulated.
    let failNext = true;
    const executed: string[] = [];
    const fake = {
      inTransaction: false,
      exec(sql: string) {
        if (sql === 'COMMIT' && failNext) {
          failNext = false;
          throw new Error('database is locked');
        }
        executed.push(sql);
        fake.inTransaction = sql === 'BEGIN';
      },
    };
    const batch = writeBatch(fake as unknown as Db, { steps: 1 });
    const ran: string[] = [];
    batch.begin();
    batch.afterCommit(() => ran.push('doc-a'));
    expect(() => batch.end()).toThrow(/locked/);
    expect(ran).toEqual([]);
    expect(fake.inTransaction).toBe(true);
    // The next step joins the still-open group; its end commits both.
    batch.begin();
    batch.end();
    expect(executed).toEqual(['BEGIN', 'COMMIT']);
    expect(ran).toEqual(['doc-a']);
  });
});
