// The CPU pool's threads load the build of their entry while its sources are unchanged,
// else the sources through tsx (runtime/cpu-thread-bundle.ts); both must compute the same.
// The build goes to a temporary directory: the repository's dist/ is not touched.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPage, tagArticle } from '../pipeline/chain/index.js';
import { articleFeatures } from '../pipeline/dedup/features.js';
import { CpuPool } from '../runtime/cpu-pool.js';
import { cpuThreadFile, type InputStamps, stampsHold, TSX_THREAD_ENTRY } from '../runtime/cpu-thread-bundle.js';

const BUILD_SCRIPT = fileURLToPath(new URL('../scripts/build.mjs', import.meta.url));
const TASKS_SOURCE = new URL('../runtime/cpu-thread-tasks.ts', import.meta.url).href;

const html = `<html><head><title>Port strike holds 4,000 containers</title></head><body><nav><a href="/">Home</a></nav>
  <article><h1>Port strike holds 4,000 containers</h1>
  <p>About 4,000 containers were held at the terminal on Tuesday, the port authority said, as the strike entered its third day.</p>
  <p>Union leaders said 1,200 workers had joined the walkout, according to Reuters, and talks were set to resume on Friday.</p>
  </article><aside><h2>Related Posts</h2><a href="/x">Other story</a></aside></body></html>`;
const page = { html, finalUrl: 'https://news.example/port-strike' };
const entry = { url: page.finalUrl, feedId: 'f' };

/** Loads the pool's threads from `threadFile` and runs a page through extraction, features and claims. */
async function onPool(threadFile: string) {
  const pool = new CpuPool({ threads: 1, ahead: { features: true, claims: false }, threadFile });
  try {
    const article = await pool.extract({ html }, page.finalUrl, entry);
    return { loadedFrom: await pool.loadedFrom(), article, features: pool.features(article), claims: await pool.claims(article, 'a1') };
  } finally {
    await pool.close();
  }
}

describe('CPU thread bundle', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ww-thread-build-'));
    await promisify(execFile)(process.execPath, [BUILD_SCRIPT, '--out', dir, '--only', 'cpu-thread']);
  }, 60_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('holds only while every input keeps its size and mtime', () => {
    const stamps: InputStamps = { 'a.ts': [10, 1000], 'b.ts': [20, 2000] };
    const disk = new Map<string, [number, number]>([
      ['a.ts', [10, 1000]],
      ['b.ts', [20, 2000]],
    ]);
    const stamp = (p: string) => disk.get(p) ?? null;
    expect(stampsHold(stamps, stamp)).toBe(true);
    disk.set('b.ts', [20, 2001]);
    expect(stampsHold(stamps, stamp)).toBe(false);
    disk.set('b.ts', [21, 2000]);
    expect(stampsHold(stamps, stamp)).toBe(false);
    disk.delete('b.ts');
    expect(stampsHold(stamps, stamp)).toBe(false);
    expect(stampsHold({}, stamp)).toBe(false);
  });

  it('loads the build while current, the sources once a stamp is stale, and both compute the same', async () => {
    const stampsFile = join(dir, 'cpu-thread.inputs.json');
    const stamps = JSON.parse(await readFile(stampsFile, 'utf8')) as InputStamps;
    expect(Object.keys(stamps)).toContain('pipeline/chain/steps.ts');
    expect(Object.keys(stamps)).toContain('pipeline/extract/index.ts');

    const builtFile = pathToFileURL(join(dir, 'cpu-thread.js')).href;
    expect(cpuThreadFile(dir)).toBe(builtFile);
    const built = await onPool(cpuThreadFile(dir));
    expect(built.loadedFrom).toBe(builtFile);

    const [first] = Object.keys(stamps);
    const [size = 0, mtimeMs = 0] = stamps[first ?? ''] ?? [];
    await writeFile(stampsFile, JSON.stringify({ ...stamps, [first ?? '']: [size, mtimeMs - 1000] }));
    expect(cpuThreadFile(dir)).toBe(TSX_THREAD_ENTRY);
    const sources = await onPool(cpuThreadFile(dir));
    expect(sources.loadedFrom).toBe(TASKS_SOURCE);
    // No build at all: the sources too.
    expect(cpuThreadFile(join(dir, 'missing'))).toBe(TSX_THREAD_ENTRY);

    const inThread = extractPage(page, entry);
    expect(built.article).toEqual(inThread);
    expect(sources.article).toEqual(inThread);
    expect(built.article.text).toContain('1,200 workers');
    // The dedup features computed on the pool arrive intact (typed arrays, term counts).
    expect(built.features).toEqual(articleFeatures(inThread.title, inThread.text));
    expect(sources.features).toEqual(built.features);
    expect(built.features?.sketch).toBeInstanceOf(Uint16Array);
    expect(built.features?.storyTerms.length).toBeGreaterThan(20);
    expect(built.claims).toEqual(tagArticle(inThread, 'a1'));
    expect(built.claims.length).toBeGreaterThan(0);
    expect(sources.claims).toEqual(built.claims);
  }, 60_000);
});
