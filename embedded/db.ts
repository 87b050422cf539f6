/**
 * The embedded state: one SQLite file in the data directory. WAL mode so a
 * reader (`wirewatch feeds list`, a second CLI call) never blocks the crawl.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DB_FILE_NAME = 'wirewatch.sqlite';

export type Db = Database.Database;

/** Opens (creating when needed) the state database of a data directory. */
export function openDb(dataDir: string): Db {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const db = new Database(join(dir, DB_FILE_NAME));
  db.pragma('journal_mode = WAL');
  // NORMAL is durable across process crashes in WAL mode; only an OS crash can lose the last commit.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // The dedup index (postings of hundreds of terms per article) is read and
  // written at random across a large B-tree: with SQLite's default 2 MB page
  // cache most of those pages are read back from the OS on every article.
  db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  return db;
}

/** SQLite page cache of the state database, KiB. */
const PAGE_CACHE_KIB = 64 * 1024;

/**
 * One transaction around a step that writes many small statements (the dedup of
 * one page): one commit, so each touched page goes to the WAL once instead of once
 * per statement. Statements run in between by other code join it; transactions
 * they open become savepoints. `end()` commits whatever the step wrote, as the
 * statement-by-statement writes did, whether or not the step failed.
 */
export interface WriteBatch {
  begin(): void;
  end(): void;
}

export function writeBatch(db: Db): WriteBatch {
  let open = false;
  return {
    begin() {
      if (open || db.inTransaction) return;
      db.exec('BEGIN');
      open = true;
    },
    end() {
      if (!open) return;
      open = false;
      if (db.inTransaction) db.exec('COMMIT');
    },
  };
}

/** An in-memory database for tests and one-shot tools. */
export function openMemoryDb(): Db {
  return new Database(':memory:');
}
