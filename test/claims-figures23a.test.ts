// Figures of business, markets, economy, energy, property, tech and retail news the tagger misread, each case
// standing for a general cause (see the comment above it), not a quirk of its sentence. The sentences were written
// for this file. Each case lists all the claims of its text, in order; a claim lists only the fields the case is about.
import { describe, expect, it } from 'vitest';
import { type Case, tag, type View, view } from './helpers/claim-view.js';

/** A plain figure claim. */
const q = (fields: Partial<View>): Partial<View> => ({ kind: 'quantity', ...fields });

const CASES: Record<string, Case[]> = {
  rateAdjectives: [
    // A rate's adjective after a count and before a word names the kind of what is counted: no rate, and the counted
    // noun keeps it.
    { text: 'The app has 640 million monthly active users.', claims: [q({ value: 640_000_000, per: null, counted: 'monthly active users' })] },
    { text: 'The chatbot now has 300 million weekly users.', claims: [q({ value: 300_000_000, per: null, counted: 'weekly users' })] },
    // Money, measures and a count that ends its clause keep the rate.
    { text: 'The agency has a $5bn annual budget.', claims: [q({ value: 5_000_000_000, per: 'year' })] },
    { text: 'Infections rose to 5,000 daily.', claims: [q({ value: 5000, per: 'day' })] },
  ],
};

describe('figures of business and markets news (fig23a)', () => {
  for (const [domain, cases] of Object.entries(CASES)) {
    describe(domain, () => {
      for (const k of cases) {
        it(k.text, () => {
          const got = tag(k).map(view);
          const want = k.claims;
          expect(got.length, JSON.stringify(got)).toBe(want.length);
          for (const [i, w] of want.entries()) expect(got[i]).toMatchObject(w);
        });
      }
    });
  }
});
