/**
 * DedupStore on SQLite for the embedded mode, in the same database as the rest of
 * the embedded state (tables `dedup_*`, created when missing). Invariant: claims
 * are INSERT OR IGNORE + SELECT in one transaction, so the first writer wins as in
 * every store (test/dedup-contract.test.ts). Key lists go in as one JSON array read
 * by `json_each`: the call from JS into SQLite is the cost here, not the lookup.
 */
import type Database from 'better-sqlite3';
import type { DedupStore, StoredArticle, StoryInfo, StoryState, TermStats } from '../pipeline/dedup/index.js';
import { shingleSet } from '../pipeline/dedup/minhash.js';
import { settleInProcess } from '../pipeline/dedup/settle.js';
import { TERM_BATCH_ARTICLES, TermCountBatch, type TermCounts } from '../pipeline/dedup/term-batch.js';

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

type ArticleRow = { record: string; signature: Buffer; lede: Buffer };

/**
 * Document-frequency increments are written once per this many articles, not
 * per article (pipeline/dedup/term-batch.ts): an article counts a few hundred
 * distinct terms, and their upserts (random rows of a large table) were most of
 * this store's writes. Another connection sees the counts as of the last write;
 * the embedded mode is the only writer of its database (one crawl process per
 * data directory), so its own answers are exact.
 */
export const TERM_COUNT_FLUSH_ARTICLES = TERM_BATCH_ARTICLES;

/** The SQLite store; `flush()` writes the buffered term counts (call it before closing the database). */
export interface SqliteDedupStore extends DedupStore {
  flush(): void;
}

export function createSqliteDedupStore(db: Database.Database): SqliteDedupStore {
  db.exec(SCHEMA);
  const claimStatements = (table: string, keyColumn: string) => {
    const insert = db.prepare(`INSERT OR IGNORE INTO ${table} (${keyColumn}, article_id) SELECT value, ? FROM json_each(?)`);
    const select = db.prepare(`SELECT ${keyColumn} AS k, article_id AS id FROM ${table} WHERE ${keyColumn} IN (SELECT value FROM json_each(?))`);
    return db.transaction((keys: string[], id: string): string[] => {
      const json = JSON.stringify(keys);
      insert.run(id, json);
      const owners = new Map((select.all(json) as { k: string; id: string }[]).map((r) => [r.k, r.id]));
      return keys.map((k) => owners.get(k) ?? id);
    });
  };
  const claimUrls = claimStatements('dedup_urls', 'url_key');
  const claimTexts = claimStatements('dedup_texts', 'text_hash');
  const claimBands = claimStatements('dedup_bands', 'band_key');
  const lookupUrl = db.prepare('SELECT article_id FROM dedup_urls WHERE url_key = ?').pluck();
  const getArticle = db.prepare('SELECT record, signature, lede FROM dedup_articles WHERE article_id = ?');
  const putArticle = db.prepare('INSERT OR REPLACE INTO dedup_articles (article_id, record, signature, lede) VALUES (?, ?, ?, ?)');
  const getStory = db.prepare('SELECT record FROM dedup_stories WHERE story_id = ?').pluck();
  const putStory = db.prepare('INSERT OR REPLACE INTO dedup_stories (story_id, record) VALUES (?, ?)');
  const nextSeq = db
    .prepare("INSERT INTO dedup_meta (name, value) VALUES ('posting_seq', 1) ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value")
    .pluck();
  const post = db.prepare('INSERT OR REPLACE INTO dedup_postings (term, story_id, seq) SELECT value, ?, ? FROM json_each(?)');
  // Each term keeps its `cap` most recent stories.
  const trim = db.prepare(`
    DELETE FROM dedup_postings WHERE (term, story_id) IN (
      SELECT term, story_id FROM (
        SELECT term, story_id, ROW_NUMBER() OVER (PARTITION BY term ORDER BY seq DESC) AS rank
        FROM dedup_postings WHERE term IN (SELECT value FROM json_each(?))
      ) WHERE rank > ?
    )`);
  const addPostings = db.transaction((storyId: string, terms: string[], cap: number) => {
    const seq = nextSeq.get() as number;
    const json = JSON.stringify([...new Set(terms)]);
    post.run(storyId, seq, json);
    trim.run(json, cap);
  });
  const findStories = db.prepare(
    'SELECT story_id AS id, MAX(seq) AS seq FROM dedup_postings WHERE term IN (SELECT value FROM json_each(?)) GROUP BY story_id ORDER BY seq DESC LIMIT ?',
  );
  const documents = db.prepare("SELECT value FROM dedup_meta WHERE name = 'documents'").pluck();
  const termDf = db.prepare('SELECT term, df FROM dedup_terms WHERE term IN (SELECT value FROM json_each(?))');
  const countDocuments = db.prepare("INSERT INTO dedup_meta (name, value) VALUES ('documents', ?) ON CONFLICT(name) DO UPDATE SET value = value + ?");
  // `WHERE true` lets SQLite parse ON CONFLICT after a SELECT (documented upsert ambiguity).
  const countTerms = db.prepare(
    'INSERT INTO dedup_terms (term, df) SELECT key, value FROM json_each(?) WHERE true ON CONFLICT(term) DO UPDATE SET df = df + excluded.df',
  );
  const pendingTerms = new TermCountBatch();
  const writeTerms = db.transaction((counts: TermCounts) => {
    countDocuments.run(counts.documents, counts.documents);
    countTerms.run(JSON.stringify(Object.fromEntries(counts.df)));
  });
  const flushTerms = (): void => {
    const taken = pendingTerms.take();
    try {
      writeTerms(taken);
    } catch (err) {
      // Rolled back: the counts wait for the next write.
      pendingTerms.restore(taken);
      throw err;
    }
  };

  const readArticle = async (articleId: string): Promise<StoredArticle | null> => {
    const row = getArticle.get(articleId) as ArticleRow | undefined;
    if (row === undefined) return null;
    const record = JSON.parse(row.record) as Omit<StoredArticle, 'signature' | 'ledeShingles'>;
    return { ...record, ...sketchesFromRow(row) };
  };
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
    settledArticle(articleId) {
      return settleInProcess(readArticle, articleId);
    },
    getArticle: readArticle,
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
      const rows = findStories.all(JSON.stringify([...new Set(terms)]), limit) as { id: string; seq: number }[];
      return rows.map((r) => r.id);
    },
    async addStoryPostings(storyId, terms, perTermCap) {
      addPostings(storyId, terms, perTermCap);
    },
    async termStats(terms): Promise<TermStats> {
      const rows = termDf.all(JSON.stringify([...new Set(terms)])) as { term: string; df: number }[];
      const df = new Map(rows.map((r) => [r.term, r.df]));
      const mine = pendingTerms.pending(terms);
      return {
        documents: ((documents.get() as number | undefined) ?? 0) + mine.documents,
        df: terms.map((t, i) => (df.get(t) ?? 0) + (mine.df[i] ?? 0)),
      };
    },
    async addDocumentTerms(terms) {
      pendingTerms.add(terms);
      if (pendingTerms.documents >= TERM_COUNT_FLUSH_ARTICLES) flushTerms();
    },
    flush() {
      if (pendingTerms.documents > 0) flushTerms();
    },
  };
}
