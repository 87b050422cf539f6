// The amount reader and the figures' time scope on hand-written sentences
// across news genres (business, elections, sport, weather, health, courts,
// science, tech specs, transport, agriculture): money with its ISO code and
// scale, percent against percentage points and fractions, glued units, rates,
// ranges, vague amounts, bounds and changes; and the numbers that are no
// figure there (race names, speakers, score lines, age groups).
import { describe, expect, it } from 'vitest';
import { tagClaims } from '../pipeline/claims/index.js';
import type { Claim } from '../pipeline/types.js';
import { expectFigures, figures } from './helpers/amounts.js';

const claimsOf = (text: string): Claim[] => tagClaims({ articleId: 'genres', title: '', text, publishedAt: '2026-03-02' });
/** Each figure claim of `text` as "figure direction from→to" ("-" for no change, "?" for an end not stated). */
const changes = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.figure !== null)
    .map((c) => {
      const ch = c.figure?.change;
      return `${c.figure?.text} ${ch ? `${ch.direction} ${ch.from ?? '?'}→${ch.to ?? '?'}` : '-'}`;
    });
/** Each figure claim of `text` as "figure @ scope" (scope "-" when none). */
const scopes = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.figure !== null)
    .map((c) => `${c.figure?.text} @ ${c.figure?.timeScope?.text ?? '-'}`);

describe('business: money with ISO code and scale, percent forms, changes', () => {
  it('reads "Rs 500 crore", "1.1bn yen" and "€3m"', () => {
    expectFigures('The conglomerate will invest Rs 500 crore in a plant, Toyota earned 1.1bn yen there and the brewer paid €3m.', [
      { text: 'Rs 500 crore', value: 5e9, unit: 'INR', type: 'money' },
      { text: '1.1bn yen', value: 1.1e9, unit: 'JPY' },
      { text: '€3m', value: 3e6, unit: 'EUR' },
    ]);
  });

  it('reads "$4.2 billion, up 7% from $3.9 billion" as two levels and a percent change', () => {
    expectFigures('The retailer reported revenue of $4.2 billion, up 7% from $3.9 billion.', [
      { text: '$4.2 billion', value: 4.2e9, unit: 'USD' },
      { text: '7%', value: 7, unit: 'percent', type: 'percent' },
      { text: '$3.9 billion', value: 3.9e9, unit: 'USD' },
    ]);
  });

  it('reads "5pc" as percent and "£120m" as pounds sterling', () => {
    expectFigures('Shares in the lender dropped 5pc after it set aside £120m for bad loans.', [
      { text: '5pc', value: 5, unit: 'percent' },
      { text: '£120m', value: 1.2e8, unit: 'GBP' },
    ]);
  });

  it('keeps the sign of "-1.3%"', () => {
    expectFigures('The economy shrank by -1.3% in the second quarter.', [{ text: '-1.3%', value: -1.3, unit: 'percent' }]);
  });

  it('keeps percentage points apart from the percent they move to', () => {
    expectFigures('The central bank raised its key rate by 0.75 percentage points to 4.5%.', [
      { text: '0.75 percentage points', value: 0.75, unit: 'percentage_point', type: 'percentage_point' },
      { text: '4.5%', value: 4.5, unit: 'percent', type: 'percent' },
    ]);
  });

  it('reads "$1MM" as a million dollars and "5mm" as millimetres', () => {
    expectFigures('The fund raised $1MM for a 5mm sensor.', [
      { text: '$1MM', value: 1e6, unit: 'USD' },
      { text: '5mm', value: 5, unit: 'mm' },
    ]);
  });

  it('takes no figure from a name written with digits and a hyphen: "7-Eleven", "the 3-Series"', () => {
    expectFigures('The 7-Eleven store sold 2,000 drinks and the 3-Series 500 cars.', [
      { text: '2,000', value: 2000 },
      { text: '500', value: 500 },
    ]);
  });

  it('reads a range of money "$5bn-$6bn" and a rate "per capita"', () => {
    expectFigures('The firm expects revenue of $5bn-$6bn, or £3,000 per capita.', [
      { text: '$5bn-$6bn', low: 5e9, high: 6e9, bound: 'range', unit: 'USD' },
      { text: '£3,000 per capita', value: 3000, unit: 'GBP', per: 'capita' },
    ]);
  });

  it('reads "a few billion dollars" as a vague range in dollars', () => {
    expectFigures('The deal was worth a few billion dollars.', [{ text: 'a few billion dollars', low: 2e9, high: 5e9, bound: 'range', unit: 'USD' }]);
  });
});

describe('elections: shares, points and fractions', () => {
  it('reads "rose 3 points to 41%" as percentage points, and a poll range', () => {
    expectFigures("Labour's share of the vote rose 3 points to 41%, and polls put it between 38% and 43%.", [
      { text: '3 points', value: 3, unit: 'percentage_point', type: 'percentage_point' },
      { text: '41%', value: 41, unit: 'percent' },
      { text: 'between 38% and 43%', low: 38, high: 43, bound: 'range', unit: 'percent' },
    ]);
  });

  it('keeps "3 points clear" in a league table a count', () => {
    expectFigures('Arsenal moved 3 points clear at the top.', [{ text: '3', value: 3, unit: null, type: 'count' }]);
  });

  it('reads "two-thirds" and "a quarter" as shares, but not "a third term"', () => {
    expectFigures('Nearly two-thirds of voters backed the measure, while a quarter opposed it; a third term is unlikely.', [
      { text: 'Nearly two-thirds', value: 2 / 3, bound: '<~', unit: 'share', type: 'share' },
      { text: 'a quarter', value: 0.25, unit: 'share' },
    ]);
  });

  it('marks "fell from 72% to 65%" as a from→to pair', () => {
    expectFigures('Turnout fell from 72% to 65%.', [{ text: '72% to 65%', low: 72, high: 65, unit: 'percent', fromTo: true }]);
  });
});

describe('sport: race distances, score lines, age groups', () => {
  it('reads a glued "k" of a race as kilometres: "a 10k race", "a 5K run", "the 10K in 31 minutes", "the Great North 10K"', () => {
    expectFigures('She won the 10k race and then a 5K run.', [
      { text: '10k', value: 10, unit: 'km', type: 'measure' },
      { text: '5K', value: 5, unit: 'km', type: 'measure' },
    ]);
    expectFigures('He finished the 10K in 31 minutes.', [{ text: '10K', value: 10, unit: 'km' }]);
    expectFigures('Over 5,000 people signed up for the Great North 10K.', [
      { text: 'Over 5,000', value: 5000, bound: '>' },
      { text: '10K', value: 10, unit: 'km' },
    ]);
  });

  it('keeps a "k" before a counted noun or after money thousands', () => {
    expectFigures('The post got 50K likes, the firm hired 10k workers and fans raised $5k.', [
      { text: '50K', value: 50000, unit: null },
      { text: '10k', value: 10000, unit: null },
      { text: '$5k', value: 5000, unit: 'USD' },
    ]);
  });

  it('takes no figure from a score line or a result', () => {
    expect(figures('Chelsea 2 Arsenal 1 was the score at half-time.')).toEqual([]);
    expect(figures('Leinster 24 Munster 17: the final in numbers.')).toEqual([]);
    expect(figures('United won 3-1 at home and lost 2-0 away.')).toEqual([]);
  });

  it('takes no figure from age groups: "the over-60s", "the under-21 side", "aged over 80"', () => {
    expect(figures('The over-60s and the under-21 side were both affected.')).toEqual([]);
    expect(figures('Those aged over 80 will be offered a booster.')).toEqual([]);
  });

  it('takes no share from "a half-marathon" or "the quarter-finals"', () => {
    expect(figures('She ran a half-marathon before the quarter-finals.')).toEqual([]);
  });

  it('counts the crowd and the fee with its add-ons', () => {
    expectFigures('About 3,500 fans saw the club agree a fee of £45m plus £5m in add-ons.', [
      { text: 'About 3,500', value: 3500, bound: '~' },
      { text: '£45m', value: 4.5e7, unit: 'GBP', bound: '=' },
      { text: '£5m', value: 5e6, unit: 'GBP' },
    ]);
  });
});

describe('speakers: "one" picks out a speaker, it counts nothing', () => {
  it('takes no count from "one analyst said", "one resident said", "according to one economist"', () => {
    expect(figures('One analyst said the shares were cheap.')).toEqual([]);
    expectFigures('Her editors cut one scene she wrote.', [{ text: 'one', value: 1 }]);
    expect(figures('"It is a disaster," one resident said.')).toEqual([]);
    expectFigures('According to one economist, growth will slow to 1%.', [{ text: '1%', value: 1, unit: 'percent' }]);
  });

  it('takes no count from a speaker with an apposition, but keeps "One man, aged 45, died"', () => {
    expect(figures('One resident, Maria Lopez, said the water rose fast.')).toEqual([]);
    expectFigures('One man, aged 45, died and 3 were hurt.', [
      { text: 'One', value: 1 },
      { text: '3', value: 3 },
    ]);
  });

  it('keeps "one" before a noun that is no speaker, and "one in five"', () => {
    expectFigures('One person was killed and one in five adults smoke.', [
      { text: 'One', value: 1 },
      { text: 'one in five', value: 0.2, unit: 'share' },
    ]);
  });

  it('gives "one senior official" as the source of a statement, with no figure of 1', () => {
    const claims = claimsOf('One senior official said the talks had failed.');
    expect(claims.map((c) => [c.sourceText, c.value])).toEqual([['One senior official', null]]);
  });
});

describe('weather: glued units, negatives, ranges, bounds', () => {
  it('reads "up to 120km/h", "50mm" and a duration that is no figure', () => {
    expectFigures('The storm brought winds of up to 120km/h and 50mm of rain in 24 hours.', [
      { text: 'up to 120km/h', value: 120, bound: '<=', unit: 'km/h' },
      { text: '50mm', value: 50, unit: 'mm' },
    ]);
  });

  it('reads "-5C" and "3C to 6C"', () => {
    expectFigures('Temperatures will fall to -5C overnight, with highs of 3C to 6C.', [
      { text: '-5C', value: -5, unit: '°C' },
      { text: '3C to 6C', low: 3, high: 6, bound: 'range', unit: '°C' },
    ]);
  });

  it('reads "between 10cm and 15cm of snow"', () => {
    expectFigures('Forecasters expect between 10cm and 15cm of snow.', [{ text: 'between 10cm and 15cm', low: 10, high: 15, unit: 'cm' }]);
  });
});

describe('health: rates, shares, vague amounts, bounds', () => {
  it('reads the rate after the counted noun: "about 400 patients a day"', () => {
    expectFigures('The hospital treats about 400 patients a day.', [{ text: 'about 400', value: 400, bound: '~', per: 'day', unit: null }]);
  });

  it('reads "by a fifth" as a share and the trial size as a count', () => {
    expectFigures('The drug cut the risk of death by a fifth in a trial of 2,300 adults.', [
      { text: 'a fifth', value: 0.2, unit: 'share' },
      { text: '2,300', value: 2300, unit: null },
    ]);
  });

  it('reads "Dozens" and "more than"/"at least" bounds', () => {
    expectFigures('Dozens were treated, more than 1,000 nurses walked out and at least 300 operations were cancelled.', [
      { text: 'Dozens', low: 24, high: 99, bound: 'range' },
      { text: 'more than 1,000', value: 1000, bound: '>' },
      { text: 'at least 300', value: 300, bound: '>=' },
    ]);
  });

  it('reads a radiation dose in millisieverts and a CT dose in milligray', () => {
    expectFigures('Workers received 12 mSv, and a CT scan gives 14 mGy.', [
      { text: '12 mSv', value: 12, unit: 'mSv' },
      { text: '14 mGy', value: 14, unit: 'mGy' },
    ]);
  });
});

describe('courts: fines, costs, sentences', () => {
  it('reads "$2.5m" and "40,000 euros"; "six years" in jail is no figure', () => {
    expectFigures('He was jailed for six years, and the firm was fined $2.5m and 40,000 euros in costs.', [
      { text: '$2.5m', value: 2.5e6, unit: 'USD' },
      { text: '40,000 euros', value: 40000, unit: 'EUR' },
    ]);
  });

  it('counts "3 of the 4 defendants"', () => {
    expectFigures('The jury deliberated for 11 hours before convicting 3 of the 4 defendants.', [
      { text: '3', value: 3 },
      { text: '4', value: 4 },
    ]);
  });
});

describe('science and tech specs: glued and compound units', () => {
  it('reads "70kg", "1.83m", "10kW", "7-inch" and "5,000mAh"', () => {
    expectFigures('The 70kg, 1.83m boxer bought a 10kW heat pump and a 7-inch phone with a 5,000mAh battery.', [
      { text: '70kg', value: 70, unit: 'kg' },
      { text: '1.83m', value: 1.83, unit: 'm' },
      { text: '10kW', value: 10, unit: 'kW' },
      { text: '7-inch', value: 7, unit: 'in' },
      { text: '5,000mAh', value: 5000, unit: 'mAh' },
    ]);
  });

  it('reads a capital "B" as bytes and a lower-case "b" as bits', () => {
    expectFigures('The laptop has 16GB of memory and a 100Mb link moving 2 kb per second.', [
      { text: '16GB', value: 16, unit: 'GB' },
      { text: '100Mb', value: 100, unit: 'Mbit' },
      { text: '2 kb per second', value: 2, unit: 'kbit', per: 'second' },
    ]);
  });

  it('reads "13 billion light years", "30,000 square kilometres" and the rate after "of ice"', () => {
    expectFigures('The telescope sees 13 billion light years, the survey covered 30,000 square kilometres and the glacier loses 2.5m of ice a year.', [
      { text: '13 billion light years', value: 1.3e10, unit: 'ly' },
      { text: '30,000 square kilometres', value: 30000, unit: 'km2' },
      { text: '2.5m', value: 2.5, unit: 'm', per: 'year' },
    ]);
  });

  it('reads gas priced per million British thermal units', () => {
    expectFigures('Gas traded at $3.10 per MMBtu, or 15,000 British thermal units a cord.', [
      { text: '$3.10 per MMBtu', value: 3.1, unit: 'USD', per: 'MMBtu' },
      { text: '15,000 British thermal units', value: 15000, unit: 'BTU' },
    ]);
  });
});

describe('vague amounts, bounds and scales in words', () => {
  it('reads "Tens of thousands", "millions", "Scores" and "a handful" by the vague-amount convention', () => {
    expectFigures('Tens of thousands marched, millions watched, scores of homes flooded and a handful of roads closed.', [
      { text: 'Tens of thousands', low: 20000, high: 99000, bound: 'range' },
      { text: 'millions', low: 2e6, high: 999999999, bound: 'range' },
      { text: 'scores', low: 40, high: 99, bound: 'range' },
      { text: 'a handful', low: 2, high: 5, bound: 'range' },
    ]);
  });

  it('reads "several hundred thousand dollars" and the rate of "millions of barrels of oil a day"', () => {
    expectFigures('Several hundred thousand dollars were stolen, and millions of barrels of oil a day pass the strait.', [
      { text: 'Several hundred thousand dollars', low: 2e5, high: 9e5, bound: 'range', unit: 'USD' },
      { text: 'millions of barrels', low: 2e6, high: 999999999, unit: 'bbl', per: 'day' },
    ]);
  });

  it('reads "upwards of", "as many as", "no fewer than" and "just under"', () => {
    expectFigures('Upwards of 500 firms, as many as 20,000 workers and no fewer than 12 unions face debts of just under £2.7tn.', [
      { text: 'Upwards of 500', value: 500, bound: '>' },
      { text: 'as many as 20,000', value: 20000, bound: '<=' },
      { text: 'no fewer than 12', value: 12, bound: '>=' },
      { text: 'just under £2.7tn', value: 2.7e12, bound: '<~', unit: 'GBP' },
    ]);
  });

  it('reads "Rs 2 lakh", "₹1.5 crore", "HK$8.5bn", "¥120 billion" and "1.1 trillion won"', () => {
    expectFigures('He was paid Rs 2 lakh and ₹1.5 crore; the tower cost HK$8.5bn, ¥120 billion and 1.1 trillion won.', [
      { text: 'Rs 2 lakh', value: 2e5, unit: 'INR' },
      { text: '₹1.5 crore', value: 1.5e7, unit: 'INR' },
      { text: 'HK$8.5bn', value: 8.5e9, unit: 'HKD' },
      { text: '¥120 billion', value: 1.2e11, unit: 'JPY' },
      { text: '1.1 trillion won', value: 1.1e12, unit: 'KRW' },
    ]);
  });

  it('reads a cut and the new range: "by $300 million to between $4.1 billion and $4.3 billion"', () => {
    expectFigures('The company cut its forecast by $300 million to between $4.1 billion and $4.3 billion.', [
      { text: '$300 million', value: 3e8, unit: 'USD' },
      { text: 'between $4.1 billion and $4.3 billion', low: 4.1e9, high: 4.3e9, bound: 'range', unit: 'USD' },
    ]);
  });

  it('reads a price per bushel and a rate cut in basis points', () => {
    expectFigures('Wheat doubled to $12 a bushel as the rate fell 25 basis points.', [
      { text: '$12 a bushel', value: 12, unit: 'USD', per: 'bushel' },
      { text: '25 basis points', value: 25, unit: 'basis_point' },
    ]);
  });

  it('keeps index points a count: "the Dow fell 300 points, or 0.8%"', () => {
    expectFigures('The Dow fell 300 points, or 0.8%, to 38,500.', [
      { text: '300', value: 300, unit: null, type: 'count' },
      { text: '0.8%', value: 0.8, unit: 'percent' },
      { text: '38,500', value: 38500, unit: null },
    ]);
  });
});

describe('abbreviations of news desks', () => {
  it('reads Reuters-style "mln", "bln", "pct", "bps" and commodity "mt"', () => {
    expectFigures('Profit was $5 mln, up 10 pct, as imports hit 8.5 mln mt and the yield rose 12 bps.', [
      { text: '$5 mln', value: 5e6, unit: 'USD' },
      { text: '10 pct', value: 10, unit: 'percent' },
      { text: '8.5 mln mt', value: 8.5e6, unit: 't' },
      { text: '12 bps', value: 12, unit: 'basis_point' },
    ]);
  });

  it('keeps "Mt" megatonnes, and reads "sq. ft", "ins", "pcm" and "pa"', () => {
    expectFigures('Emissions fell 35 Mt; the 850 sq. ft flat, with 12 ins of rain, costs £1,200 pcm on £40,000 pa.', [
      { text: '35 Mt', value: 35, unit: 'Mt' },
      { text: '850 sq. ft', value: 850, unit: 'sq ft' },
      { text: '12 ins', value: 12, unit: 'in' },
      { text: '£1,200 pcm', value: 1200, unit: 'GBP', per: 'month' },
      { text: '£40,000 pa', value: 40000, unit: 'GBP', per: 'year' },
    ]);
  });
});

describe('"a" before a unit spelled out is one of it', () => {
  it('reads "a penny", "a gallon" and "a mile" as one unit', () => {
    expectFigures('Shares rose a penny, fuel costs £6 a gallon and the depot is a mile away.', [
      { text: 'a penny', value: 1, unit: 'GBX', type: 'money' },
      { text: '£6 a gallon', value: 6, unit: 'GBP', per: 'gal' },
      { text: 'a mile', value: 1, unit: 'mi', type: 'measure' },
    ]);
  });

  it('takes no figure from "a mile-long queue", "a dollar store", "a second" or "to a degree"', () => {
    expect(figures('There was a mile-long queue at a dollar store for a second time, to a degree.')).toEqual([]);
  });

  it('reads a penny among dollar prices as a US cent', () => {
    expectFigures('Copper rose a penny to $2.22 a pound.', [
      { text: 'a penny', value: 1, unit: 'USX' },
      { text: '$2.22 a pound', value: 2.22, unit: 'USD', per: 'pound' },
    ]);
  });
});

describe('transport and agriculture: tonnes, litres, pence, passengers', () => {
  it('reads "4.5 million tonnes" down from "5.1 million tonnes"', () => {
    expectFigures('Farmers harvested 4.5 million tonnes of wheat, down from 5.1 million tonnes.', [
      { text: '4.5 million tonnes', value: 4.5e6, unit: 't' },
      { text: '5.1 million tonnes', value: 5.1e6, unit: 't' },
    ]);
  });

  it('reads "38p a litre" as pence with a rate, and "8,000 litres a day"', () => {
    expectFigures('Milk rose to 38p a litre from 32p, and the herd of 250 cows gives 8,000 litres a day.', [
      { text: '38p a litre', value: 38, unit: 'GBX', per: 'l' },
      { text: '32p', value: 32, unit: 'GBX' },
      { text: '250', value: 250 },
      { text: '8,000 litres a day', value: 8000, unit: 'l', per: 'day' },
    ]);
  });

  it('reads "1.5m passengers" as millions and "four times a week" as a count with a rate', () => {
    expectFigures('The airport handled 1.5m passengers, and the ferry sails four times a week.', [
      { text: '1.5m', value: 1.5e6, unit: null },
      { text: 'four times a week', value: 4, unit: null, per: 'week' },
    ]);
  });

  it("reads a plant's output in tonnes a day", () => {
    expectFigures('The mill processes roughly 4,500 tpd of cane.', [{ text: 'roughly 4,500 tpd', value: 4500, bound: '~', unit: 't/d' }]);
  });
});

describe('changes: direction, amount of change, from and to', () => {
  it('reads "raised from £2.50 to £2.80" as a rise from one price to the other', () => {
    expect(changes('The price of a ticket was raised from £2.50 to £2.80.')).toEqual(['£2.50 to £2.80 up 2.5→2.8']);
  });

  it('reads the new level after "halved to", "will double to" and "rose to … from"', () => {
    expect(changes('Profit halved to $300m.')).toEqual(['$300m down ?→300000000']);
    expect(changes('The tax will double to 10% next year.')).toEqual(['10% up ?→10']);
    expect(changes('Unemployment rose to 4.4% from 4.2%.')).toEqual(['4.4% up 4.2→4.4']);
  });

  it('reads "jumped 40% to a record €9.1bn" and "fell by 12,000 to 300,000" as the change and the new level', () => {
    expect(changes('Revenue jumped 40% to a record €9.1bn.')).toEqual(['40% up ?→?', '€9.1bn up ?→9100000000']);
    expect(changes('The waiting list fell by 12,000 to 300,000.')).toEqual(['12,000 down ?→?', '300,000 down ?→300000']);
  });

  it('states no change for a level', () => {
    expect(changes('The company has 12,000 employees in 40 countries.')).toEqual(['12,000 -', '40 -']);
  });
});

describe('time scope: the date or period a figure is about', () => {
  it('reads quarters, "as of", "since", "last year", "in 2023", "over the past decade", "by 2030"', () => {
    expect(scopes('Sales rose 5% in the third quarter.')).toEqual(['5% @ in the third quarter']);
    expect(scopes('As of Monday, 1,200 people had registered.')).toEqual(['1,200 @ As of Monday']);
    expect(scopes('Prices have risen 20% since 2022.')).toEqual(['20% @ since 2022']);
    expect(scopes('The company sold 3 million phones last year.')).toEqual(['3 million @ last year']);
    expect(scopes('In 2023, inflation hit 6.7%.')).toEqual(['6.7% @ In 2023']);
    expect(scopes('Emissions fell by a third over the past decade.')).toEqual(['a third @ over the past decade']);
    expect(scopes('The city aims to plant 1 million trees by 2030.')).toEqual(['1 million @ by 2030']);
  });

  it('reads periods ending at a date and spans of months', () => {
    expect(scopes('Rents rose 8.6% in the 12 months to September.')).toEqual(['8.6% @ in the 12 months to September']);
    expect(scopes('Hospital admissions rose 12% in the week to Sunday.')).toEqual(['12% @ in the week to Sunday']);
    expect(scopes('Some 300,000 people were vaccinated between January and March.')).toEqual(['Some 300,000 @ between January and March']);
  });

  it('reads days, edges of periods and running totals', () => {
    expect(scopes('Shares fell 3% on Tuesday.')).toEqual(['3% @ on Tuesday']);
    expect(scopes('Temperatures reached 40C on Wednesday afternoon.')).toEqual(['40C @ on Wednesday afternoon']);
    expect(scopes('The firm plans to cut 500 jobs by the end of next year.')).toEqual(['500 @ by the end of next year']);
    expect(scopes('Output should reach 2 million barrels a day by mid-2026.')).toEqual(['2 million barrels a day @ by mid-2026']);
    expect(scopes('The index has gained 12% so far this year.')).toEqual(['12% @ so far this year']);
    expect(scopes('Ticket sales hit $1.2 billion over the weekend.')).toEqual(['$1.2 billion @ over the weekend']);
    expect(scopes('The party won 45% of the vote in the 2021 election.')).toEqual(['45% @ in the 2021 election']);
  });

  it('reads the scopes of health, weather, sport and election figures', () => {
    expect(scopes('Flu admissions rose 30% in the week ending 5 January.')).toEqual(['30% @ in the week ending 5 January']);
    expect(scopes('Measles cases have tripled to 1,600 since the start of the year.')).toEqual(['1,600 @ since the start of the year']);
    expect(scopes('Snowfall this winter was 40% below average.')).toEqual(['40% @ this winter']);
    expect(scopes('Wildfires burned 2,000 acres overnight.')).toEqual(['2,000 acres @ overnight']);
    expect(scopes('The striker scored 18 goals last season and 4 so far this term.')).toEqual(['18 @ last season', '4 @ so far this term']);
    expect(scopes('Attendance averaged 52,000 in the 2023-24 season.')).toEqual(['52,000 @ in the 2023-24 season']);
    expect(scopes('Turnout was 59.7% at the July 4 election, down from 67.3% in 2019.')).toEqual(['59.7% @ at the July 4 election', '67.3% @ in 2019']);
    expect(scopes("The governor won 61% of the vote in Tuesday's primary.")).toEqual(["61% @ in Tuesday's primary"]);
    expect(scopes('Sales were up 4% during the holiday season, and 1.1% in the year to date.')).toEqual([
      '4% @ during the holiday season',
      '1.1% @ in the year to date',
    ]);
    expect(scopes('Unemployment averaged 5% in the 1990s.')).toEqual(['5% @ in the 1990s']);
  });

  it('reads a span of days as one scope, and its last day as no figure', () => {
    expect(scopes('The poll was conducted from Sept. 19 to 22, surveying 1,001 adults.')).toEqual(['1,001 @ from Sept. 19 to 22']);
    expect(scopes('The index fell 2% on March 3, 2024.')).toEqual(['2% @ on March 3, 2024']);
  });

  it('gives each figure its own scope when a sentence holds two', () => {
    expect(scopes('Unemployment was 4.2% in October, up from 4.0% a month earlier.')).toEqual(['4.2% @ in October', '4.0% @ a month earlier']);
    expect(scopes('Exports were worth $12bn last year, compared with $9bn in 2022.')).toEqual(['$12bn @ last year', '$9bn @ in 2022']);
    expect(scopes('Cases fell to 1,200 a week, down from 3,000 two weeks ago.')).toEqual(['1,200 a week @ -', '3,000 @ two weeks ago']);
  });

  it('takes the date of the report for no scope, and the base of a change only when nothing else is given', () => {
    expect(scopes('Profit rose 23% in the third quarter, the company said on Tuesday.')).toEqual(['23% @ in the third quarter']);
    expect(scopes('The company said sales in the quarter fell 3% from a year earlier.')).toEqual(['3% @ in the quarter']);
    expect(scopes('Sales fell 3% from a year earlier.')).toEqual(['3% @ a year earlier']);
  });

  it('takes no scope from a place or from "may" as a verb', () => {
    expect(scopes('Sales may rise 5% in Germany.')).toEqual(['5% @ -']);
  });

  it('keeps "rose 5% in Germany" a quantity: a percentage before "in <Place>" counts no troops', () => {
    expect(claimsOf('Sales rose 5% in Germany.').map((c) => [c.kind, c.measure, c.value])).toEqual([['quantity', null, 5]]);
  });

  it('deploys only armed forces by "in <Place>" or "sent": troops are, people, students and patients are not', () => {
    const kinds = (text: string) => claimsOf(text).map((c) => [c.kind, c.measure, c.value]);
    expect(kinds('Some 11,000 North Korean troops are in Kursk.')).toEqual([['deployment', 'deployed', 11_000]]);
    expect(kinds('The firm has 120 workers in Texas.')).toEqual([['quantity', null, 120]]);
    expect(kinds('About 2,000 students in London joined the protest.')).toEqual([['quantity', null, 2000]]);
    expect(kinds('There are 500 patients in Manchester waiting for surgery.')).toEqual([['quantity', null, 500]]);
    // Sending deploys armed forces and emergency crews, not staff sent home; "lost" counts casualties of forces only.
    expect(kinds('The city sent 300 firefighters to the blaze.')).toEqual([['deployment', 'deployed', 300]]);
    expect(kinds('The airline sent 200 staff home.')).toEqual([['quantity', null, 200]]);
    expect(kinds('The army lost 300 soldiers in the battle.')).toEqual([['casualties', 'casualties', 300]]);
    expect(kinds('The team lost 3 players to injury.')).toEqual([['quantity', null, 3]]);
    // "deployed" itself deploys anyone.
    expect(kinds('The council deployed 40 volunteers.')).toEqual([['deployment', 'deployed', 40]]);
  });
});
