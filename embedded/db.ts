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
  return db;
}

/** An in-memory database for tests and one-shot tools. */
export function openMemoryDb(): Db {
  return new Database(':memory:');
}
