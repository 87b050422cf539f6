#!/usr/bin/env node
// The `wirewatch` command. Runs the build in dist/ (`npm run build`, run by
// `npm ci` and `npm install` through `prepare`) when every source it was built
// from is unchanged, so start-up costs no TypeScript compilation; otherwise runs
// the sources through tsx, so a fresh clone works without a build and an edited
// source is never hidden behind a stale build.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILT_ENTRY = join(ROOT, 'dist', 'wirewatch.js');
const BUILT_INPUTS = join(ROOT, 'dist', 'inputs.json');

/** True when dist/inputs.json lists sources that all still have the size and mtime they were built with. */
function buildIsCurrent() {
  let stamps;
  try {
    stamps = JSON.parse(readFileSync(BUILT_INPUTS, 'utf8'));
  } catch {
    return false;
  }
  const paths = Object.keys(stamps);
  if (paths.length === 0) return false;
  for (const path of paths) {
    try {
      const s = statSync(join(ROOT, path));
      if (s.size !== stamps[path][0] || s.mtimeMs !== stamps[path][1]) return false;
    } catch {
      return false;
    }
  }
  return true;
}

if (buildIsCurrent()) {
  await import(pathToFileURL(BUILT_ENTRY).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli/main.ts');
}
