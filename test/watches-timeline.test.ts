/**
 * The timeline alert end to end, on the demo crawl: a watch on the NIS's
 * figures keeps its own claim timeline across stories, and each document
 * whose figure updates an earlier one there (100 → 600 killed, ~4,700 →
 * ~6,000 casualties) raises a `timeline` alert, written once to the digest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../pipeline/output.js';
import { watchSchema } from '../pipeline/watches/index.js';
import { startDemoCrawl, type DemoCrawlHarness } from './helpers/demo-crawl.js';

let harness: DemoCrawlHarness;
let docs: ArticleDocument[];

beforeAll(async () => {
  harness = await startDemoCrawl();
  harness.config.watches = [watchSchema.parse({ id: 'nis-figures', claims: [{ source: 'south-korea-nis' }], digest: true })];
  docs = (await harness.runOnce()).stored;
  // A second pass publishes nothing, and adds nothing to the digest.
  await harness.runOnce();
});

afterAll(async () => {
  await harness?.close();
});

describe('timeline alerts on the demo crawl', () => {
  it("a later NIS figure that updates an earlier one in the watch's timeline is a timeline alert, across stories", () => {
    const updates = docs.flatMap((d) =>
      d.watches
        .filter((w) => w.id === 'nis-figures')
        .flatMap((w) => w.timelineFlags.map((f) => (f.type === 'update' ? [f.measure, f.from.value, f.to.value, w.alerts.includes('timeline')] : [f.type]))),
    );
    expect(updates).toEqual(
      expect.arrayContaining([
        ['killed', 100, 600, true],
        ['casualties', 4700, 6000, true],
      ]),
    );
    const stories = new Set(docs.filter((d) => d.watches.some((w) => w.timelineFlags.length > 0)).map((d) => d.story.id));
    const storiesMatched = new Set(docs.filter((d) => d.watches.length > 0).map((d) => d.story.id));
    expect(storiesMatched.size).toBeGreaterThan(1);
    expect(stories.size).toBeGreaterThan(0);
  });

  it('the digest holds each alert once, timeline alerts with their update', () => {
    const digestDir = join(harness.dir, 'out', 'digests');
    const files = readdirSync(digestDir);
    const lines = files
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(join(digestDir, f), 'utf8').split('\n').filter(Boolean))
      .map((l) => JSON.parse(l) as { idempotencyKey: string; kind: string });
    const keys = lines.map((l) => l.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
    const timelineAlerts = docs.filter((d) => d.watches.some((w) => w.alerts.includes('timeline')));
    expect(lines.filter((l) => l.kind === 'timeline')).toHaveLength(timelineAlerts.length);
    const markdown = files
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(join(digestDir, f), 'utf8'))
      .join('');
    expect(markdown).toContain('update of killed by south-korea-nis: >= 100 (2024-12-23) → 600 (2025-04-30)');
  });
});
