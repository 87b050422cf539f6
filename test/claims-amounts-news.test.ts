// The amount reader on more hand-written news sentences, written for forms
// the dev sets lack: British "m" for millions, a change followed by the new
// level, names and tallies that hold digits, hyphenated rates, fractions of a
// unit, and the non-figures of page furniture and names.
import { describe, expect, it } from 'vitest';
import { expectFigures, figures } from './helpers/amounts.js';

describe('millions written "m" (business, UK style)', () => {
  it('reads "2.3m customers" and the bare "2.1m" beside it as millions', () => {
    expectFigures('The firm has 2.3m customers, up from 2.1m.', [
      { text: '2.3m', value: 2.3e6, unit: null, type: 'count' },
      { text: '2.1m', value: 2.1e6, unit: null, type: 'count' },
    ]);
  });

  it('reads "2.5m people" and "10.2m tonnes" as millions, with the unit after them', () => {
    expectFigures('At least 2.5m people were affected as output fell to 10.2m tonnes.', [
      { text: 'At least 2.5m', value: 2.5e6, bound: '>=', unit: null, type: 'count' },
      { text: '10.2m tonnes', value: 10.2e6, unit: 't', type: 'measure' },
    ]);
  });

  it('keeps metres for a height, a distance run and a width', () => {
    expectFigures('The 1.5m wall, near the track where she ran the 100m, is 6.5m across.', [
      { text: '1.5m', value: 1.5, unit: 'm' },
      { text: '100m', value: 100, unit: 'm' },
      { text: '6.5m', value: 6.5, unit: 'm' },
    ]);
  });
});

describe('a change and the new level', () => {
  it('reads "fell $2 to $78 a barrel" as two amounts, not a range from 2 to 78', () => {
    expectFigures('Oil fell $2 to $78 a barrel.', [
      { text: '$2', value: 2, unit: 'USD', bound: '=' },
      { text: '$78 a barrel', value: 78, unit: 'USD', per: 'bbl' },
    ]);
  });

  it('reads "increased by $200m to $1.9bn" and "climbed 0.5% to 3.2%" as change and level', () => {
    expectFigures('Revenue increased by $200m to $1.9bn as the yield climbed 0.5% to 3.2%.', [
      { text: '$200m', value: 2e8, unit: 'USD' },
      { text: '$1.9bn', value: 1.9e9, unit: 'USD' },
      { text: '0.5%', value: 0.5, unit: 'percent' },
      { text: '3.2%', value: 3.2, unit: 'percent' },
    ]);
  });

  it('keeps "rise by 2 to 3 percent" and "a range of 5.25% to 5.5%" as ranges', () => {
    expectFigures('Prices will rise by 2 to 3 percent, with rates held in a range of 5.25% to 5.5%.', [
      { text: '2 to 3 percent', low: 2, high: 3, bound: 'range', unit: 'percent' },
      { text: '5.25% to 5.5%', low: 5.25, high: 5.5, bound: 'range', unit: 'percent' },
    ]);
  });

  it('marks "rise from 40,000 to 52,000" as a from→to pair', () => {
    expectFigures("The stadium's capacity will rise from 40,000 to 52,000.", [{ text: '40,000 to 52,000', low: 40000, high: 52000, fromTo: true }]);
  });
});

describe('numbers that are names, tallies, dates or readings (no figure)', () => {
  it('takes no figure from "Boeing 737", "iPhone 15", "Windows 11", "FTSE 100" or "No. 1", but counts the 20 planes', () => {
    expectFigures('The airline took 20 Boeing 737 planes, the iPhone 15 topped the charts, and Windows 11 ranked No. 1.', [{ text: '20', value: 20 }]);
    expectFigures('The FTSE 100 rose 1.2%.', [{ text: '1.2%', value: 1.2, unit: 'percent' }]);
  });

  it('keeps a count after "told Reuters" and in a title-case headline', () => {
    expectFigures('A source told Reuters 40 people died.', [{ text: '40', value: 40 }]);
    expectFigures('Floods Force 3000 From Homes In Northern Province', [{ text: '3000', value: 3000 }]);
  });

  it('takes no figure from a vote tally, a "50-50 chance", a phone number or an abbreviated date', () => {
    expect(figures('The Senate voted 51-49, after a 6-3 ruling.')).toEqual([]);
    expect(figures('There was a 50-50 chance of a deal, so call 555-0123.')).toEqual([]);
    expectFigures('The attack on Oct. 7 killed 1,200 people.', [{ text: '1,200', value: 1200 }]);
  });

  it('takes no figure from a blood-pressure reading, "24/7" or a decade', () => {
    expect(figures('Blood pressure above 140/90 is high, and the clinic is open 24/7.')).toEqual([]);
    expect(figures("Veterans of World War 2 remember the '90s.")).toEqual([]);
  });

  it('keeps a range with a unit or a counted plural after a result word, but not a score', () => {
    expectFigures('The fund lost 10-20 million dollars, and Arsenal won 3-1 goals to nil.', [
      { text: '10-20 million dollars', low: 1e7, high: 2e7, bound: 'range', unit: 'USD' },
    ]);
  });

  it('keeps an ascending dashed range and a negative range', () => {
    expectFigures('The company expects to hire 500-600 people in winters of -20-0C.', [
      { text: '500-600', low: 500, high: 600, bound: 'range' },
      { text: '-20-0C', low: -20, high: 0, bound: 'range', unit: '°C' },
    ]);
  });

  it('takes no figure from "one" as a pronoun before a modal verb', () => {
    expect(figures('One should not assume anything.')).toEqual([]);
  });
});

describe('phone numbers in several national forms and after a word of telephoning (no figure)', () => {
  it('takes no figure from US, Japanese, French and UK numbers written in groups', () => {
    expect(figures('Call 1-800-555-0199 or 03-1234-5678, or phone 06 12 34 56 78.')).toEqual([]);
    expect(figures('Readers can text 07700 900123 or ring 1300 975 707.')).toEqual([]);
  });

  it('takes no figure from a number to ring, text or dial, but keeps the people called', () => {
    expect(figures('Call 555-1234 for details, text HELP to 85258, or dial 911 or 999 in an emergency.')).toEqual([]);
    expect(figures('Witnesses should call 101, quoting the incident.')).toEqual([]);
    expectFigures('The charity called 300 customers, phoned 20 or 30 donors a day and called 20-30 more.', [
      { text: '300', value: 300 },
      { text: '20', value: 20 },
      { text: '30', value: 30 },
      { text: '20-30', low: 20, high: 30, bound: 'range' },
    ]);
  });

  it('takes no figure from an emergency line before a singular noun of telephoning, but counts call handlers', () => {
    expect(figures('A 999 call was made and the 911 dispatch centre sent help.')).toEqual([]);
    expectFigures('The service hired 112 call handlers.', [{ text: '112', value: 112 }]);
  });
});

describe('addresses, postcodes and ZIP codes (no figure)', () => {
  it('takes no figure from a street number written before the street word, a US block or a postcode', () => {
    expectFigures('The flat at 45 Rue de Rivoli sold for €1.2m.', [{ text: '€1.2m', value: 1.2e6, unit: 'EUR' }]);
    expect(figures('Shots were fired in the 3400 block of West Main Street.')).toEqual([]);
    expect(figures('The fire broke out at 42 Elm Road, Leeds LS6 2AB, and near SW1A 1AA.')).toEqual([]);
  });

  it('takes no figure from a ZIP code after a state, or before "zip code", but keeps the price', () => {
    expect(figures('Send letters to PO Box 1234, Washington, DC 20013, or Springfield, IL 62704-1234.')).toEqual([]);
    expectFigures('Homes in the 90210 zip code sell for about $3.2 million.', [{ text: 'about $3.2 million', value: 3.2e6, bound: '~' }]);
  });

  it('takes no figure from a P.O. box, a ZIP code after a state written out, or a phone extension', () => {
    expect(figures('Write to P.O. Box 51234, or to PO Box 1234, Austin, Texas 78701.')).toEqual([]);
    expect(figures('Call the desk at 212-555-0143, extension 4410.')).toEqual([]);
  });

  it('keeps a count of blocks', () => {
    expectFigures('The council owns 300 blocks of flats, and police closed 12 blocks of Main Street.', [
      { text: '300', value: 300 },
      { text: '12', value: 12 },
    ]);
  });
});

describe('24-hour times and month/day dates (no figure)', () => {
  it('takes no figure from four digits before a time zone, or before "hours" after "at"', () => {
    expectFigures('Brent rose 2% to $85 a barrel at 1430 GMT; the ceasefire began at 2100 local time.', [
      { text: '2%', value: 2, unit: 'percent' },
      { text: '$85 a barrel', value: 85, unit: 'USD' },
    ]);
    expect(figures('Troops moved in at 0600 hours.')).toEqual([]);
    expectFigures('The index closed at 1430 points.', [{ text: '1430', value: 1430 }]);
  });

  it('takes no figure from a month and day after "on" or "since", but keeps a share "of" something', () => {
    expectFigures('On 5/12 the board approved a $2 billion buyback.', [{ text: '$2 billion', value: 2e9, unit: 'USD' }]);
    expectFigures('Since 3/15, turnout rose on 1/3 of the seats.', [{ text: '1/3', unit: 'share' }]);
  });
});

describe('versions and names that open a sentence (no figure)', () => {
  it('takes no figure from a version with decimals after a name or "version", but keeps tallies and prices listed', () => {
    expectFigures('Python 3.12 is 5% faster, and version 2.0 of iOS 17.2 fixes 3 flaws.', [
      { text: '5%', value: 5, unit: 'percent' },
      { text: '3', value: 3 },
    ]);
    expectFigures('Germany 3.2, France 2.8 and Italy 1.9 were the growth rates.', [
      { text: '3.2', value: 3.2 },
      { text: '2.8', value: 2.8 },
      { text: '1.9', value: 1.9 },
    ]);
    expectFigures('Brent 85.20 and WTI 80.10 closed higher.', [
      { text: '85.20', value: 85.2 },
      { text: '80.10', value: 80.1 },
    ]);
  });

  it('takes no figure from a name and its number between commas with no figure before, but keeps a tally', () => {
    expectFigures('The bill, HR 3684, adds $1.2 trillion, and the Big Ten, Big 12, and SEC got 9 bids.', [
      { text: '$1.2 trillion', value: 1.2e12, unit: 'USD' },
      { text: '9', value: 9 },
    ]);
    expectFigures('Republicans have 24 seats, Democrats 10.', [
      { text: '24', value: 24 },
      { text: '10', value: 10 },
    ]);
  });

  it('takes no figure from a name and its number opening a sentence, but keeps one after an opener', () => {
    expectFigures('Chrome 120 patches 10 vulnerabilities.', [{ text: '10', value: 10 }]);
    expectFigures('Across 300 sites, 12 closed.', [
      { text: '300', value: 300 },
      { text: '12', value: 12 },
    ]);
    expectFigures('Including 3 children, 40 people died.', [
      { text: '3', value: 3 },
      { text: '40', value: 40 },
    ]);
  });

  it('takes no figure from a team named by digits ("the 49ers")', () => {
    expectFigures('The 49ers sold 68,500 tickets.', [{ text: '68,500', value: 68500 }]);
  });
});

describe('golf scores, numbered places and gallery counters (no figure)', () => {
  it('reads no bound and no figure from a golfer\'s "3-under" or "2-over-par"', () => {
    expectFigures('She shot a 3-under 69 after a 2-over-par round.', [{ text: '69', value: 69, bound: '=' }]);
  });

  it('takes no figure from "incident 345", "terminal 5" or "precinct 41", but keeps the cut', () => {
    expectFigures('Quoting incident 345, flights from terminal 5 and precinct 41 were cut by 20%.', [{ text: '20%', value: 20, unit: 'percent' }]);
  });

  it('takes no figure from a tie\'s score or "the half" as a period, but keeps a share and a level', () => {
    expect(figures('They tied it at 3 and were knotted at 1 by the half.')).toEqual([]);
    expectFigures('The half of voters who backed him rose, and the index was level at 7500.', [
      { text: 'half', value: 0.5, unit: 'share' },
      { text: '7500', value: 7500 },
    ]);
  });

  it('takes no figure from a list marker before its item, but reads a number alone', () => {
    expect(figures('4. Keep every receipt.')).toEqual([]);
    expect(figures('Boston (9-5) 2.')).toEqual([]);
    expectFigures('317.', [{ text: '317', value: 317 }]);
  });

  it('takes no figure from a gallery counter opening a caption, but counts "3 of 5 voters"', () => {
    expect(figures('1 of 5 | Firefighters battle the blaze.')).toEqual([]);
    expectFigures('3 of 5 voters back the plan.', [
      { text: '3', value: 3 },
      { text: '5', value: 5 },
    ]);
  });
});

describe('money forms (business, sport)', () => {
  it('reads Australian, Singapore and Brazilian dollars, and "a $5 fee" as US dollars', () => {
    expectFigures('The fund holds A$3.4bn, S$2 billion and R$50 million, and charges a $5 fee.', [
      { text: 'A$3.4bn', value: 3.4e9, unit: 'AUD' },
      { text: 'S$2 billion', value: 2e9, unit: 'SGD' },
      { text: 'R$50 million', value: 5e7, unit: 'BRL' },
      { text: '$5', value: 5, unit: 'USD' },
    ]);
  });

  it('reads hyphenated rates "£350,000-a-week" and "$15-an-hour"', () => {
    expectFigures('The striker earns £350,000-a-week; cleaners want $15-an-hour.', [
      { text: '£350,000-a-week', value: 350000, unit: 'GBP', per: 'week' },
      { text: '$15-an-hour', value: 15, unit: 'USD', per: 'hour' },
    ]);
  });

  it('reads "€80 million plus €20m" as two fees, with no bound on the first', () => {
    expectFigures('The club paid €80 million plus €20m in add-ons.', [
      { text: '€80 million', value: 8e7, unit: 'EUR', bound: '=' },
      { text: '€20m', value: 2e7, unit: 'EUR' },
    ]);
  });

  it('reads a price per pint and per game', () => {
    expectFigures('Drinkers paid £7 a pint and fans $150 a game.', [
      { text: '£7 a pint', value: 7, unit: 'GBP', per: 'pt' },
      { text: '$150 a game', value: 150, unit: 'USD', per: 'game' },
    ]);
  });

  it('ends "3 million" before the comma of an apposition', () => {
    expectFigures('Sales tripled to 3 million, a record.', [{ text: '3 million', value: 3e6 }]);
  });
});

describe('fractions of a unit and units of news (economy, tech, science, weather)', () => {
  it('reads "half a percentage point" and "a quarter of a percentage point" as percentage points', () => {
    expectFigures('The bank raised rates by half a percentage point after a cut of a quarter of a percentage point.', [
      { text: 'half a percentage point', value: 0.5, unit: 'percentage_point', type: 'percentage_point' },
      { text: 'a quarter of a percentage point', value: 0.25, unit: 'percentage_point' },
    ]);
  });

  it('reads "half a mile" as a length, "half a million" and "3 1/2 times" as counts', () => {
    expectFigures('Half a million people queued for half a mile, paying 3 1/2 times the price.', [
      { text: 'Half a million', value: 5e5, unit: null, type: 'count' },
      { text: 'half a mile', value: 0.5, unit: 'mi', type: 'measure' },
      { text: '3 1/2', value: 3.5, unit: null, type: 'count' },
    ]);
  });

  it('reads battery, energy, magnitude and air-quality units', () => {
    expectFigures('The 4,000mAh phone, a 7.8-magnitude quake, 150 TWh of power and CO2 at 421 ppm.', [
      { text: '4,000mAh', value: 4000, unit: 'mAh' },
      { text: '7.8-magnitude', value: 7.8, unit: 'magnitude' },
      { text: '150 TWh', value: 150, unit: 'TWh' },
      { text: '421 ppm', value: 421, unit: 'ppm' },
    ]);
  });

  it('reads fuel economy, tyre pressure and noise', () => {
    expectFigures('The car does 45 mpg at 32 psi and 70 decibels.', [
      { text: '45 mpg', value: 45, unit: 'mpg' },
      { text: '32 psi', value: 32, unit: 'psi' },
      { text: '70 decibels', value: 70, unit: 'dB' },
    ]);
  });

  it('reads weather ranges glued to units and a negative wind chill (weather)', () => {
    expectFigures('Forecasters expect 4-6in of rain, gusts of 60-70mph and wind chills of -45C.', [
      { text: '4-6in', low: 4, high: 6, unit: 'in' },
      { text: '60-70mph', low: 60, high: 70, unit: 'mph' },
      { text: '-45C', value: -45, unit: '°C' },
    ]);
  });

  it('reads density denominators: "kg/m²" and "per sq km" after a measure (health, science)', () => {
    expectFigures('A BMI over 30 kg/m² counts as obese; the dust settled at 4 tonnes per sq km.', [
      { text: 'over 30 kg/m²', value: 30, unit: 'kg', per: 'm2', bound: '>' },
      { text: '4 tonnes per sq km', value: 4, unit: 't', per: 'km2' },
    ]);
  });

  it('reads "a 300 pound man" as a weight and "a twenty pound note" as money', () => {
    expectFigures('The 300 pound man paid with a twenty pound note.', [
      { text: '300 pound', value: 300, unit: 'lb', type: 'measure' },
      { text: 'twenty pound', value: 20, unit: 'GBP', type: 'money' },
    ]);
  });

  it('reads "topped 500" and "10,000-plus" as lower bounds, and "passed 3 laws" as a count', () => {
    expectFigures('The death toll topped 500 as crowds of 10,000-plus gathered; the parliament passed 3 laws.', [
      { text: 'topped 500', value: 500, bound: '>' },
      { text: '10,000-plus', value: 10000, bound: '>' },
      { text: '3', value: 3, bound: '=' },
    ]);
  });

  it('reads hyphenated rate units: "a 25-basis-point cut", "a 0.5-percentage-point hike", "a 3-per-cent fall", "2ppts" (economy)', () => {
    expectFigures('After a 25-basis-point cut and a 0.5-percentage-point hike came a 3-per-cent fall; output rose 2ppts.', [
      { text: '25-basis-point', value: 25, unit: 'basis_point' },
      { text: '0.5-percentage-point', value: 0.5, unit: 'percentage_point', type: 'percentage_point' },
      { text: '3-per-cent', value: 3, unit: 'percent' },
      { text: '2ppts', value: 2, unit: 'percentage_point' },
    ]);
  });

  it('reads a hyphenated scale: "a $1.5-billion deal", "a 2-million-strong crowd"', () => {
    expectFigures('The $1.5-billion deal drew a 2-million-strong crowd.', [
      { text: '$1.5-billion', value: 1.5e9, unit: 'USD' },
      { text: '2-million', value: 2e6, unit: null },
    ]);
  });

  it('reads the ringgit, rupiah, rand, naira, Kenyan shilling and taka as their papers write them, but not "Audi R8"', () => {
    expectFigures('RM5 million, Rp 10 trillion, R50 billion, N500 billion, KSh3.6 trillion and Tk 5,000 crore; the Audi R8 sold.', [
      { text: 'RM5 million', value: 5e6, unit: 'MYR' },
      { text: 'Rp 10 trillion', value: 1e13, unit: 'IDR' },
      { text: 'R50 billion', value: 5e10, unit: 'ZAR' },
      { text: 'N500 billion', value: 5e11, unit: 'NGN' },
      { text: 'KSh3.6 trillion', value: 3.6e12, unit: 'KES' },
      { text: 'Tk 5,000 crore', value: 5e10, unit: 'BDT' },
    ]);
  });

  it('reads a negative amount of money and "one in every five"', () => {
    expectFigures('The unit lost -£3m, and one in every five adults smokes.', [
      { text: '-£3m', value: -3e6, unit: 'GBP' },
      { text: 'one in every five', value: 0.2, unit: 'share' },
    ]);
  });

  it('carries the scale of a range end to its start: "7-8,000", "$5-$6bn", "7m-8m units"', () => {
    expectFigures('Some 7-8,000 troops, a $5-$6bn deal and sales of 7m-8m units.', [
      { text: 'Some 7-8,000', low: 7000, high: 8000, bound: 'range' },
      { text: '$5-$6bn', low: 5e9, high: 6e9, unit: 'USD' },
      { text: '7m-8m', low: 7e6, high: 8e6, unit: null },
    ]);
  });

  it('reads no inches in "a 1-in-100-year flood"', () => {
    expect(figures('It was a 1-in-100-year flood.').some((a) => a.unit === 'in')).toBe(false);
  });

  it('keeps poll and seat tallies after a name, and years after a name', () => {
    expectFigures('Clinton would beat Trump 46 to 40 percent; Cruz leads by 16 points.', [
      { text: '46', value: 46 },
      { text: '40 percent', value: 40, unit: 'percent' },
      { text: '16', value: 16 },
    ]);
    expectFigures('Republicans have 24 seats up, Democrats 10.', [
      { text: '24', value: 24 },
      { text: '10', value: 10 },
    ]);
  });

  it('keeps "between a quarter and a third" a share', () => {
    expectFigures('The vote fell by between a quarter and a third.', [{ text: 'between a quarter and a third', low: 0.25, high: 1 / 3, unit: 'share' }]);
  });

  it('gives vague amounts the unit after "of": "hundreds of millions of dollars", "thousands of tonnes"', () => {
    expectFigures('It cost hundreds of millions of dollars as thousands of tonnes of grain and thousands of people were lost.', [
      { text: 'hundreds of millions of dollars', low: 2e8, high: 999e6, unit: 'USD', type: 'money' },
      { text: 'thousands of tonnes', low: 2000, high: 9999, unit: 't', type: 'measure' },
      { text: 'thousands', low: 2000, high: 9999, unit: null, type: 'count' },
    ]);
  });

  it('reads a hyphenated "one-in-four" as a share', () => {
    expectFigures('Almost one-in-four residents left.', [{ text: 'Almost one-in-four', value: 0.25, unit: 'share', bound: '<~' }]);
  });

  it('takes no figure from "two-time champion", "one-off", "number one", "Channel 4" or "5G"/"3D"/"2FA" (tech, sport)', () => {
    expect(figures('The two-time champion, number one in the world, made a one-off payment.')).toEqual([]);
    expect(figures('The show airs on Channel 4 and operators rolled out 5G networks, 3D printing and 2FA.')).toEqual([]);
    expectFigures('The 10g sachet costs 50p.', [
      { text: '10g', value: 10, unit: 'g' },
      { text: '50p', value: 50, unit: 'GBX' },
    ]);
  });

  it('reads health units: IU, mmol/L and mg per dL (health)', () => {
    expectFigures('Take 400 IU a day; above 7 mmol/L or 126 mg/dL signals diabetes.', [
      { text: '400 IU a day', value: 400, unit: 'IU', per: 'day' },
      { text: 'above 7 mmol/L', value: 7, unit: 'mmol/L', bound: '>' },
      { text: '126 mg/dL', value: 126, unit: 'mg', per: 'dL' },
    ]);
  });

  it('reads energy-market units: bcm, mb/d, "40m bpd", gigatonnes, kilovolts (business, science)', () => {
    expectFigures('Flows fell to 40 bcm a year and output to 2 mb/d, or 40m bpd, as 36.8 gigatonnes of CO2 and 400kV lines were cut.', [
      { text: '40 bcm a year', value: 40, unit: 'bcm', per: 'year' },
      { text: '2 mb/d', value: 2, unit: 'mb/d' },
      { text: '40m bpd', value: 4e7, unit: 'bbl/d' },
      { text: '36.8 gigatonnes', value: 36.8, unit: 'Gt' },
      { text: '400kV', value: 400, unit: 'kV' },
    ]);
  });

  it('reads light-years, astronomical units and square miles (science, weather)', () => {
    expectFigures('The star is 40 light-years away and 2.5 AU wide; the fire burned 4,200 sq miles.', [
      { text: '40 light-years', value: 40, unit: 'ly' },
      { text: '2.5 AU', value: 2.5, unit: 'AU' },
      { text: '4,200 sq miles', value: 4200, unit: 'sq mi' },
    ]);
  });

  it('reads "per annum" and "per" before any noun as the rate (business, health)', () => {
    expectFigures('Loans cost 7% per annum and the drug $2.1m per patient, as per the deal.', [
      { text: '7% per annum', value: 7, unit: 'percent', per: 'year' },
      { text: '$2.1m per patient', value: 2.1e6, unit: 'USD', per: 'patient' },
    ]);
  });

  it('reads "several dozen" and "a few dozen" as vague ranges (courts, politics)', () => {
    expectFigures('Several dozen protesters and a few dozen police clashed.', [
      { text: 'Several dozen', low: 24, high: 108, bound: 'range' },
      { text: 'a few dozen', low: 24, high: 60, bound: 'range' },
    ]);
  });

  it('reads a vote split "52% to 48%" as two amounts, and keeps court counts, bail and years apart (elections, courts)', () => {
    expectFigures('The referendum passed by 52% to 48%.', [
      { text: '52%', value: 52, unit: 'percent' },
      { text: '48%', value: 48, unit: 'percent' },
    ]);
    expectFigures('Guilty on 34 counts, he was jailed for 25 years, with bail of $500,000 and 10 dm of cable seized.', [
      { text: '34', value: 34, type: 'count' },
      { text: '$500,000', value: 500000, unit: 'USD' },
      { text: '10 dm', value: 10, unit: 'dm' },
    ]);
  });

  it('reads the magnitude of a quake written before or after the number (science)', () => {
    expectFigures('A magnitude 6.2 earthquake followed a 5.6-magnitude foreshock.', [
      { text: '6.2', value: 6.2, unit: 'magnitude', type: 'measure' },
      { text: '5.6-magnitude', value: 5.6, unit: 'magnitude' },
    ]);
  });

  it('reads more bound phrases: "a maximum of", "as few as", "north of", "just short of", "in the region of" (business, politics)', () => {
    expectFigures('A maximum of 30 guests, as few as 20 staff, north of $1bn raised, just short of 50% turnout and in the region of £50m spent.', [
      { text: 'A maximum of 30', value: 30, bound: '<=' },
      { text: 'as few as 20', value: 20, bound: '>=' },
      { text: 'north of $1bn', value: 1e9, bound: '>', unit: 'USD' },
      { text: 'just short of 50%', value: 50, bound: '<~', unit: 'percent' },
      { text: 'in the region of £50m', value: 5e7, bound: '~', unit: 'GBP' },
    ]);
  });

  it('takes no figure from a dateline day or a tweet id', () => {
    expect(figures('26 (UPI) — Stein was escorted off the premises.')).toEqual([]);
    expect(figures('<tweet tweet-id="783499116076687360"><tweet/>.')).toEqual([]);
  });

  it('reads heights as feet and inches: "6-foot-3" and 6\'3" (sport)', () => {
    expectFigures('The 6-foot-3 striker, listed at 6\'3", joined.', [
      { text: '6-foot-3', value: 6.25, unit: 'ft' },
      { text: '6\'3"', value: 6.25, unit: 'ft' },
    ]);
  });

  it('reads a margin of error "plus or minus 4 percentage points" as 4, and no figure from "a 2-to-1 vote" or "@Fred_945"', () => {
    expectFigures('The margin of error is plus or minus 4 percentage points.', [
      { text: 'plus or minus 4 percentage points', value: 4, unit: 'percentage_point', bound: '=' },
    ]);
    expect(figures('By a 2-to-1 vote, the court agreed, @Fred_945 wrote.')).toEqual([]);
  });

  it('takes no figure from "one-on-one", "one by one", "at one point", "the Big Three" or "the Group of Seven"', () => {
    expect(figures('They met one-on-one and left.')).toEqual([]);
    expect(figures('They left one by one, and at one point it happened in one go.')).toEqual([]);
    expect(figures('The Big Three automakers and the Group of Seven met.')).toEqual([]);
    expectFigures('Floods Force Three Thousand From Homes In Province', [{ text: 'Three Thousand', value: 3000 }]);
  });

  it('takes no figure from years and ages written short (\'08, \u201912, "in his early 60s") or a list marker', () => {
    expect(figures('That is what he did in \u201908 and \u201912, now in his early 60s.')).toEqual([]);
    expect(figures('3) Bernie bio.')).toEqual([]);
  });
});
