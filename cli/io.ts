/**
 * Input helpers for the single-item tools: a file or `-` for stdin, and JSONL
 * read line by line with the line number in every error.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { gunzipSync } from 'node:zlib';

/** Raised for bad CLI input; the CLI prints the message and exits with 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

export async function readTextInput(fileOrDash: string): Promise<string> {
  if (fileOrDash === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  return readFileMaybeGzip(fileOrDash);
}

/** Reads a file as UTF-8, gunzipping `.gz` files (the dev set ships gzipped pages). */
export function readFileMaybeGzip(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new InputError(`cannot read ${path}: ${(err as Error).message}`);
  }
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** Yields each non-empty JSONL line parsed, with its 1-based line number. */
export async function* readJsonl(fileOrDash: string): AsyncGenerator<{ line: number; value: Record<string, unknown> }> {
  const input = fileOrDash === '-' ? process.stdin : createReadStream(fileOrDash, { encoding: 'utf8' });
  if (fileOrDash !== '-') {
    input.on('error', () => undefined); // surfaced by the readline loop below
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const raw of lines) {
      n += 1;
      if (raw.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (err) {
        throw new InputError(`${fileOrDash}:${n}: not valid JSON: ${(err as Error).message}`);
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`${fileOrDash}:${n}: expected a JSON object`);
      yield { line: n, value: value as Record<string, unknown> };
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read ${fileOrDash}: ${(err as Error).message}`);
  }
}

export function requireString(value: Record<string, unknown>, key: string, where: string): string {
  const v = value[key];
  if (typeof v !== 'string' || v === '') throw new InputError(`${where}: field "${key}" must be a non-empty string`);
  return v;
}

export function optionalString(value: Record<string, unknown>, key: string): string | null {
  const v = value[key];
  return typeof v === 'string' && v !== '' ? v : null;
}
