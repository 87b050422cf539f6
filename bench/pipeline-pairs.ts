/**
 * bench:pipeline over several checkouts in one run, alternating: the "same run"
 * comparison of a change against the code before it. Each round runs every
 * checkout's own `bench/pipeline.ts` once, in the order given (one mode after the
 * other, nothing else of ours running), so a machine that slows down or speeds up
 * during the run weighs on every checkout alike. The last checkout is the one under
 * test: each round prints its pages/s against each other checkout's in that round.
 *
 *   npx tsx bench/pipeline-pairs.ts [--rounds 3] [--pages 2000] [--workers 1] CHECKOUT... CHECKOUT
 *
 * `--workers 0` runs the embedded mode alone. Every checkout needs its own install
 * (`npm ci`, which builds `dist/`); a checkout's bench runs in its own directory
 * with `--rounds 1 --dom linkedom-patched --skip-crawlee`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';

interface Row {
  pagesPerSec: number;
  cpuSecsPer1kPages: number;
}
interface Run {
  round: number;
  checkout: string;
  commit: string;
  load: string;
  modes: Partial<Record<Mode, Row>>;
}
type Mode = 'distributed' | 'embedded';
const MODES: readonly Mode[] = ['distributed', 'embedded'];

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} takes a whole number, got ${process.argv[i + 1]}`);
  return value;
}

const ROUNDS = option('--rounds', 3);
const PAGES = option('--pages', 2000);
const WORKERS = option('--workers', 1);
const checkouts = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
if (checkouts.length < 2) {
  console.error(
    'usage: npx tsx bench/pipeline-pairs.ts [--rounds N] [--pages N] [--workers N] CHECKOUT... CHECKOUT (at least two; the last is the one under test)',
  );
  process.exit(2);
}
for (const dir of checkouts) {
  if (!existsSync(join(dir, 'bench', 'pipeline.ts'))) {
    console.error(`${dir}: no bench/pipeline.ts there (a wirewatch checkout with its own npm ci is needed)`);
    process.exit(2);
  }
}

/** The bench's result rows: `| wirewatch <mode>… | documents | seconds | pages/s | vs Crawlee | CPU s / 1k pages |`. */
function rowsOf(output: string): Run['modes'] {
  const modes: Run['modes'] = {};
  for (const line of output.split('\n')) {
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim());
    const mode = MODES.find((m) => cells[0]?.startsWith(`wirewatch ${m}`));
    if (mode && cells.length === 6) modes[mode] = { pagesPerSec: Number(cells[3]), cpuSecsPer1kPages: Number(cells[5]) };
  }
  return modes;
}

const runs: Run[] = [];
const args = [
  'tsx',
  'bench/pipeline.ts',
  '--pages',
  String(PAGES),
  '--workers',
  String(WORKERS),
  '--rounds',
  '1',
  '--dom',
  'linkedom-patched',
  '--skip-crawlee',
];
for (let round = 1; round <= ROUNDS; round++) {
  for (const checkout of checkouts) {
    const cwd = resolve(checkout);
    const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8' }).stdout.trim() || '?';
    const load = loadavg()[0]?.toFixed(1) ?? '?';
    process.stderr.write(`round ${round}/${ROUNDS}: ${checkout} (${commit}), load ${load} ...`);
    const done = spawnSync('npx', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const modes = rowsOf(done.stdout ?? '');
    if (done.status !== 0 || Object.keys(modes).length === 0) {
      process.stderr.write(` failed (exit ${done.status})\n${(done.stderr ?? '').slice(-2000)}\n`);
      process.exit(1);
    }
    process.stderr.write(` ${MODES.map((m) => (modes[m] ? `${m} ${modes[m].pagesPerSec} pages/s` : '')).join(' ')}\n`);
    runs.push({ round, checkout, commit, load, modes });
  }
}

const cell = (row: Row | undefined): string => (row ? `${row.pagesPerSec.toFixed(1)} (${row.cpuSecsPer1kPages.toFixed(1)})` : '–');
console.log(`\nbench:pipeline, ${PAGES} pages, ${WORKERS} worker(s); pages/s (CPU s per 1,000 pages)\n`);
console.log('| round | checkout | commit | load | distributed | embedded |');
console.log('| ---: | --- | --- | ---: | ---: | ---: |');
for (const r of runs) console.log(`| ${r.round} | ${r.checkout} | ${r.commit} | ${r.load} | ${cell(r.modes.distributed)} | ${cell(r.modes.embedded)} |`);

const tested = checkouts[checkouts.length - 1] as string;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
console.log(`\n${tested} against each other checkout, pages/s ratio per round (median):`);
for (const other of checkouts.slice(0, -1)) {
  for (const mode of MODES) {
    const ratios: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const mine = runs.find((r) => r.round === round && r.checkout === tested)?.modes[mode];
      const theirs = runs.find((r) => r.round === round && r.checkout === other)?.modes[mode];
      if (mine && theirs) ratios.push(mine.pagesPerSec / theirs.pagesPerSec);
    }
    if (ratios.length > 0) console.log(`  vs ${other}, ${mode}: ${ratios.map((x) => x.toFixed(2)).join(', ')} (median ${median(ratios).toFixed(2)}×)`);
  }
}
