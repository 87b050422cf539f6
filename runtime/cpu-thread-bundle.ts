/**
 * The CPU pool's threads load the pipeline from one bundled file instead of
 * through tsx: measured on this machine, a thread loading the TypeScript
 * sources through tsx took 1.5 CPU s (plus its loader thread's), against 0.2 s
 * for the bundle, paid again by every thread of every process.
 *
 * The bundle (esbuild, the compiler tsx itself uses) is written under
 * node_modules/.cache/wirewatch/ and rebuilt when any file it was built from has
 * changed (esbuild's metafile lists them; their sizes and mtimes are compared at
 * pool start, a few hundred stat calls). Where it cannot be written (read-only
 * install) the threads load the sources through tsx as before.
 */
import { buildSync } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '..');
const ENTRY = join(here, 'cpu-thread-tasks.ts');
const TSX_ENTRY = new URL('./cpu-thread.mjs', import.meta.url).href;
export const BUNDLE_DIR = join(ROOT, 'node_modules', '.cache', 'wirewatch');
const BUNDLE_FILE = join(BUNDLE_DIR, 'cpu-thread.mjs');
const META_FILE = join(BUNDLE_DIR, 'cpu-thread.inputs.json');

/** Size and modification time of each input, by path relative to the repository root. */
export type InputStamps = Record<string, [sizeBytes: number, mtimeMs: number]>;

function stampOf(path: string): [number, number] | null {
  try {
    const s = statSync(resolve(ROOT, path));
    return [s.size, s.mtimeMs];
  } catch {
    return null;
  }
}

/** True when every input still has the size and mtime it had when the bundle was built. */
export function stampsHold(stamps: InputStamps, stamp: (path: string) => [number, number] | null = stampOf): boolean {
  const paths = Object.keys(stamps);
  return (
    paths.length > 0 &&
    paths.every((p) => {
      const now = stamp(p);
      return now !== null && now[0] === stamps[p]?.[0] && now[1] === stamps[p]?.[1];
    })
  );
}

function readStamps(): InputStamps | null {
  try {
    return JSON.parse(readFileSync(META_FILE, 'utf8')) as InputStamps;
  } catch {
    return null;
  }
}

function build(): void {
  mkdirSync(BUNDLE_DIR, { recursive: true });
  // Written beside, then renamed: another process starting at the same moment never reads half a file.
  const tmp = `${BUNDLE_FILE}.${process.pid}.tmp`;
  const result = buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: tmp,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: ROOT,
    // CommonJS dependencies inside an ES module bundle call require(): give them one.
    banner: { js: "import { createRequire as __wwCreateRequire } from 'node:module'; const require = __wwCreateRequire(import.meta.url);" },
  });
  const stamps: InputStamps = {};
  for (const path of Object.keys(result.metafile?.inputs ?? {})) {
    const stamp = stampOf(path);
    if (stamp) stamps[path] = stamp;
  }
  renameSync(tmp, BUNDLE_FILE);
  writeFileSync(META_FILE, JSON.stringify(stamps));
}

/**
 * The file the pool's threads load: the bundle, built or rebuilt first when
 * needed, or the tsx entry when the bundle cannot be built or written.
 */
export function cpuThreadFile(onFallback: (err: Error) => void = () => undefined): string {
  try {
    const stamps = readStamps();
    if (stamps === null || !stampsHold(stamps)) build();
    return pathToFileURL(BUNDLE_FILE).href;
  } catch (err) {
    onFallback(err as Error);
    return TSX_ENTRY;
  }
}
