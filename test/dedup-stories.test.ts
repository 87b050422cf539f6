/**
 * Story grouping on hand-written articles (written for this test): reports of
 * one event by different outlets, in their own words, join one story; events
 * of the same type (two factory fires, two shootings) in other places stay
 * apart. Background articles on other subjects come first, so that term
 * statistics weigh common words down as on a real stream.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryDedupStore, dedupArticle, type DedupInput } from '../pipeline/dedup/index.js';
import { BACKGROUND, CRASH_A, CRASH_B, DAYTON_FIRE, FERRY_STRIKE, SHOOTING_A, SHOOTING_B, TACOMA_FIRE } from './helpers/story-articles.js';

describe('story grouping of hand-written reports', () => {
  it('joins reports of one event from different outlets and keeps a same-type event elsewhere apart', async () => {
    const store = createMemoryDedupStore();
    for (const a of BACKGROUND) await dedupArticle(a, store);
    const dayton1 = await dedupArticle(DAYTON_FIRE[0] as DedupInput, store);
    const tacoma = await dedupArticle(TACOMA_FIRE, store);
    const dayton2 = await dedupArticle(DAYTON_FIRE[1] as DedupInput, store);
    const millbrook1 = await dedupArticle(SHOOTING_A[0] as DedupInput, store);
    const millbrook2 = await dedupArticle(SHOOTING_A[1] as DedupInput, store);
    // Different wording: stories, not copies.
    for (const v of [dayton2, millbrook2]) expect(v.status).toBe('new');
    expect(dayton2.storyId).toBe(dayton1.storyId);
    expect(millbrook2.storyId).toBe(millbrook1.storyId);
    expect(new Set([dayton1.storyId, tacoma.storyId, millbrook1.storyId]).size).toBe(3);
    expect(await store.getStory(dayton1.storyId)).toMatchObject({ memberCount: 2, outlets: ['ohiodaily.example', 'valleytv.example'] });
  });

  it('keeps two same-day shootings in different towns apart, and two same-day car crashes on other roads', async () => {
    const store = createMemoryDedupStore();
    for (const a of BACKGROUND) await dedupArticle(a, store);
    const millbrook = await dedupArticle(SHOOTING_A[0] as DedupInput, store);
    const riverton = await dedupArticle(SHOOTING_B, store);
    expect(riverton.storyId).not.toBe(millbrook.storyId);
    const ashford = await dedupArticle(CRASH_A, store);
    const wexford = await dedupArticle(CRASH_B, store);
    expect(wexford.storyId).not.toBe(ashford.storyId);
  });

  it('joins one strike told by two outlets in other words', async () => {
    const store = createMemoryDedupStore();
    for (const a of BACKGROUND) await dedupArticle(a, store);
    const first = await dedupArticle(FERRY_STRIKE[0] as DedupInput, store);
    const second = await dedupArticle(FERRY_STRIKE[1] as DedupInput, store);
    expect(second.status).toBe('new');
    expect(second.storyId).toBe(first.storyId);
  });
});
