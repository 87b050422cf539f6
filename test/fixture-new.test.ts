/**
 * scripts/fixture-new.ts turns a saved page into a golden case that
 * test/extract.test.ts reads: on a small hand-written page in a temp dir, the
 * case it writes holds for the extractor that wrote it, pins the page's
 * metadata, and lists clutter strings from the page that the text leaves out.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline/extract/index.js';
import type { ExtractedArticle } from '../pipeline/types.js';
import { type GoldenCase, parseFixtureArgs, reviewNotes, slugFor, writeFixture } from '../scripts/fixture-new.js';

const ROOT = join(import.meta.dirname, '..');
const URL_OF_PAGE = 'https://news.example/world/2025/03/river-levels-fall-after-week-of-floods';

const STORY = [
  'River levels across the northern valley fell on Sunday for the first time in a week, officials said, as crews began clearing roads cut off by the floods.',
  'The regional water authority said the main river had dropped by almost a metre since Friday, and that no further rain was forecast before Wednesday.',
  'More than 2,000 people remain in temporary shelters, according to the provincial emergency office, which said it expected most of them to return home within days.',
  'Farmers in the lower valley said the water had destroyed much of the winter crop, and asked the government to speed up compensation payments promised last year.',
  'Engineers will inspect the old stone bridge at Marrow Ford on Monday before it is reopened to traffic, the transport ministry said in a statement.',
];

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>River levels fall after a week of floods | News Example</title>
<meta property="og:site_name" content="News Example">
<meta property="article:published_time" content="2025-03-09T08:30:00Z">
<link rel="canonical" href="https://news.example/world/river-levels-fall">
</head><body>
<nav><ul><li><a href="/">Home page of the site</a></li><li><a href="/world">World news section</a></li></ul></nav>
<article>
<h1>River levels fall after a week of floods</h1>
<p class="byline">By Ana Ruiz</p>
${STORY.map((p) => `<p>${p}</p>`).join('\n')}
</article>
<aside class="related"><h3>Related stories you may like</h3><ul><li><a href="/a">Storm warning issued for the coast</a></li></ul></aside>
<footer><p>Copyright News Example, all rights reserved</p></footer>
</body></html>`;

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ww-fixture-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The checks test/extract.test.ts makes of a golden case. */
function holds(golden: GoldenCase, html: string): void {
  const result = extractArticle({ html, url: golden.url });
  const paragraphs = result.text.split('\n\n');
  for (const [key, value] of Object.entries(golden.expected)) expect(result[key as keyof ExtractedArticle], key).toEqual(value);
  for (const s of golden.mustContain) expect(result.text).toContain(s);
  for (const s of golden.mustNotContain) expect(result.text).not.toContain(s);
  for (const p of golden.paragraphs) expect(paragraphs).toContain(p);
  expect(paragraphs.length).toBeGreaterThanOrEqual(golden.minParagraphs);
}

describe('fixture:new', () => {
  it('writes source.html and an expected.json that the golden test accepts', () => {
    const file = join(tempDir(), 'saved.html');
    writeFileSync(file, PAGE);
    const out = tempDir();
    const result = writeFixture({ file, url: URL_OF_PAGE, outDir: out });

    expect(result.dir).toBe(join(out, 'river-levels-fall-after-week-of-floods'));
    const html = readFileSync(join(result.dir, 'source.html'), 'utf8');
    expect(html).toBe(PAGE);
    const golden = JSON.parse(readFileSync(join(result.dir, 'expected.json'), 'utf8')) as GoldenCase;
    expect(golden).toEqual(result.golden);
    holds(golden, html);

    expect(golden.url).toBe(URL_OF_PAGE);
    expect(golden.expected).toMatchObject({
      title: 'River levels fall after a week of floods',
      canonicalUrl: 'https://news.example/world/river-levels-fall',
      siteName: 'News Example',
      language: 'en',
    });
    expect(golden.mustContain).toEqual([STORY[0], STORY[4]]);
    expect(golden.minParagraphs).toBeGreaterThanOrEqual(STORY.length);
    expect(golden.mustNotContain).toEqual(
      expect.arrayContaining(['Home page of the site', 'Related stories you may like', 'Copyright News Example, all rights reserved']),
    );
    expect(reviewNotes(result)).toContain('Review expected.json');
  });

  it('refuses to overwrite a case unless told to', () => {
    const file = join(tempDir(), 'saved.html');
    writeFileSync(file, PAGE);
    const out = tempDir();
    writeFixture({ file, url: URL_OF_PAGE, outDir: out, slug: 'floods' });
    expect(() => writeFixture({ file, url: URL_OF_PAGE, outDir: out, slug: 'floods' })).toThrow(/exists/);
    expect(() => writeFixture({ file, url: URL_OF_PAGE, outDir: out, slug: 'floods', force: true })).not.toThrow();
    expect(() => writeFixture({ file, url: URL_OF_PAGE, outDir: out, slug: '../floods' })).toThrow(/slug/);
  });

  it('stores a page saved in another charset as UTF-8 text', () => {
    const file = join(tempDir(), 'saved.html');
    const page = PAGE.replace('charset="utf-8"', 'charset="windows-1251"').replace('By Ana Ruiz', 'By Анна Руис');
    writeFileSync(file, iconv.encode(page, 'windows-1251'));
    const result = writeFixture({ file, url: URL_OF_PAGE, outDir: tempDir() });
    expect(result.charset).toBe('windows-1251');
    expect(readFileSync(join(result.dir, 'source.html'), 'utf8')).toBe(page);
  });

  it('reads FILE --url URL [--slug NAME], and names the case after the URL', () => {
    expect(parseFixtureArgs(['page.html', '--url', URL_OF_PAGE, '--slug', 'x'])).toMatchObject({ file: 'page.html', url: URL_OF_PAGE, slug: 'x' });
    expect(() => parseFixtureArgs(['page.html'])).toThrow(/usage/);
    expect(() => parseFixtureArgs(['page.html', '--url', 'not a url'])).toThrow(/absolute URL/);
    expect(slugFor('https://a.example/news/Big-Story_2025.html', 'x.html')).toBe('big-story-2025');
    expect(slugFor('https://a.example/', '/tmp/Saved Page.htm')).toBe('saved-page');
  });

  it('runs as `npm run fixture:new` does', async () => {
    const file = join(tempDir(), 'saved.html');
    writeFileSync(file, PAGE);
    const out = tempDir();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/fixture-new.ts', file, '--url', URL_OF_PAGE, '--slug', 'cli-case', '--out', out],
      {
        cwd: ROOT,
      },
    );
    expect(stdout).toContain(`wrote ${join(out, 'cli-case')}/source.html`);
    expect(readFileSync(join(out, 'cli-case', 'source.html'), 'utf8')).toBe(PAGE);
  });
});
