/**
 * Appends article documents to `<outDir>/articles.ndjson`, one JSON document per
 * line. Append-only: a run adds only what it published, so a second run over the
 * same data adds nothing.
 *
 * With the state database (the embedded mode), the file is journaled: a line is
 * appended only after its article-log row is committed, and a cursor row records
 * how far the file holds every committed row (file bytes, last article rowid). A
 * crash between a commit and its appends leaves rows after the cursor without
 * their lines: `recover()` at start appends exactly those, reading only the
 * file's bytes after the cursor to see which lines made it. So every committed
 * document is in the file once.
 */
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readSync, statSync, truncateSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import type { ArticleDocument } from '../pipeline/output.js';
import type { Db } from '../runtime/db.js';

export const OUTPUT_FILE_NAME = 'articles.ndjson';

interface Cursor {
  bytes: number;
  lastRowid: number;
}

export class NdjsonOutput {
  readonly path: string;
  readonly #db: Db | null;
  #saveCursor: Database.Statement | null = null;
  /** A line failed to append: the cursor stays where it was, and the next start writes the rest. */
  #broken = false;

  constructor(outDir: string, options: { db?: Db } = {}) {
    const dir = resolve(outDir);
    mkdirSync(dir, { recursive: true });
    this.path = join(dir, OUTPUT_FILE_NAME);
    this.#db = options.db ?? null;
    if (this.#db) {
      this.#db.exec('CREATE TABLE IF NOT EXISTS output_cursor (path TEXT PRIMARY KEY, bytes INTEGER NOT NULL, last_rowid INTEGER NOT NULL)');
      this.#saveCursor = this.#db.prepare(
        'INSERT INTO output_cursor (path, bytes, last_rowid) VALUES (?, ?, ?) ON CONFLICT(path) DO UPDATE SET bytes = excluded.bytes, last_rowid = excluded.last_rowid',
      );
    }
  }

  /** Appends a document; `rowid` (its article-log row, already committed) moves the cursor past it; `json` is the document serialised, when the caller has it. */
  write(doc: ArticleDocument, rowid?: number, json: string = JSON.stringify(doc)): void {
    try {
      // One appendFileSync per line keeps each line whole even if the process dies mid-run.
      appendFileSync(this.path, `${json}\n`);
    } catch (err) {
      this.#broken = true;
      throw err;
    }
    if (rowid !== undefined && this.#saveCursor && !this.#broken) this.#saveCursor.run(this.path, statSync(this.path).size, rowid);
  }

  /**
   * Appends the committed documents whose lines a crash kept from the file (rows
   * after the cursor whose idempotency key is not in the file after the cursor's
   * bytes). Returns how many lines it appended. Call before the crawl writes.
   */
  recover(): number {
    const db = this.#db;
    if (!db || !this.#saveCursor) return 0;
    const maxRowid = (db.prepare('SELECT COALESCE(MAX(rowid), 0) FROM articles').pluck().get() as number) ?? 0;
    const cursor = db.prepare('SELECT bytes, last_rowid AS lastRowid FROM output_cursor WHERE path = ?').get(this.path) as Cursor | undefined;
    dropPartialLastLine(this.path);
    const size = existsSync(this.path) ? statSync(this.path).size : 0;
    if (!cursor) {
      // A data directory from before the journal: its file is taken as complete.
      this.#saveCursor.run(this.path, size, maxRowid);
      return 0;
    }
    // A file smaller than the cursor was replaced (rotated, deleted): its lines are all after the cursor.
    const from = size < cursor.bytes ? 0 : cursor.bytes;
    const inFile = keysInFile(this.path, from, size);
    const rows = db.prepare('SELECT rowid, idempotency_key AS key, document FROM articles WHERE rowid > ? ORDER BY rowid').all(cursor.lastRowid) as Array<{
      rowid: number;
      key: string;
      document: string;
    }>;
    let appended = 0;
    for (const row of rows) {
      if (inFile.has(row.key)) continue;
      appendFileSync(this.path, `${row.document}\n`);
      appended += 1;
    }
    this.#saveCursor.run(this.path, existsSync(this.path) ? statSync(this.path).size : 0, maxRowid);
    return appended;
  }
}

/** A line cut by a crash mid-append (no final newline) is not a document: it is removed and written again whole. */
function dropPartialLastLine(path: string): void {
  if (!existsSync(path)) return;
  const size = statSync(path).size;
  if (size === 0) return;
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(Math.min(size, TAIL_CHUNK_BYTES));
    let end = size;
    for (;;) {
      const start = Math.max(0, end - chunk.length);
      readSync(fd, chunk, 0, end - start, start);
      const view = chunk.subarray(0, end - start);
      if (end === size && view[view.length - 1] === NEWLINE) return;
      const at = view.lastIndexOf(NEWLINE);
      if (at !== -1) {
        truncateSync(path, start + at + 1);
        return;
      }
      if (start === 0) {
        truncateSync(path, 0);
        return;
      }
      end = start;
    }
  } finally {
    closeSync(fd);
  }
}

const NEWLINE = 0x0a;
const TAIL_CHUNK_BYTES = 1024 * 1024;

/** Idempotency keys of the whole lines in bytes [from, to) of the file. */
function keysInFile(path: string, from: number, to: number): Set<string> {
  const keys = new Set<string>();
  if (to <= from) return keys;
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(to - from);
    readSync(fd, buffer, 0, buffer.length, from);
    for (const line of buffer.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      try {
        const key = (JSON.parse(line) as { idempotencyKey?: unknown }).idempotencyKey;
        if (typeof key === 'string') keys.add(key);
      } catch {
        // A line that is not JSON names no document.
      }
    }
  } finally {
    closeSync(fd);
  }
  return keys;
}
