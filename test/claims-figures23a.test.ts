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
  levelAfterChange: [
    // A change's new level after "to" may follow a currency's counterpart, a period compared over ("year over year"), a
    // market's "to close at", or the measure of the level ("to an annual rate of").
    { text: 'The dollar rose 0.4% against the yen to 151.20.', claims: [q({ value: 0.4, change: 'up ?→?' }), q({ value: 151.2, change: 'up ?→151.2' })] },
    {
      text: 'The median home price rose 4% year over year to $412,300.',
      claims: [q({ value: 4, change: 'up ?→?' }), q({ value: 412_300, change: 'up ?→412300', scope: 'year over year' })],
    },
    { text: 'The index rose 0.6% to close at 19,280.', claims: [q({ value: 0.6, change: 'up ?→?' }), q({ value: 19_280, change: 'up ?→19280' })] },
    { text: 'The stock fell 2% to end the day at $41.10.', claims: [q({ value: 2, change: 'down ?→?' }), q({ value: 41.1, change: 'down ?→41.1' })] },
    {
      text: 'Home sales fell 4.3% in May to a seasonally adjusted annual rate of 3.96 million units.',
      claims: [q({ value: 4.3, change: 'down ?→?' }), q({ value: 3_960_000, change: 'down ?→3960000', counted: 'units' })],
    },
    { text: 'Housing starts jumped to an annual rate of 1.5 million.', claims: [q({ value: 1_500_000, change: 'up ?→1500000' })] },
    // The measure of a level is no noun of change: a level alone keeps no change.
    { text: 'The economy grew at an annual rate of 2.8%.', claims: [q({ value: 2.8, change: null })] },
  ],
  arrival: [
    // A decimal point is no full stop: the clause of change before a participle of arrival goes on past "5.1 million".
    {
      text: 'The service added 5.1 million subscribers in the quarter, bringing its total to 282.7 million.',
      claims: [q({ value: 5_100_000, change: 'up ?→?' }), q({ value: 282_700_000, change: 'up ?→282700000' })],
    },
  ],
  averageOf: [
    // "an average of" right after a verb of change leads to its amount, as "by an average of" does.
    { text: 'Hedge funds lost an average of 4% in March.', claims: [q({ value: 4, change: 'down ?→?', scope: 'in March' })] },
  ],
  times: [
    // A count of times after a verb of change is how often it changed (or a multiple), no amount of it.
    { text: 'The central bank has lowered rates four times this year.', claims: [q({ value: 4, change: null })] },
    // "by four times" keeps the change's way.
    { text: 'The chip increases speed by four times.', claims: [q({ value: 4, change: 'up ?→?' })] },
  ],
  qualifiedNounOfChange: [
    // A participle between the determiner and the figure ("a revised", "a seasonally adjusted") still lets a noun of
    // change after it state the way.
    { text: 'Sales rose 0.4% in October, after a revised 0.8% gain in September.', claims: [q({ value: 0.4 }), q({ value: 0.8, change: 'up ?→?' })] },
    { text: 'Output posted a seasonally adjusted 1.2% decline.', claims: [q({ value: 1.2, change: 'down ?→?' })] },
  ],
  fromAfterScope: [
    // Where a level came from may follow a scope of up to five words.
    {
      text: 'Its headcount shrank to 72,000 at the end of June from 86,000 a year earlier.',
      claims: [q({ value: 72_000, change: 'down 86000→72000', scope: 'at the end of June' })],
    },
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
