import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_INTERVAL_SECS, DEFAULT_MIN_INTERVAL_SECS, nextIntervalSecs } from '../pipeline/adaptive-interval.js';

describe('adaptive polling interval', () => {
  it('polls a feed that yields only repeats less often, up to the maximum', () => {
    let secs = 900;
    for (let i = 0; i < 40; i++) secs = nextIntervalSecs({ currentSecs: secs, newItems: 0 });
    expect(secs).toBe(DEFAULT_MAX_INTERVAL_SECS);
    expect(nextIntervalSecs({ currentSecs: 900, newItems: 0 })).toBeGreaterThan(900);
  });

  it('polls a feed that yields new items more often, down to the minimum', () => {
    let secs = 3600;
    for (let i = 0; i < 40; i++) secs = nextIntervalSecs({ currentSecs: secs, newItems: 3 });
    expect(secs).toBe(DEFAULT_MIN_INTERVAL_SECS);
  });

  it("never polls faster than the feed's own ttl / update period", () => {
    expect(nextIntervalSecs({ currentSecs: 900, newItems: 5, feedHintSecs: 3600 })).toBe(3600);
  });
});
