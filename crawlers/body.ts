/**
 * Reads a response body under a byte cap that applies AFTER decompression.
 *
 * Invariant: at no point does more than `maxBodyBytes` of decoded data (plus one
 * decoder output chunk) sit in memory, whatever the compression ratio. Decoders
 * honour backpressure, and the counting sink fails the whole pipeline at the cap,
 * which destroys the decoders and the socket.
 */
import { Transform, Writable, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { PermanentError, TransientError, errorKind } from '../pipeline/errors.js';
import { networkError } from './http-errors.js';

/** More layers than this is a bomb or a broken server, never a real site. */
export const MAX_ENCODING_LAYERS = 2;

export interface ReadBodyOptions {
  url: string;
  contentEncoding: string | undefined;
  /** Cap on decoded bytes; raw (wire) bytes are held to the same cap. */
  maxBodyBytes: number;
  /** Stop at the cap and keep the prefix instead of failing (robots.txt). */
  truncateAtCap?: boolean;
  signal: AbortSignal;
}

export interface ReadBodyResult {
  body: Buffer;
  /** True when truncateAtCap cut the body. */
  truncated: boolean;
  rawBytes: number;
}

/** Content-Encoding layers in the order they must be undone (last applied first). */
export function encodingLayers(header: string | undefined, url: string): string[] {
  if (!header) return [];
  const layers = header
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '' && s !== 'identity');
  if (layers.length > MAX_ENCODING_LAYERS) {
    throw new PermanentError('FETCH_BAD_ENCODING', `too many content-encoding layers (${layers.length})`, {
      context: { url, contentEncoding: header },
    });
  }
  for (const layer of layers) {
    if (!DECODERS[layer]) {
      throw new PermanentError('FETCH_BAD_ENCODING', `unsupported content-encoding: ${layer}`, {
        context: { url, contentEncoding: header },
      });
    }
  }
  return layers.reverse();
}

const DECODERS: Record<string, () => Transform> = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  br: () => zlib.createBrotliDecompress(),
  deflate: () => new DeflateDecoder(),
};

class CapReached extends Error {}

export async function readBody(stream: Readable, options: ReadBodyOptions): Promise<ReadBodyResult> {
  const { url, maxBodyBytes } = options;
  const layers = encodingLayers(options.contentEncoding, url);
  let rawBytes = 0;
  let decodedBytes = 0;
  let truncated = false;
  let decoderFailed = false;
  const chunks: Buffer[] = [];

  const rawCounter = new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      rawBytes += chunk.length;
      if (rawBytes > maxBodyBytes && !options.truncateAtCap) {
        cb(new PermanentError('FETCH_TOO_LARGE', 'body over the byte cap', { context: { url, limit: maxBodyBytes } }));
        return;
      }
      cb(null, chunk);
    },
  });
  const decoders = layers.map((layer) => {
    const d = DECODERS[layer]!();
    d.once('error', () => {
      decoderFailed = true;
    });
    return d;
  });
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      if (decodedBytes + chunk.length <= maxBodyBytes) {
        chunks.push(chunk);
        decodedBytes += chunk.length;
        cb();
        return;
      }
      if (options.truncateAtCap) {
        chunks.push(chunk.subarray(0, maxBodyBytes - decodedBytes));
        decodedBytes = maxBodyBytes;
        truncated = true;
        cb(new CapReached());
        return;
      }
      const code = layers.length > 0 ? 'FETCH_DECOMPRESSED_TOO_LARGE' : 'FETCH_TOO_LARGE';
      cb(new PermanentError(code, 'decoded body over the byte cap', { context: { url, limit: maxBodyBytes, layers } }));
    },
  });

  try {
    await pipeline([stream, rawCounter, ...decoders, sink], { signal: options.signal });
  } catch (err) {
    if (!(err instanceof CapReached)) {
      if (errorKind(err) !== 'unknown' || options.signal.aborted) throw err;
      if (decoderFailed) {
        throw new TransientError('FETCH_CORRUPT_BODY', 'compressed body is corrupt or cut short', { cause: err, context: { url, layers } });
      }
      throw networkError(err, url, 'body');
    }
  } finally {
    stream.destroy();
  }
  return { body: Buffer.concat(chunks, decodedBytes), truncated, rawBytes };
}

/**
 * HTTP "deflate" is meant to be zlib-wrapped, but some servers send raw deflate.
 * The first byte tells them apart (a zlib header has compression method 8).
 */
class DeflateDecoder extends Transform {
  private inner: zlib.Inflate | zlib.InflateRaw | null = null;

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    if (!this.inner) {
      const inner = (chunk[0]! & 0x0f) === 8 ? zlib.createInflate() : zlib.createInflateRaw();
      inner.on('data', (d: Buffer) => {
        // Pause the decoder while our own reader is full, to keep backpressure end to end.
        if (!this.push(d)) inner.pause();
      });
      inner.on('error', (e) => this.destroy(e));
      this.inner = inner;
    }
    this.inner.write(chunk, () => cb());
  }

  override _read(size: number): void {
    this.inner?.resume();
    super._read(size);
  }

  override _flush(cb: TransformCallback): void {
    if (!this.inner) {
      cb();
      return;
    }
    this.inner.once('end', () => cb());
    this.inner.end();
  }

  override _destroy(err: Error | null, cb: (error?: Error | null) => void): void {
    this.inner?.destroy();
    cb(err);
  }
}
