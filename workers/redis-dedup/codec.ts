/**
 * Byte formats of the Redis dedup store. Invariant: every encode has an exact
 * decode (checked by test/dedup-contract.test.ts through the store), and the
 * compact forms cost fixed small sizes: an article id in 8 bytes, a claim field
 * in 3–6 bytes, a sketch in 128 bytes. Small values keep Redis hashes in their
 * listpack encoding (about 19 bytes per claim instead of about 70).
 */
import { hash } from 'node:crypto';
import type { StoredArticle } from '../../pipeline/dedup/index.js';
import { decodeSortedSet16, encodeSortedSet16 } from '../../pipeline/dedup/rice.js';
import { outletOf } from '../../pipeline/dedup/url.js';

/** Ids made by articleIdFor: 'a' + 16 hex digits, stored as their 8 bytes. */
const CANONICAL_ID_RE = /^a[0-9a-f]{16}$/;
const ID_BYTES = 8;
/** Marks a text id that is ID_BYTES long, so it is never read as a binary one. */
const TEXT_ID_MARK = '~';
/**
 * A claim is addressed by SHA-1 of kind + key: the first 16 bits pick the shard
 * (the partition key), the next bytes are the field inside it, so no bit is
 * stored twice. URL and text claims are trusted without verification, so they
 * keep 64 bits (no two keys meet at our scale). A band claim only names a
 * candidate that is verified, so 40 bits do: at 500 claims a shard and 9 live
 * days a lookup meets an unrelated bucket about once in 3,700 lookups, which
 * costs one record read and leaves that one band of the article unclaimed (a
 * byte less on each of 41 band claims is ~40 bytes an article).
 */
const SHARD_KEY_BYTES = 2;
const FIELD_BYTES = 6;
const BAND_FIELD_BYTES = 3;
const BAND_KIND = 'b';

export function encodeId(id: string): Buffer {
  if (CANONICAL_ID_RE.test(id)) return Buffer.from(id.slice(1), 'hex');
  return Buffer.from(Buffer.byteLength(id) === ID_BYTES ? `${TEXT_ID_MARK}${id}` : id);
}

export function decodeId(b: Buffer): string {
  if (b.length === ID_BYTES) return `a${b.toString('hex')}`;
  const text = b.toString('utf8');
  return b.length === ID_BYTES + 1 && text.startsWith(TEXT_ID_MARK) ? text.slice(1) : text;
}

/** Digest bytes of the day-filter address: after the shard and the widest field, so independent of both. */
const FILTER_HASH_OFFSET = SHARD_KEY_BYTES + FIELD_BYTES;
/** Bits a key sets in its 32-bit filter block (blocked Bloom filter, see claims.ts). */
const FILTER_KEY_BITS = 3;

/** Where a key's claim lives, and its address in the day filters. */
export interface ClaimAddress {
  shard: number;
  field: Buffer;
  /** Picks the key's 32-bit block in a day filter (modulo the block count). */
  blockHash: number;
  /** The key's bits in its block as a signed 32-bit integer; BITFIELD numbers bits from the most significant. */
  bitMask: number;
}

/** Where a key's claim lives; `kind` keeps URL keys, text hashes and band keys apart in one partition. */
export function claimAddress(kind: string, key: string, shardBits: number): ClaimAddress {
  const digest = hash('sha1', `${kind}${key}`, 'buffer');
  const bytes = kind === BAND_KIND ? BAND_FIELD_BYTES : FIELD_BYTES;
  const positions = digest.readUInt16BE(FILTER_HASH_OFFSET + 4);
  let bitMask = 0;
  for (let k = 0; k < FILTER_KEY_BITS; k++) bitMask |= 1 << (31 - ((positions >>> (5 * k)) & 31));
  return {
    shard: digest.readUInt16BE(0) >>> (16 - shardBits),
    field: digest.subarray(SHARD_KEY_BYTES, SHARD_KEY_BYTES + bytes),
    blockHash: digest.readUInt32BE(FILTER_HASH_OFFSET),
    bitMask,
  };
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
  /** '' when the text hash is stored as bytes after the tuple. */
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
 * Article record, version 2: a 10-byte header, the JSON tuple (RecordTuple; the
 * id is in the key), the text hash as 8 bytes when it is 16 hex digits, the
 * sketch (1 byte a bin when every bin fits, else 2), then the Rice-coded lede
 * shingle set (rice.ts). Header: MAGIC, flags, u16 JSON length, u16 bins, u16
 * lede set size; little-endian. Version 1 records (u32 JSON length first, so
 * their byte 3 is 0 and never MAGIC's) are still read: they live out the window.
 */
const MAGIC = [0x77, 0x77, 0xb2];
const FLAG_SKETCH_8 = 1;
const FLAG_TEXT_HASH_BIN = 2;
const HEADER_V2_BYTES = 10;
const TEXT_HASH_RE = /^[0-9a-f]{16}$/;
const TEXT_HASH_BYTES = 8;

export function packArticle(a: StoredArticle): Buffer {
  const binaryHash = TEXT_HASH_RE.test(a.textHash);
  const tuple: RecordTuple = [
    a.urlKey,
    a.outlet === outletOf(a.urlKey) ? null : a.outlet,
    binaryHash ? '' : a.textHash,
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
  // Trailing defaults (null, []) are left out; decoding puts them back.
  let length = tuple.length;
  while (length > 0 && isDefault(tuple[length - 1])) length--;
  const json = Buffer.from(JSON.stringify(tuple.slice(0, length)));
  const narrow = a.signature.every((v) => v < 256);
  const head = Buffer.alloc(HEADER_V2_BYTES);
  head.set(MAGIC, 0);
  head[3] = (narrow ? FLAG_SKETCH_8 : 0) | (binaryHash ? FLAG_TEXT_HASH_BIN : 0);
  head.writeUInt16LE(json.length, 4);
  head.writeUInt16LE(a.signature.length, 6);
  head.writeUInt16LE(a.ledeShingles.length, 8);
  return Buffer.concat([
    head,
    json,
    binaryHash ? Buffer.from(a.textHash, 'hex') : Buffer.alloc(0),
    narrow ? Buffer.from(Uint8Array.from(a.signature)) : typedBytes(a.signature),
    encodeSortedSet16(a.ledeShingles),
  ]);
}

function isDefault(v: unknown): boolean {
  return v === null || (Array.isArray(v) && v.length === 0);
}

function isVersion2(b: Buffer): boolean {
  return b.length >= HEADER_V2_BYTES && b[0] === MAGIC[0] && b[1] === MAGIC[1] && b[2] === MAGIC[2];
}

/** The record from its tuple. A version 2 tuple may stop early (trailing defaults left out): `??` puts them back. */
function fromTuple(articleId: string, tuple: RecordTuple, sketches: Pick<StoredArticle, 'signature' | 'ledeShingles' | 'textHash'>): StoredArticle {
  const [urlKey, outlet, , eventTime, storyId, duplicateOf, duplicateReason, similarity, headlineFigures, ledeFigures, allFigures, ledeEntities] = tuple;
  return {
    articleId,
    urlKey,
    outlet: outlet ?? outletOf(urlKey),
    textHash: sketches.textHash,
    eventTime: typeof eventTime === 'number' ? new Date(eventTime).toISOString() : eventTime,
    storyId: storyId ?? articleId,
    duplicateOf: duplicateOf ?? null,
    duplicateReason: duplicateReason ?? null,
    similarity: similarity ?? null,
    signature: sketches.signature,
    ledeShingles: sketches.ledeShingles,
    headlineFigures: headlineFigures ?? [],
    ledeFigures: ledeFigures ?? [],
    allFigures: allFigures ?? [],
    ledeEntities: ledeEntities ?? [],
  };
}

export function unpackArticle(articleId: string, b: Buffer): StoredArticle {
  if (!isVersion2(b)) return unpackArticleV1(articleId, b);
  const flags = b[3] ?? 0;
  const jsonEnd = HEADER_V2_BYTES + b.readUInt16LE(4);
  const bins = b.readUInt16LE(6);
  const ledeCount = b.readUInt16LE(8);
  const tuple = JSON.parse(b.subarray(HEADER_V2_BYTES, jsonEnd).toString('utf8')) as RecordTuple;
  const hashEnd = jsonEnd + ((flags & FLAG_TEXT_HASH_BIN) !== 0 ? TEXT_HASH_BYTES : 0);
  const textHash = hashEnd > jsonEnd ? b.toString('hex', jsonEnd, hashEnd) : tuple[2];
  const narrow = (flags & FLAG_SKETCH_8) !== 0;
  const sigEnd = hashEnd + bins * (narrow ? 1 : 2);
  const signature = narrow ? Uint16Array.from(b.subarray(hashEnd, sigEnd)) : new Uint16Array(alignedCopy(b.subarray(hashEnd, sigEnd)));
  return fromTuple(articleId, tuple, { textHash, signature, ledeShingles: decodeSortedSet16(b.subarray(sigEnd), ledeCount) });
}

/** Version 1: u32 JSON length, u16 bins, the JSON tuple, 16-bit bins, the 16-bit lede set. */
const HEADER_V1_BYTES = 6;

function unpackArticleV1(articleId: string, b: Buffer): StoredArticle {
  const jsonEnd = HEADER_V1_BYTES + b.readUInt32LE(0);
  const sigEnd = jsonEnd + b.readUInt16LE(4) * 2;
  const tuple = JSON.parse(b.subarray(HEADER_V1_BYTES, jsonEnd).toString('utf8')) as RecordTuple;
  return fromTuple(articleId, tuple, {
    textHash: tuple[2],
    signature: new Uint16Array(alignedCopy(b.subarray(jsonEnd, sigEnd))),
    ledeShingles: new Uint16Array(alignedCopy(b.subarray(sigEnd))),
  });
}
