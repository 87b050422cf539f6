// Document-frequency increments of the SQLite dedup store are written in batches
// (local/dedup-store-sqlite.ts): exact through the store, durable at flush.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createSqliteDedupStore, TERM_COUNT_FLUSH_ARTICLES } from '../local/dedup-store-sqlite.js';

describe('SQLite dedup store term counts', () => {
  it('answers with unwritten increments included, and writes them every TERM_COUNT_FLUSH_ARTICLES articles and at flush()', async () => {
    const db = new Database(':memory:');
    const store = createSqliteDedupStore(db);
    const written = (term: string): number => (db.prepare('SELECT df FROM dedup_terms WHERE term = ?').pluck().get(term) as number | undefined) ?? 0;
    const documentsWritten = (): number => (db.prepare("SELECT value FROM dedup_meta WHERE name = 'documents'").pluck().get() as number | undefined) ?? 0;

    await store.addDocumentTerms(['seoul', 'troops', 'troops']);
    await store.addDocumentTerms(['seoul', '__proto__']);
    expect(await store.termStats(['seoul', 'troops', '__proto__', 'kyiv'])).toEqual({ documents: 2, df: [2, 1, 1, 0] });
    expect(written('seoul')).toBe(0);

    for (let i = 2; i < TERM_COUNT_FLUSH_ARTICLES; i++) await store.addDocumentTerms(['seoul']);
    expect(written('seoul')).toBe(TERM_COUNT_FLUSH_ARTICLES);
    expect(written('__proto__')).toBe(1);
    expect(documentsWritten()).toBe(TERM_COUNT_FLUSH_ARTICLES);

    await store.addDocumentTerms(['kyiv']);
    expect(await store.termStats(['kyiv', 'seoul'])).toEqual({ documents: TERM_COUNT_FLUSH_ARTICLES + 1, df: [1, TERM_COUNT_FLUSH_ARTICLES] });
    expect(written('kyiv')).toBe(0);
    store.flush();
    expect(written('kyiv')).toBe(1);
    expect(documentsWritten()).toBe(TERM_COUNT_FLUSH_ARTICLES + 1);
    expect(await store.termStats(['kyiv'])).toEqual({ documents: TERM_COUNT_FLUSH_ARTICLES + 1, df: [1] });
    db.close();
  });
});
