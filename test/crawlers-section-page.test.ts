/**
 * HTML section pages as a source (kind: html): article links become entries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSectionPage } from '../crawlers/section-page.js';
import { PRODUCTION_URL_POLICY } from '../crawlers/url-policy.js';
import { DEMO_ARTICLES } from '../demo/expectations.js';
import { startDemoCrawl, type DemoCrawlHarness } from './helpers/demo-crawl.js';

const PAGE = `<html><body><nav><a href="/">Home</a><a href="/world">World</a><a href="javascript:alert(1)">x</a></nav>
<main><a href="/world/2025/03/02/flood-waters-rise-in-the-valley">Flood waters rise in the valley</a>
<a href="/world/2025/03/02/flood-waters-rise-in-the-valley#comments">12 comments</a>
<a href="https://other.example/world/some-long-story-slug">Elsewhere</a>
<a href="http://10.0.0.5/internal/secret-admin-page-here">internal</a>
<a href="/video/story-1234567">Video</a></main></body></html>`;

describe('section pages', () => {
  it('takes same-host headline-slug links by default, once each, and drops refused addresses', () => {
    const { entries, blockedEntries } = parseSectionPage(PAGE, 'https://news.example/world', 'world', { policy: PRODUCTION_URL_POLICY });
    expect(entries.map((e) => e.url)).toEqual([
      'https://news.example/world/2025/03/02/flood-waters-rise-in-the-valley',
      'https://news.example/video/story-1234567',
    ]);
    expect(entries[0]?.title).toBe('Flood waters rise in the valley');
    expect(blockedEntries).toBe(0);
  });

  it("uses the feed's allowPattern when given, and counts links to refused addresses", () => {
    const { entries, blockedEntries } = parseSectionPage(PAGE, 'https://news.example/world', 'world', {
      policy: PRODUCTION_URL_POLICY,
      allowPattern: '/(world|internal)/',
    });
    expect(entries.map((e) => e.url)).toEqual([
      'https://news.example/world/2025/03/02/flood-waters-rise-in-the-valley',
      'https://other.example/world/some-long-story-slug',
    ]);
    expect(blockedEntries).toBe(1);
  });
});

describe('a section page crawled as a feed', () => {
  let harness: DemoCrawlHarness;
  beforeAll(async () => {
    harness = await startDemoCrawl({
      scriptFeeds: false,
      feeds: (sites) => [{ id: 'northwire-home', url: `${sites.baseUrl}/northwire/`, kind: 'html', allowPattern: '/northwire/\\d{4}/' }],
    });
  });
  afterAll(async () => harness?.close());

  it("finds the outlet's articles on its home page", async () => {
    const { summary } = await harness.runOnce();
    const home = summary.feeds.find((f) => f.feedId === 'northwire-home');
    expect(home?.status).toBe('ok');
    expect(home?.entries).toBeGreaterThan(0);
    const northwire = DEMO_ARTICLES.find((a) => a.outletId === 'northwire');
    const urls = summary.published.map((e) => e.canonicalUrl);
    expect(urls.some((u) => northwire && u.endsWith(northwire.path))).toBe(true);
  });
});
