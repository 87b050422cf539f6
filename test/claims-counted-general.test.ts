// What a general figure counts (pipeline/claims/counted-general.ts): the noun phrase after a count,
// or after "of" for a percentage or a share; nothing for money, measures or a bare count.
import { describe, expect, it } from 'vitest';
import { readAmounts } from '../pipeline/claims/amounts.js';
import { countedOf } from '../pipeline/claims/counted-general.js';

/** The counted phrase of each amount of the sentence, in order. */
function counted(text: string): Array<string | null> {
  return readAmounts(text).map((a) => countedOf(text, a));
}

describe('countedOf', () => {
  it.each([
    ['The firm will cut 1,200 jobs.', ['jobs']],
    ['Police said 12 people were arrested.', ['people']],
    ['300 new electric buses arrived on Monday.', ['new electric buses']],
    ['About 300 Tesla owners joined the suit.', ['Tesla owners']],
    ['The outbreak has infected more than 1,500 people in three provinces.', ['people', 'provinces']],
    ['Apple sold 50 million iPhones in the quarter.', ['iPhones']],
    ['He scored 30 points.', ['points']],
    ['The school has 40 children and 3 staff.', ['children', 'staff']],
    // A comparative right after the count: how many more of what follows ("200 more than last year" counts nothing).
    ['The city will hire 200 more officers and see 12 fewer cases.', ['officers', 'cases']],
  ])('reads the counted noun phrase of "%s"', (text, expected) => {
    expect(counted(text)).toEqual(expected);
  });

  it.each([
    ['About 40% of adults are overweight.', ['adults']],
    ['Nearly two-thirds of the voters said so.', ['voters']],
    ['Half of all households own a car.', ['households']],
    ['Dozens of flights were cancelled.', ['flights']],
    ['Tens of thousands of residents fled.', ['residents']],
    ['Two of the victims were children.', ['victims']],
  ])('reads what a share or a vague count is of in "%s"', (text, expected) => {
    expect(counted(text)).toEqual(expected);
  });

  it.each([
    // bare counts: what they count comes from the words before (a pack's figures) or stays unknown
    ['600 killed and 400 wounded.', [null, null]],
    ['Floods force 3,000 from homes.', [null]],
    ['The tally of 12 remains.', [null]],
    ['Sales rose 5% in Germany.', [null]],
    // money and measures have units, not counted nouns
    ['The deal is worth $2 billion dollars.', [null]],
    ['Rainfall was 30mm above average.', [null]],
    // singular heads after a count are not plural nouns: no phrase
    ['The 12 status reports and 3 analysis.', ['status reports', null]],
    // an adverb ends the phrase before any noun
    ['Some 200 quickly left.', [null]],
  ])('reads no counted noun in "%s"', (text, expected) => {
    expect(counted(text)).toEqual(expected);
  });

  it('stops at punctuation between the number and a later noun', () => {
    expect(counted('They counted 12, then votes.')).toEqual([null]);
  });
});
