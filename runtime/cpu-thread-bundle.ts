/**
 * Chooses the file the CPU pool's threads load. Each thread loads the whole
 * pipeline: through tsx that took 1.5 CPU s per thread on this machine (plus
 * its loader thread's), against 0.2 s for one bundled file, paid again by every
 * thread of every process.
 *
 * The bundle is made by the build step (scripts/build.mjs, `npm run build`, run
 * by `npm ci`), never at run time: dist/cpu-thread.js, with the size and mtime
 * of every source it was built from in dist/cpu-thread.inputs.json. It is used
 * only while they all hold (a few hundred stat calls at pool start); otherwise
 * (no build, or an edited source) the threads load the sources through tsx:
 * slower to start, never stale.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '..');
/** Where `npm run build` writes. */
export const BUILD_DIR = join(ROOT, 'dist');
export const TSX_THREAD_ENTRY = new URL('./cpu-thread.mjs', import.meta.url).href;

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

/** The built thread entry in buildDir while its sources are unchanged, else the tsx entry. */
export function cpuThreadFile(buildDir: string = BUILD_DIR): string {
  let stamps: InputStamps;
  try {
    stamps = JSON.parse(readFileSync(join(buildDir, 'cpu-thread.inputs.json'), 'utf8')) as InputStamps;
  } catch {
    return TSX_THREAD_ENTRY;
  }
  const built = join(buildDir, 'cpu-thread.js');
  return stampsHold(stamps) && stampOf(built) !== null ? pathToFileURL(built).href : TSX_THREAD_ENTRY;
}
