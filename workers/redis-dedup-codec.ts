/**
 * Byte formats of the Redis dedup store. Invariant: every encode has an exact
 * decode (checked by test/dedup-contract.test.ts through the store), and the
 * compact forms cost fixed small sizes: an article id in 8 bytes, a claim field
 * in 8 bytes, a signature in 256 bytes. Small values keep Redis hashes in their
 * listpack encoding (about 19 bytes per claim instead of about 70).
 */
import { hash } from 'node:crypto';
import type { StoredArticle } from '../pipeline/dedup/index.js';

/** Ids made by articleIdFor: 'a' + 16 hex digits, stored as their 8 bytes. */
const CANONICAL_ID_RE = /^a[0-9a-f]{16}$/;
const ID_BYTES = 8;
/** Marks a text id that is ID_BYTES long, so it is never read as a binary one. */
const TEXT_ID_MARK = '~';
/** Claim fields: the first bytes of SHA-1 of kind + key (64 bits: no collision at our scale). */
const FIELD_BYTES = 8;
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

/** The claim field of a key; `kind` keeps URL keys, text hashes and band keys apart in one partition. */
export function claimField(kind: string, key: string): Buffer {
  return hash('sha1', `${kind}${key}`, 'buffer').subarray(0, FIELD_BYTES);
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

/**
 * Article record: u32 JSON length, u16 signature bins, the JSON of the scalar and
 * list fields (without the id, which is in the key), the 16-bit signature, then
 * the 32-bit lede shingle set. Little-endian, as the typed arrays are on our hosts.
 */
export function packArticle(a: StoredArticle): Buffer {
  const { articleId: _id, signature, ledeShingles, ...rest } = a;
  const json = Buffer.from(JSON.stringify(rest));
  const head = Buffer.alloc(HEADER_BYTES);
  head.writeUInt32LE(json.length, 0);
  head.writeUInt16LE(signature.length, 4);
  return Buffer.concat([head, json, typedBytes(signature), typedBytes(ledeShingles)]);
}

export function unpackArticle(articleId: string, b: Buffer): StoredArticle {
  const jsonLength = b.readUInt32LE(0);
  const bins = b.readUInt16LE(4);
  const jsonEnd = HEADER_BYTES + jsonLength;
  const sigEnd = jsonEnd + bins * 2;
  const rest = JSON.parse(b.subarray(HEADER_BYTES, jsonEnd).toString('utf8')) as Omit<StoredArticle, 'articleId' | 'signature' | 'ledeShingles'>;
  return {
    articleId,
    ...rest,
    signature: new Uint16Array(alignedCopy(b.subarray(jsonEnd, sigEnd))),
    ledeShingles: new Uint32Array(alignedCopy(b.subarray(sigEnd))),
  };
}
