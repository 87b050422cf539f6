// The amount reader on hand-written news sentences (business, politics, courts,
// sport, weather, health): every quantity form with its value, unit, bound,
// low/high and UTF-16 span, and the non-figures that must not become claims.
import { describe, expect, it } from 'vitest';
import { readAmounts } from '../pipeline/claims/amounts.js';
import { expectFigures, figures } from './helpers/amounts.js';

describe('amounts in business news', () => {
  it('reads a percentage, money with scale and a count from an earnings line', () => {
    expectFigures('Acme Corp said quarterly profit rose 23% to $1.1 billion and it would cut 1,200 jobs.', [
      { text: '23%', value: 23, unit: 'percent', bound: '=', type: 'percent' },
      { text: '$1.1 billion', value: 1.1e9, unit: 'USD', type: 'money' },
      { text: '1,200', value: 1200, unit: null, type: 'count' },
    ]);
  });

  it('keeps percent, negative percent and percentage points apart, and reads yen with a glued scale', () => {
    expectFigures("Sony's operating profit fell 1.1bn yen, or -1.3%, while its margin narrowed by 5 percentage points.", [
      { text: '1.1bn yen', value: 1.1e9, unit: 'JPY', type: 'money' },
      { text: '-1.3%', value: -1.3, unit: 'percent' },
      { text: '5 percentage points', value: 5, unit: 'percentage_point', type: 'percentage_point' },
    ]);
  });

  it('reads euro and rupee amounts written with symbols, letters and crore', () => {
    expectFigures('The lender raised €3m from investors and Rs 500 crore from Indian banks.', [
      { text: '€3m', value: 3e6, unit: 'EUR' },
      { text: 'Rs 500 crore', value: 5e9, unit: 'INR' },
    ]);
  });

  it('reads a dashed price range in pence and basis points', () => {
    expectFigures('Shares traded at 252-287 pence after the bank cut rates by 25 basis points.', [
      { text: '252-287 pence', value: null, low: 252, high: 287, bound: 'range', unit: 'GBX' },
      { text: '25 basis points', value: 25, unit: 'basis_point' },
    ]);
  });

  it('reads lower-cased, tokenised newswire money ("$ 75 million") and dollars with cents per share', () => {
    expectFigures('the company sold $ 75 million of bonds and will pay 3 dollars 50 cents a share .', [
      { text: '$ 75 million', value: 7.5e7, unit: 'USD' },
      { text: '3 dollars 50 cents a share', value: 3.5, unit: 'USD', per: 'share' },
    ]);
  });

  it('marks "from 5% to 7%" as a from→to pair, not a plain range', () => {
    expectFigures('Its market share grew from 5% to 7% in the third quarter.', [{ text: '5% to 7%', low: 5, high: 7, unit: 'percent', fromTo: true }]);
  });

  it('reads Hong Kong dollars and a count in words with "and"', () => {
    expectFigures('Exports fell 19% to HK$10.05 billion, and one hundred and twenty stores closed.', [
      { text: '19%', value: 19 },
      { text: 'HK$10.05 billion', value: 10.05e9, unit: 'HKD' },
      { text: 'one hundred and twenty', value: 120, type: 'count' },
    ]);
  });
});

describe('amounts in politics', () => {
  it('reads word fractions and "one in five" as shares', () => {
    expectFigures('Three quarters of voters backed the bill, and one in five said they had never voted.', [
      { text: 'Three quarters', value: 0.75, unit: 'share', type: 'share' },
      { text: 'one in five', value: 0.2, unit: 'share', type: 'share' },
    ]);
  });

  it('reads the bounds more than, at least, no more than', () => {
    expectFigures('Turnout was more than 60 percent, with at least 5,000 ballots spoiled and no more than 20 seats changing hands.', [
      { text: 'more than 60 percent', value: 60, bound: '>', unit: 'percent' },
      { text: 'at least 5,000', value: 5000, bound: '>=' },
      { text: 'no more than 20', value: 20, bound: '<=' },
    ]);
  });

  it('reads "nearly half" as an approximate share and a scaled count', () => {
    expectFigures("The senator said nearly half of the state's 3.2 million residents lacked insurance.", [
      { text: 'nearly half', value: 0.5, bound: '<~', unit: 'share' },
      { text: '3.2 million', value: 3.2e6, type: 'count' },
    ]);
  });

  it('reads vague amounts with the documented low/high and a "between X and Y" range', () => {
    expectFigures('The ministry said tens of thousands of people, or between 20,000 and 30,000, fled.', [
      { text: 'tens of thousands', value: null, low: 20_000, high: 99_000, bound: 'range' },
      { text: 'between 20,000 and 30,000', value: null, low: 20_000, high: 30_000, bound: 'range' },
    ]);
  });

  it('reads "fewer than" and "equal to or more than"', () => {
    expectFigures('Fewer than 100 polling stations opened, while equal to or more than 60 schools closed.', [
      { text: 'Fewer than 100', value: 100, bound: '<' },
      { text: 'equal to or more than 60', value: 60, bound: '>=' },
    ]);
  });
});

describe('amounts in court reports', () => {
  it('reads a fine in pounds and a daily penalty with an upper bound', () => {
    expectFigures('The judge fined the firm £4.2 million and ordered it to pay up to 20,000 dollars a day.', [
      { text: '£4.2 million', value: 4.2e6, unit: 'GBP' },
      { text: 'up to 20,000 dollars a day', value: 20_000, bound: '<=', unit: 'USD', per: 'day' },
    ]);
  });

  it('finds the arrest count and nothing in "in Washington on Saturday"', () => {
    expectFigures('Police said 12 people were arrested in Washington on Saturday.', [{ text: '12', value: 12, type: 'count' }]);
  });

  it('takes no figure from an age, a clock time or a date, and labels the age and the year', () => {
    const s = 'A 45-year-old man, aged 45, appeared in court at 3:30 p.m. on March 3, 2024.';
    expect(figures(s)).toEqual([]);
    expect(readAmounts(s).map((a) => [a.text, a.type])).toEqual([
      ['45-year', 'age'],
      ['45', 'age'],
      ['2024', 'year'],
    ]);
  });

  it('reads "Name, 20, who" as an age, not a count', () => {
    const s = 'Jordan Blake, 20, who was charged with 3 counts of fraud, was bailed.';
    expectFigures(s, [{ text: '3', value: 3 }]);
    expect(readAmounts(s)[0]).toMatchObject({ text: '20', type: 'age', start: 14 });
  });

  it('takes no figure from a phone number, an address or "one" as a pronoun', () => {
    expect(figures('No one was hurt, and one of the guards said to call 555-123-4567 or come to 10 Downing Street.')).toEqual([]);
  });
});

describe('amounts in sport', () => {
  it('takes no figure from a match score but keeps the points gap', () => {
    expectFigures('Liverpool beat Chelsea 3-1 on Sunday to go two points clear.', [{ text: 'two', value: 2 }]);
    expect(figures('It finished in a 2-2 draw at Anfield.')).toEqual([]);
  });

  it('reads a transfer fee with "about" and goal counts, not "14 in 20" as a share', () => {
    expectFigures('The striker, signed for about £60m, has scored 14 goals in 20 games.', [
      { text: 'about £60m', value: 6e7, bound: '~', unit: 'GBP' },
      { text: '14', value: 14 },
      { text: '20', value: 20 },
    ]);
  });
});

describe('amounts in weather reports', () => {
  it('reads a speed with an upper bound, a negative temperature and a centimetre range', () => {
    expectFigures('The storm brought winds of up to 120 km/h, temperatures of -5°C and between 10 and 15 cm of snow.', [
      { text: 'up to 120 km/h', value: 120, bound: '<=', unit: 'km/h', type: 'measure' },
      { text: '-5°C', value: -5, unit: '°C' },
      { text: 'between 10 and 15 cm', low: 10, high: 15, unit: 'cm', bound: 'range' },
    ]);
  });

  it('reads degrees Celsius and Fahrenheit, glued millimetres, and leaves the period out', () => {
    const s = 'Temperatures hit 40 degrees Celsius (104 degrees Fahrenheit) and 70mm of rain fell in 24 hours.';
    expectFigures(s, [
      { text: '40 degrees Celsius', value: 40, unit: '°C' },
      { text: '104 degrees Fahrenheit', value: 104, unit: '°F' },
      { text: '70mm', value: 70, unit: 'mm' },
    ]);
    expect(readAmounts(s).at(-1)).toMatchObject({ text: '24 hours', type: 'duration' });
  });

  it('reads a displaced count, "dozens" and an area', () => {
    expectFigures('Floods forced 3,000 people from their homes and dozens of roads closed across 1,200 square kilometres.', [
      { text: '3,000', value: 3000 },
      { text: 'dozens', value: null, low: 24, high: 99, bound: 'range' },
      { text: '1,200 square kilometres', value: 1200, unit: 'km2', type: 'measure' },
    ]);
  });
});

describe('amounts in health news', () => {
  it('reads a glued weight, a dose and a hyphenated fraction', () => {
    expectFigures('Patients over 70kg were given 50 mg of the drug, and two-thirds of them recovered.', [
      { text: 'over 70kg', value: 70, bound: '>', unit: 'kg' },
      { text: '50 mg', value: 50, unit: 'mg' },
      { text: 'two-thirds', value: 2 / 3, unit: 'share' },
    ]);
  });

  it('reads "1/3", "minus 3.5" and "half a million"', () => {
    expectFigures('The index fell to minus 3.5, 1/3 of clinics closed and half a million doses expired.', [
      { text: 'minus 3.5', value: -3.5 },
      { text: '1/3', value: 1 / 3, unit: 'share' },
      { text: 'half a million', value: 5e5, type: 'count' },
    ]);
  });

  it('gives UTF-16 offsets after an emoji and curly quotes', () => {
    const s = '📈 “Admissions rose 12%,” the 🏥 trust said, to 1,450 a week.';
    expectFigures(s, [
      { text: '12%', value: 12 },
      { text: '1,450 a week', value: 1450, per: 'week' },
    ]);
    expect(figures(s)[0]?.start).toBe(20);
  });
});

describe('amounts in technology and energy news', () => {
  it('reads power, a hyphenated screen size and data sizes', () => {
    expectFigures('The 10kW charger fits a 7-inch tablet that stores 64 GB and streams at 50 Mbps.', [
      { text: '10kW', value: 10, unit: 'kW' },
      { text: '7-inch', value: 7, unit: 'in' },
      { text: '64 GB', value: 64, unit: 'GB' },
      { text: '50 Mbps', value: 50, unit: 'Mbit/s' },
    ]);
  });
});

describe('number forms as news writes them', () => {
  it('reads "lakh crore" and money in words with an approximation (business, India)', () => {
    expectFigures('Officials said the rebuild will cost three lakh crore rupees, or about $36 billion.', [
      { text: 'three lakh crore rupees', value: 3e12, unit: 'INR', type: 'money' },
      { text: 'about $36 billion', value: 3.6e10, bound: '~', unit: 'USD' },
    ]);
  });

  it('reads "nine out of 10" as a share and "two and a half million" as a count (health)', () => {
    expectFigures('Nine out of 10 doctors backed the plan, and two and a half million people signed a petition.', [
      { text: 'Nine out of 10', value: 0.9, unit: 'share' },
      { text: 'two and a half million', value: 2.5e6, type: 'count' },
    ]);
  });

  it('reads feet and inches, pounds as weight after "weighs", and a dashed money range (sport)', () => {
    expectFigures('The centre, 6 ft 2 in tall, weighs 250 pounds and earns between $5k-$8k a game.', [
      { text: '6 ft 2 in', value: 6 + 2 / 12, unit: 'ft' },
      { text: '250 pounds', value: 250, unit: 'lb', type: 'measure' },
      { text: 'between $5k-$8k a game', low: 5000, high: 8000, unit: 'USD', bound: 'range', per: 'game' },
    ]);
  });

  it('reads financial currency forms: "30 MUSD", "75 USD million", dollars and cents per share (business)', () => {
    expectFigures('Sales exceeded 30 MUSD and the unit lost 75 USD million, or 12 dollars and 40 cents a share.', [
      { text: 'exceeded 30 MUSD', value: 3e7, bound: '>', unit: 'USD' },
      { text: '75 USD million', value: 7.5e7, unit: 'USD' },
      { text: '12 dollars and 40 cents a share', value: 12.4, unit: 'USD', per: 'share' },
    ]);
  });

  it('reads "a quarter of" and "three quarters of" as shares, not "a third term" or "the past two quarters" (politics, business)', () => {
    expectFigures('She won a third term as a quarter of voters stayed home.', [{ text: 'a quarter', value: 0.25, unit: 'share' }]);
    // "two quarters" is a duration (quarters of the year), no figure.
    expectFigures('Profit fell in the past two quarters, but three quarters of staff stayed.', [{ text: 'three quarters', value: 0.75, unit: 'share' }]);
  });

  it('takes no figure from "9/11", a span of years or a period, but reads "3/4 of" (politics)', () => {
    const s = "It's been seven-and-a-half years since 9/11, and between 2003 and 2012 about 3/4 of the funds went unspent.";
    expectFigures(s, [{ text: 'about 3/4', value: 0.75, bound: '~', unit: 'share' }]);
    expect(readAmounts(s).map((a) => [a.text, a.type, a.value ?? a.low])).toEqual([
      ['seven-and-a-half years', 'duration', 7.5],
      ['between 2003 and 2012', 'year', 2003],
      ['about 3/4', 'share', 0.75],
    ]);
  });

  it('keeps the index points and level, and labels the year (markets)', () => {
    const s = 'The Dow fell 500 points to 32,000 in 2023.';
    expectFigures(s, [
      { text: '500', value: 500 },
      { text: '32,000', value: 32_000 },
    ]);
    expect(readAmounts(s).at(-1)).toMatchObject({ text: '2023', type: 'year' });
  });
});
