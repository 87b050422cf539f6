// The CPU pool takes a fetched page's response bytes instead of its decoded HTML
// when it has them (runtime/cpu-pool.ts forThread): the thread decodes them as
// the fetch did, so extraction must see the very same string.
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeBody } from '../crawlers/charset.js';
import { CpuPool } from '../runtime/cpu-pool.js';

const pool = new CpuPool({ threads: 1, ahead: { features: true, claims: true } });
afterAll(() => pool.close());

const entry = { url: 'https://news.example/world/port', feedId: 'news' };
const paragraphs = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Officials in Malmö said on Tuesday that “around ${i + 2},000 workers” had been moved — a figure the café owners’ union disputed, according to Señora Pérez, its spokeswoman, in remarks to reporters.</p>`,
).join('\n');
const html = `<!doctype html><html><head><title>Port workers moved in Malmö</title></head><body><article><h1>Port workers moved in Malmö</h1>${paragraphs}</article></body></html>`;

describe('CPU pool fed with response bytes', () => {
  for (const [charset, bytes] of [
    ['utf-8', Buffer.from(html, 'utf8')],
    ['windows-1252', iconv.encode(html, 'windows-1252')],
  ] as const) {
    it(`extracts from ${charset} bytes exactly what it extracts from the decoded HTML`, async () => {
      const contentType = `text/html; charset=${charset}`;
      const decoded = decodeBody(bytes, contentType).text;
      const fromHtml = await pool.extract({ html: decoded }, entry.url, entry);
      const fromBytes = await pool.extract({ bytes, contentType }, entry.url, entry);
      expect(fromHtml.text).toContain('Malmö said on Tuesday that “around 2,000 workers”');
      expect(fromBytes).toEqual(fromHtml);
      expect(pool.features(fromBytes)).toEqual(pool.features(fromHtml));
    });
  }

  it('copes with a view into a larger buffer', async () => {
    const larger = Buffer.concat([Buffer.from('x'.repeat(100)), Buffer.from(html, 'utf8'), Buffer.from('y'.repeat(100))]);
    const view = larger.subarray(100, larger.length - 100);
    const out = await pool.extract({ bytes: view, contentType: 'text/html' }, entry.url, entry);
    expect(out.title).toBe('Port workers moved in Malmö');
  });
});
