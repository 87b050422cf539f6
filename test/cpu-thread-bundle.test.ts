// The CPU pool's threads load the pipeline from a bundle, rebuilt when a source changes
// (runtime/cpu-thread-bundle.ts); the bundle must compute what the sources compute.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CpuPool } from '../runtime/cpu-pool.js';
import { BUNDLE_DIR, cpuThreadFile, stampsHold, type InputStamps } from '../runtime/cpu-thread-bundle.js';
import { extractPage, tagArticle } from '../pipeline/chain/index.js';
import { articleFeatures } from '../pipeline/dedup/features.js';

const pool = new CpuPool({ threads: 1, ahead: { features: true, claims: false } });
afterAll(() => pool.close());

describe('CPU thread bundle', () => {
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

  it('is built from the pipeline sources and gives the same extraction and claims as they do', async () => {
    const file = cpuThreadFile((err) => {
      throw err;
    });
    expect(file).toBe(new URL(`file://${join(BUNDLE_DIR, 'cpu-thread.mjs')}`).href);
    expect(existsSync(fileURLToPath(file))).toBe(true);
    const inputs = Object.keys(JSON.parse(readFileSync(join(BUNDLE_DIR, 'cpu-thread.inputs.json'), 'utf8')) as InputStamps);
    expect(inputs).toContain('pipeline/chain/steps.ts');
    expect(inputs).toContain('pipeline/extract/index.ts');

    const html = `<html><head><title>Port strike holds 4,000 containers</title></head><body><nav><a href="/">Home</a></nav>
      <article><h1>Port strike holds 4,000 containers</h1>
      <p>About 4,000 containers were held at the terminal on Tuesday, the port authority said, as the strike entered its third day.</p>
      <p>Union leaders said 1,200 workers had joined the walkout, according to Reuters, and talks were set to resume on Friday.</p>
      </article><aside><h2>Related Posts</h2><a href="/x">Other story</a></aside></body></html>`;
    const page = { html, finalUrl: 'https://news.example/port-strike' };
    const entry = { url: page.finalUrl, feedId: 'f' };
    const inThread = extractPage(page, entry);
    const onPool = await pool.extract({ html }, page.finalUrl, entry);
    expect(onPool).toEqual(inThread);
    expect(onPool.text).toContain('1,200 workers');
    // The dedup features computed on the pool arrive intact (typed arrays, term counts).
    const features = pool.features(onPool);
    expect(features).toEqual(articleFeatures(inThread.title, inThread.text));
    expect(features?.sketch).toBeInstanceOf(Uint16Array);
    expect(features?.storyTerms.length).toBeGreaterThan(20);
    expect(await pool.claims(onPool, 'a1')).toEqual(tagArticle(inThread, 'a1'));
  });
});
