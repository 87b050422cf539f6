/**
 * Byte formats of the Redis dedup store. Invariant: every encode has an exact
 * decode (checked by test/dedup-contract.test.ts through the store), and the
 * compact forms cost fixed small sizes: an article id in 8 bytes, a claim field
 * in 4–6 bytes, a signature in 256 bytes. Small values keep Redis hashes in their
 * listpack encoding (about 19 bytes per claim instead of about 70).
 */
import { hash } from 'node:crypto';
import type { StoredArticle } from '../pipeline/dedup/index.js';
import { outletOf } from '../pipeline/dedup/url.js';

/** Ids made by articleIdFor: 'a' + 16 hex digits, stored as their 8 bytes. */
const CANONICAL_ID_RE = /^a[0-9a-f]{16}$/;
const ID_BYTES = 8;
/** Marks a text id that is ID_BYTES long, so it is never read as a binary one. */
const TEXT_ID_MARK = '~';
/**
 * A claim is addressed by SHA-1 of kind + key: the first 16 bits pick the shard
 * (the partition key), the next bytes are the field inside it, so no bit is
 * stored twice. URL and text claims are trusted without verification, so they
 * keep 64 bits (no two keys meet at our scale); a band claim only names a
 * candidate that is verified, so 48 bits do (a chance meeting costs one record
 * read, about once in 3 million lookups at 500 claims a shard).
 */
const SHARD_KEY_BYTES = 2;
const FIELD_BYTES = 6;
const BAND_FIELD_BYTES = 4;
const BAND_KIND = 'b';
const HEADER_BYTES = 6;

export function encodeId(id: string): Buffer {
  if (CANONICAL_ID_RE.test(id)) return Buffer.from(id.slice(1), 'hex');
  return Buffer.from(Buffer.byteLength(id) === ID_BYTES ? `${TEXT_ID_MARK}${id}` : id);
}

export function decodeId(b: Buffer): string {
  if (b.length === ID_BYTES) return `a${b.toString('hex')}`;
  const text = b.toString('utf8');
  return b.length === ID_BYTES + 1 && text.startsWith(TEXT_ID_MARK) ? text.slice(1) : text;
}

/** Where a key's claim lives; `kind` keeps URL keys, text hashes and band keys apart in one partition. */
export function claimAddress(kind: string, key: string, shardBits: number): { shard: number; field: Buffer } {
  const digest = hash('sha1', `${kind}${key}`, 'buffer');
  const bytes = kind === BAND_KIND ? BAND_FIELD_BYTES : FIELD_BYTES;
  return { shard: digest.readUInt16BE(0) >>> (16 - shardBits), field: digest.subarray(SHARD_KEY_BYTES, SHARD_KEY_BYTES + bytes) };
}

function typedBytes(a: Uint16Array | Uint32Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

/** A copy: a Buffer's offset in its pool need not be aligned for a typed array. */
function alignedCopy(b: Buffer): ArrayBuffer {
  const copy = new Uint8Array(b.byteLength);
  copy.set(b);
  return copy.buffer;
}

/** Field order of an article record's JSON array (names cost more than values). */
type RecordTuple = [
  urlKey: string,
  /** null when it is the host of urlKey (as the pipeline sets it). */
  outlet: string | null,
  textHash: string,
  /** Epoch ms when that prints back as the same ISO string (13 bytes instead of 26). */
  eventTime: string | number,
  /** null when the story is the article's own (the common case). */
  storyId: string | null,
  duplicateOf: string | null,
  duplicateReason: StoredArticle['duplicateReason'],
  similarity: number | null,
  headlineFigures: number[],
  ledeFigures: number[],
  allFigures: number[],
  ledeEntities: string[],
];

function compactTime(iso: string): string | number {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) && new Date(ms).toISOString() === iso ? ms : iso;
}

/**
 * Article record: u32 JSON length, u16 signature bins, a JSON array of the
 * scalar and list fields (RecordTuple; the id is in the key), the 16-bit
 * signature, then the 16-bit lede shingle set. Little-endian, as the typed
 * arrays are on our hosts.
 */
export function packArticle(a: StoredArticle): Buffer {
  const tuple: RecordTuple = [
    a.urlKey,
    a.outlet === outletOf(a.urlKey) ? null : a.outlet,
    a.textHash,
    compactTime(a.eventTime),
    a.storyId === a.articleId ? null : a.storyId,
    a.duplicateOf,
    a.duplicateReason,
    a.similarity,
    a.headlineFigures,
    a.ledeFigures,
    a.allFigures,
    a.ledeEntities,
  ];
  const json = Buffer.from(JSON.stringify(tuple));
  const head = Buffer.alloc(HEADER_BYTES);
  head.writeUInt32LE(json.length, 0);
  head.writeUInt16LE(a.signature.length, 4);
  return Buffer.concat([head, json, typedBytes(a.signature), typedBytes(a.ledeShingles)]);
}

export function unpackArticle(articleId: string, b: Buffer): StoredArticle {
  const jsonLength = b.readUInt32LE(0);
  const bins = b.readUInt16LE(4);
  const jsonEnd = HEADER_BYTES + jsonLength;
  const sigEnd = jsonEnd + bins * 2;
  const [urlKey, outlet, textHash, eventTime, storyId, duplicateOf, duplicateReason, similarity, headlineFigures, ledeFigures, allFigures, ledeEntities] =
    JSON.parse(b.subarray(HEADER_BYTES, jsonEnd).toString('utf8')) as RecordTuple;
  return {
    articleId,
    urlKey,
    outlet: outlet ?? outletOf(urlKey),
    textHash,
    eventTime: typeof eventTime === 'number' ? new Date(eventTime).toISOString() : eventTime,
    storyId: storyId ?? articleId,
    duplicateOf,
    duplicateReason,
    similarity,
    signature: new Uint16Array(alignedCopy(b.subarray(jsonEnd, sigEnd))),
    ledeShingles: new Uint16Array(alignedCopy(b.subarray(sigEnd))),
    headlineFigures,
    ledeFigures,
    allFigures,
    ledeEntities,
  };
}
