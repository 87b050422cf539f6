/**
 * The extractor against the demo news sites: every article page (and its AMP
 * copy) must keep its key sentences and lose every clutter string. The demo
 * server runs locally on a free port; no internet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLUTTER_STRINGS, DEMO_ARTICLES } from '../demo/expectations.js';
import { startDemoSites, type DemoSites } from '../demo/server.js';
import { extractArticle } from '../pipeline/extract/index.js';

let sites: DemoSites;

beforeAll(async () => {
  sites = await startDemoSites({ port: 0 });
});

afterAll(async () => {
  await sites.close();
});

async function extractPath(path: string) {
  const url = sites.baseUrl + path;
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return extractArticle({ html: await response.text(), url });
}

describe('extractArticle on the demo sites', () => {
  for (const article of DEMO_ARTICLES) {
    for (const [variant, pathOf] of [
      ['canonical', (a: typeof article) => a.path],
      ['amp', (a: typeof article) => a.ampPath],
    ] as const) {
      it(`${article.seedId} (${article.outletId}, ${variant})`, async () => {
        const result = await extractPath(pathOf(article));
        for (const sentence of article.keySentences) expect(result.text).toContain(sentence);
        for (const clutter of CLUTTER_STRINGS) expect(result.text, clutter).not.toContain(clutter);
        expect(result.title).toBe(article.title);
        expect(result.canonicalUrl).toBe(sites.baseUrl + article.path);
        expect(result.flags).not.toContain('not_article');
        expect(result.text.split('\n\n').length).toBeGreaterThan(3);
      });
    }
  }
});
