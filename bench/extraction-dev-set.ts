/**
 * The shared extraction dev set as the extraction benches read it: in place from
 * ../shared (never copied into this repository), pages always decoded as UTF-8
 * (34 of them declare no charset). A missing set or scorer stops the bench with
 * a clear message and exit code 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const SHARED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared');

/** `--name value` from the command line. */
export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export interface DevSet {
  dataDir: string;
  truthFile: string;
  scorer: string;
  /** Truth lines, the first `--limit N` of them when given. */
  truth<T extends { id: string; url: string }>(): T[];
  /** A page's HTML, decoded as UTF-8. */
  html(id: string): string;
}

export function openDevSet(): DevSet {
  const dataDir = resolve(argValue('--data') ?? join(SHARED_DIR, 'datasets/extraction-dev'));
  const truthFile = join(dataDir, 'truth.jsonl');
  const scorer = join(SHARED_DIR, 'bench/score-extraction.mjs');
  if (!existsSync(truthFile) || !existsSync(join(dataDir, 'html')) || !existsSync(scorer)) {
    console.error(
      `extraction dev set or scorer not found (looked for ${truthFile} and ${scorer}).\n` +
        'They live beside the project in ../shared; pass --data DIR to point elsewhere.',
    );
    process.exit(2);
  }
  const limit = Number(argValue('--limit') ?? Infinity);
  return {
    dataDir,
    truthFile,
    scorer,
    truth: <T>() =>
      readFileSync(truthFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as T)
        .slice(0, Number.isFinite(limit) ? limit : undefined),
    html: (id) => new TextDecoder('utf-8').decode(gunzipSync(readFileSync(join(dataDir, 'html', `${id}.html.gz`)))),
  };
}
