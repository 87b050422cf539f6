/**
 * DedupStore on SQLite for the embedded mode: durable across restarts, in the
 * same database file as the rest of the embedded state. Tables are prefixed
 * `dedup_` and created when missing. Claims are INSERT OR IGNORE + SELECT inside
 * one transaction, so the first writer wins as in every other implementation
 * (test/dedup-contract.test.ts). better-sqlite3 is synchronous; the async port is
 * kept so the pipeline code is the same for every store.
 */
import type Database from 'better-sqlite3';
import type { DedupStore, StoredArticle, StoryInfo, StoryState, TermStats } from '../pipeline/dedup/index.js';
import { shingleSet } from '../pipeline/dedup/minhash.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS dedup_urls (url_key TEXT PRIMARY KEY, article_id TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dedup_texts (text_hash TEXT PRIMARY KEY, article_id TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dedup_bands (band_key TEXT PRIMARY KEY, article_id TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dedup_articles (article_id TEXT PRIMARY KEY, record TEXT NOT NULL, signature BLOB NOT NULL, lede BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dedup_stories (story_id TEXT PRIMARY KEY, record TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dedup_postings (term TEXT NOT NULL, story_id TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (term, story_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dedup_terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dedup_meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
`;

/** SQLite binds at most 999 variables in older builds; batches stay well below. */
const MAX_BATCH = 500;

/** Bytes of a 32-bit signature as written by earlier versions (128 × uint32). */
const LEGACY_SIGNATURE_BYTES = 512;

function toBlob(a: Uint32Array | Uint16Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

function fromBlob(b: Buffer): Uint32Array {
  // Copy: a Buffer's offset inside its pool is not 4-byte aligned in general.
  const copy = new Uint8Array(b.byteLength);
  copy.set(b);
  return new Uint32Array(copy.buffer);
}

function fromBlob16(b: Buffer): Uint16Array {
  const copy = new Uint8Array(b.byteLength);
  copy.set(b);
  return new Uint16Array(copy.buffer);
}

/**
 * Signature and lede set of a row. Rows of older databases hold 32-bit values
 * (their signature is LEGACY_SIGNATURE_BYTES long): they keep the low 16 bits,
 * which is what the current code computes from the same text.
 */
function sketchesFromRow(row: ArticleRow): Pick<StoredArticle, 'signature' | 'ledeShingles'> {
  if (row.signature.byteLength !== LEGACY_SIGNATURE_BYTES) return { signature: fromBlob16(row.signature), ledeShingles: fromBlob16(row.lede) };
  return { signature: Uint16Array.from(fromBlob(row.signature)), ledeShingles: shingleSet(fromBlob(row.lede)) };
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += MAX_BATCH) out.push(items.slice(i, i + MAX_BATCH));
  return out;
}

type ArticleRow = { record: string; signature: Buffer; lede: Buffer };

export function createSqliteDedupStore(db: Database.Database): DedupStore {
  db.exec(SCHEMA);
  const claimStatements = (table: string, keyColumn: string) => {
    const insert = db.prepare(`INSERT OR IGNORE INTO ${table} (${keyColumn}, article_id) VALUES (?, ?)`);
    const select = db.prepare(`SELECT article_id FROM ${table} WHERE ${keyColumn} = ?`).pluck();
    return db.transaction((keys: string[], id: string): string[] =>
      keys.map((k) => {
        insert.run(k, id);
        return select.get(k) as string;
      }),
    );
  };
  const claimUrls = claimStatements('dedup_urls', 'url_key');
  const claimTexts = claimStatements('dedup_texts', 'text_hash');
  const claimBands = claimStatements('dedup_bands', 'band_key');
  const lookupUrl = db.prepare('SELECT article_id FROM dedup_urls WHERE url_key = ?').pluck();
  const getArticle = db.prepare('SELECT record, signature, lede FROM dedup_articles WHERE article_id = ?');
  const putArticle = db.prepare('INSERT OR REPLACE INTO dedup_articles (article_id, record, signature, lede) VALUES (?, ?, ?, ?)');
  const getStory = db.prepare('SELECT record FROM dedup_stories WHERE story_id = ?').pluck();
  const putStory = db.prepare('INSERT OR REPLACE INTO dedup_stories (story_id, record) VALUES (?, ?)');
  const nextSeq = db.prepare(
    "INSERT INTO dedup_meta (name, value) VALUES ('posting_seq', 1) ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value",
  ).pluck();
  const post = db.prepare('INSERT OR REPLACE INTO dedup_postings (term, story_id, seq) VALUES (?, ?, ?)');
  const trim = db.prepare(
    'DELETE FROM dedup_postings WHERE term = ? AND seq < COALESCE((SELECT seq FROM dedup_postings WHERE term = ? ORDER BY seq DESC LIMIT 1 OFFSET ?), -1)',
  );
  const addPostings = db.transaction((storyId: string, terms: string[], cap: number) => {
    const seq = nextSeq.get() as number;
    for (const t of terms) {
      post.run(t, storyId, seq);
      trim.run(t, t, cap - 1);
    }
  });
  const documents = db.prepare("SELECT value FROM dedup_meta WHERE name = 'documents'").pluck();
  const countDocument = db.prepare(
    "INSERT INTO dedup_meta (name, value) VALUES ('documents', 1) ON CONFLICT(name) DO UPDATE SET value = value + 1",
  );
  const countTerm = db.prepare('INSERT INTO dedup_terms (term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1');
  const addTerms = db.transaction((terms: string[]) => {
    countDocument.run();
    for (const t of new Set(terms)) countTerm.run(t);
  });

  return {
    async lookupUrl(urlKey) {
      return (lookupUrl.get(urlKey) as string | undefined) ?? null;
    },
    async claimUrlKeys(urlKeys, articleId) {
      return claimUrls(urlKeys, articleId);
    },
    async claimTextHash(textHash, articleId) {
      return claimTexts([textHash], articleId)[0] ?? articleId;
    },
    async claimBands(bandKeys, articleId) {
      return claimBands(bandKeys, articleId);
    },
    async getArticle(articleId) {
      const row = getArticle.get(articleId) as ArticleRow | undefined;
      if (row === undefined) return null;
      const record = JSON.parse(row.record) as Omit<StoredArticle, 'signature' | 'ledeShingles'>;
      return { ...record, ...sketchesFromRow(row) };
    },
    async putArticle(article) {
      const { signature, ledeShingles, ...record } = article;
      putArticle.run(article.articleId, JSON.stringify(record), toBlob(signature), toBlob(ledeShingles));
    },
    async getStory(storyId) {
      const json = getStory.get(storyId) as string | undefined;
      if (json === undefined) return null;
      const { representativeId, memberCount, outlets, firstSeen, lastSeen } = JSON.parse(json) as StoryState;
      const info: StoryInfo = { storyId, representativeId, memberCount, outlets, firstSeen, lastSeen };
      return info;
    },
    async getStoryState(storyId) {
      const json = getStory.get(storyId) as string | undefined;
      return json === undefined ? null : (JSON.parse(json) as StoryState);
    },
    async putStory(story) {
      putStory.run(story.storyId, JSON.stringify(story));
    },
    async findStories(terms, limit) {
      const latest = new Map<string, number>();
      for (const batch of chunks([...new Set(terms)])) {
        const rows = db
          .prepare(`SELECT story_id, MAX(seq) AS seq FROM dedup_postings WHERE term IN (${batch.map(() => '?').join(',')}) GROUP BY story_id`)
          .all(...batch) as { story_id: string; seq: number }[];
        for (const r of rows) latest.set(r.story_id, Math.max(r.seq, latest.get(r.story_id) ?? 0));
      }
      return [...latest].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([id]) => id);
    },
    async addStoryPostings(storyId, terms, perTermCap) {
      addPostings(storyId, terms, perTermCap);
    },
    async termStats(terms): Promise<TermStats> {
      const df = new Map<string, number>();
      for (const batch of chunks([...new Set(terms)])) {
        const rows = db
          .prepare(`SELECT term, df FROM dedup_terms WHERE term IN (${batch.map(() => '?').join(',')})`)
          .all(...batch) as { term: string; df: number }[];
        for (const r of rows) df.set(r.term, r.df);
      }
      return { documents: (documents.get() as number | undefined) ?? 0, df: terms.map((t) => df.get(t) ?? 0) };
    },
    async addDocumentTerms(terms) {
      addTerms(terms);
    },
  };
}
