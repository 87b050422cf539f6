/**
 * Input helpers for the single-item tools: a file or `-` for stdin, and JSONL
 * read line by line, each bad line reported with its number (runBatch).
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

/**
 * A JSONL line a batch tool cannot use. Reported as `file:line: CODE message`,
 * skipped; the batch goes on and exits 2 at the end (runBatch).
 */
export class LineError extends Error {
  override readonly name = 'LineError';
  constructor(
    readonly code: 'LINE_NOT_JSON' | 'LINE_NOT_OBJECT' | 'FIELD_INVALID' | 'URL_INVALID' | 'DOCUMENT_INVALID',
    message: string,
  ) {
    super(message);
  }
}

/** Ends a batch in which some lines were bad, after every other line was processed: exit 2 (cli/exit-codes.ts). */
export class BadLinesError extends Error {
  override readonly name = 'BadLinesError';
  readonly code = 'BATCH_LINES_BAD';
}

type JsonlLine = { line: number; value: Record<string, unknown> } | { line: number; error: LineError };

/** Yields each non-empty JSONL line parsed, or why it is not a JSON object, with its 1-based line number. */
export async function* readJsonl(fileOrDash: string): AsyncGenerator<JsonlLine> {
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
        yield { line: n, error: new LineError('LINE_NOT_JSON', `not valid JSON: ${(err as Error).message}`) };
        continue;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        yield { line: n, error: new LineError('LINE_NOT_OBJECT', 'expected a JSON object') };
      else yield { line: n, value: value as Record<string, unknown> };
    }
  } catch (err) {
    throw new InputError(`cannot read ${fileOrDash}: ${(err as Error).message}`);
  }
}

/**
 * Runs `handle` on every object line of a JSONL input. A bad line (not JSON, not
 * an object, or `handle` throws a LineError) is reported on stderr as
 * `file:line: CODE message` and skipped; every other line is still processed.
 * Returns the counts for endBatch, called once the tool's last output is written.
 */
export async function runBatch(fileOrDash: string, handle: (value: Record<string, unknown>, line: number) => Promise<void> | void): Promise<BatchCounts> {
  let read = 0;
  let bad = 0;
  const report = (line: number, err: LineError): void => {
    bad += 1;
    process.stderr.write(`${fileOrDash}:${line}: ${err.code} ${err.message}\n`);
  };
  for await (const item of readJsonl(fileOrDash)) {
    read += 1;
    if ('error' in item) {
      report(item.line, item.error);
      continue;
    }
    try {
      await handle(item.value, item.line);
    } catch (err) {
      if (!(err instanceof LineError)) throw err;
      report(item.line, err);
    }
  }
  return { file: fileOrDash, read, bad };
}

export interface BatchCounts {
  file: string;
  /** Non-empty lines read. */
  read: number;
  bad: number;
}

/** The summary on stderr; BadLinesError (exit 2) when any line was bad. */
export function endBatch({ file, read, bad }: BatchCounts): void {
  const summary = `${file}: ${read} lines, ${read - bad} processed, ${bad} bad`;
  if (bad > 0) throw new BadLinesError(summary);
  process.stderr.write(`${summary}\n`);
}

/** The string field `key` of a JSONL line; a LineError (the line is skipped) when missing or empty. */
export function requireString(value: Record<string, unknown>, key: string): string {
  const v = value[key];
  if (typeof v !== 'string' || v === '') throw new LineError('FIELD_INVALID', `field "${key}" must be a non-empty string`);
  return v;
}

/** An absolute http(s) URL field; a LineError URL_INVALID otherwise. */
export function requireUrl(value: Record<string, unknown>, key: string): string {
  const v = requireString(value, key);
  if (!URL.canParse(v) || !/^https?:$/.test(new URL(v).protocol))
    throw new LineError('URL_INVALID', `field "${key}" is not an absolute http(s) URL: ${JSON.stringify(v.slice(0, 200))}`);
  return v;
}

export function optionalString(value: Record<string, unknown>, key: string): string | null {
  const v = value[key];
  return typeof v === 'string' && v !== '' ? v : null;
}
