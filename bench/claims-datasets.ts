/**
 * The claim benches' access to the shared dev sets (never copied into the
 * repository): where they are (`--data DIR`, default ../shared/datasets next to
 * the repository), and scoring through each set's own score.py so the numbers
 * mean exactly what the datasets define.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The datasets folder: `--data DIR`, else ../shared/datasets beside the repository. */
export function datasetsDir(argv: readonly string[] = process.argv): string {
  const i = argv.indexOf('--data');
  return i >= 0 && argv[i + 1] ? resolve(argv[i + 1] as string) : resolve(REPO_ROOT, '../shared/datasets');
}

/** A dataset file, or exit with a message that says where it was looked for and how to point elsewhere. */
export function requireFile(dir: string, rel: string): string {
  const path = join(dir, rel);
  if (!existsSync(path)) {
    console.error(
      `bench:claims: ${path} not found. The dev sets are not part of the repository; pass --data DIR (the folder holding quantities-dev/, attribution-dev/, claims-dev/).`,
    );
    process.exit(2);
  }
  return path;
}

/** JSON lines of a file. */
export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/** Write predictions to a temporary file and run the dataset's score.py on them; returns its output. */
export function runScorer(scorePy: string, goldPath: string, predictions: readonly object[], extra: readonly string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'wirewatch-claims-'));
  const predPath = join(dir, 'pred.jsonl');
  writeFileSync(predPath, `${predictions.map((p) => JSON.stringify(p)).join('\n')}\n`);
  try {
    return execFileSync('python3', [scorePy, goldPath, predPath, ...extra], { encoding: 'utf8' });
  } catch (err) {
    throw new Error(`score.py failed (python3 is needed to score the dev sets): ${(err as Error).message}`);
  }
}

/** The F1 a score.py line prints for `label` (first match after `after`). */
export function f1Of(report: string, lineStart: RegExp, label: string): number {
  const line = report.split('\n').find((l) => lineStart.test(l)) ?? '';
  const at = line.indexOf(label);
  const m = /F1 ([0-9.]+)/.exec(line.slice(Math.max(at, 0)));
  return m ? Number(m[1]) : Number.NaN;
}
