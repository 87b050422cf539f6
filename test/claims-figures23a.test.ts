// Figures of business, markets, economy, energy, property, tech and retail news the tagger misread, each case
// standing for a general cause (see the comment above it), not a quirk of its sentence. The sentences were written
// for this file. Each case lists all the claims of its text, in order; a claim lists only the fields the case is about.
import { type Case, describeFigureCases, type View } from './helpers/claim-view.js';

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
  perUnitWords: [
    // A rate's unit after "per" may run over more words than its first: "megawatt hour" is energy, "megawatt" power.
    { text: 'Gas jumped 9% to 48 euros per megawatt hour.', claims: [q({ value: 9 }), q({ value: 48, unit: 'EUR', per: 'MWh' })] },
    { text: 'Power costs 12 cents per kilowatt hour.', claims: [q({ value: 12, unit: 'USX', per: 'kWh' })] },
    { text: 'The plant has a capacity of 40 MW per turbine.', claims: [q({ value: 40, unit: 'MW', per: 'turbine' })] },
  ],
  initialsInUnits: [
    // Initials with stops ("U.S.") take two tokens each, so a currency named with them is read whole.
    { text: 'The Australian dollar rose to 66.5 U.S. cents.', claims: [q({ value: 66.5, unit: 'USX', change: 'up ?→66.5' })] },
    { text: 'The loan was worth 500 U.S. dollars.', claims: [q({ value: 500, unit: 'USD' })] },
  ],
  modelAfterCount: [
    // A bare integer right after a count and before a capitalised word names the model counted; spaced thousands do
    // not run into it.
    { text: 'Boeing delivered 40 737 MAX jets in September.', claims: [q({ value: 40, scope: 'in September' })] },
    // A year before a count dates it.
    { text: 'In 2024 150 Toyota dealers closed.', claims: [q({ value: 150 })] },
    { text: 'The town has 40 000 residents.', claims: [q({ value: 40_000, counted: 'residents' })] },
    // A word in capitals between a bare integer and another number names a model and its variant; a unit does not.
    { text: "The airline's 737 MAX 9 jets were grounded.", claims: [] },
    { text: 'The plant added 500 MW 2 years ago.', claims: [q({ value: 500, unit: 'MW' })] },
  ],
  relativeMonth: [
    // "next", "last" and "this" before a month make a scope as before a period.
    { text: 'The state pension will increase by 4.1% next April.', claims: [q({ value: 4.1, change: 'up ?→?', scope: 'next April' })] },
    { text: 'Sales rose 4% last March.', claims: [q({ value: 4, scope: 'last March' })] },
    // Not the verb "may".
    { text: 'This may cost 5% more.', claims: [q({ value: 5, scope: null })] },
  ],
  contracted: [
    // An economy that contracted fell; a firm contracted to do something was hired.
    { text: 'The economy contracted by 0.1% in September.', claims: [q({ value: 0.1, change: 'down ?→?' })] },
    { text: 'The firm was contracted to build 300 homes.', claims: [q({ value: 300, change: null })] },
  ],
  codeLabels: [
    // A street type after "<number> <Name>" makes an address: parkways, plazas and highways too.
    { text: 'The company, based at 1600 Amphitheatre Parkway, employs 180,000 people.', claims: [q({ value: 180_000, counted: 'people' })] },
    // A letter in brackets glued to a number, and a number in brackets glued after it, label a section of a code.
    { text: 'The average 401(k) balance rose to $127,100.', claims: [q({ value: 127_100, unit: 'USD' })] },
    { text: 'A 501(c)(3) charity raised $5 million.', claims: [q({ value: 5_000_000, unit: 'USD' })] },
    // Digits glued on after a scale letter make a code, no billions.
    { text: 'Executives sold shares under Rule 10b5-1 plans.', claims: [] },
    { text: 'The group raised $1.2b from investors.', claims: [q({ value: 1_200_000_000, unit: 'USD' })] },
  ],
  raiseNoun: [
    // American news writes a rise of pay as "a raise"; money before it is a funding round, no rise.
    { text: 'Workers will receive a 38% raise over four years.', claims: [q({ value: 38, change: 'up ?→?' })] },
    { text: 'The startup announced a $50 million raise.', claims: [{ value: 50_000_000, change: null }] },
  ],
  paceOf: [
    // "at an annual pace of" leads to a change's pace as "by" leads to its amount.
    { text: 'Prices rose at an annual pace of 3.4%.', claims: [q({ value: 3.4, change: 'up ?→?' })] },
    { text: 'The economy grew at an annual rate of 2.8%.', claims: [q({ value: 2.8, change: 'up ?→?' })] },
    // "at a(n) … X% pace/rate" after a verb of change: the figure is the change's pace.
    { text: 'The economy expanded at an annualized 3.3% pace.', claims: [q({ value: 3.3, change: 'up ?→?' })] },
    { text: 'Prices rose at a 5% discount store.', claims: [q({ value: 5, change: null })] },
    { text: 'Prices rose at 30 stores.', claims: [q({ value: 30, change: null })] },
  ],
  nearestVerb: [
    // Of two verbs of change before a figure, the nearer states its way.
    { text: 'Shipments rose 11% in units but fell 3% in value.', claims: [q({ value: 11, change: 'up ?→?' }), q({ value: 3, change: 'down ?→?' })] },
    { text: 'The bank raised fees and cut costs 5%.', claims: [q({ value: 5, change: 'down ?→?' })] },
  ],
  recordLevel: [
    // "to a record low of" leads to the level past the preposition test, as "to a low of" did.
    { text: 'Unemployment fell to a record low of 6.3%.', claims: [q({ value: 6.3, change: 'down ?→6.3' })] },
  ],
  coordinated: [
    // An amount coordinated with a change's amount, its verb left out, is an amount of the same change.
    { text: 'Exports fell 3% in May and 5% in June.', claims: [q({ value: 3, change: 'down ?→?' }), q({ value: 5, change: 'down ?→?', scope: 'in June' })] },
    { text: 'The firm cut 1,200 jobs and 300 contractors.', claims: [q({ value: 1200, change: 'down ?→?' }), q({ value: 300, change: 'down ?→?' })] },
    // Another kind of amount after "and" opens a clause of its own.
    { text: 'Sales rose 5% and 300 workers were hired.', claims: [q({ value: 5, change: 'up ?→?' }), q({ value: 300, change: null })] },
  ],
  thanEarlier: [
    // A comparative "than" an earlier time is a change; "than" another thing compares two things.
    {
      text: 'The airline carried 4.3 million passengers in October, 9% more than a year earlier.',
      claims: [q({ value: 4_300_000, change: null }), q({ value: 9, change: 'up ?→?' })],
    },
    { text: 'Revenue was 12% higher than a year ago.', claims: [q({ value: 12, change: 'up ?→?' })] },
    { text: 'Sales were 3% lower than in 2019.', claims: [q({ value: 3, change: 'down ?→?' })] },
    { text: 'Its prices are 5% lower than its rivals.', claims: [q({ value: 5, change: null })] },
  ],
  objectToLevel: [
    // A verb of change, an object of up to three words and "to" its new level, also where the verb is past UP_RE's reach.
    { text: 'The fund cut its global growth forecast to 3% for 2026.', claims: [q({ value: 3, change: 'down ?→3' })] },
    { text: 'Ministers raised the state pension age to 67.', claims: [q({ value: 67, change: 'up ?→67' })] },
    // Where it was measured from may stand between a change and "to" its level.
    {
      text: 'Gross bookings rose 16% from a year earlier to $40 billion.',
      claims: [q({ value: 16, change: 'up ?→?' }), q({ value: 40_000_000_000, change: 'up ?→40000000000' })],
    },
  ],
  perQualified: [
    // A participle between "per" and its noun qualifies the noun, which is the denominator.
    { text: 'The firm earned $1.12 per diluted share.', claims: [q({ value: 1.12, per: 'share' })] },
    { text: 'The fee is $5 per registered voter.', claims: [q({ value: 5, per: 'voter' })] },
  ],
  arrivalObject: [
    // The object of "bringing"/"taking" before "to" the level may be any short noun phrase.
    {
      text: 'The bank cut rates by 50 basis points on Wednesday, bringing its key rate to 3.25%.',
      claims: [q({ value: 50, change: 'down ?→?' }), q({ value: 3.25, change: 'down ?→3.25' })],
    },
  ],
  wireLast: [
    // The wires' "was last down" is a market's way before "at" its level.
    { text: 'The pound was last down 0.3% at $1.2710.', claims: [q({ value: 0.3, change: 'down ?→?' }), q({ value: 1.271, change: 'down ?→1.271' })] },
  ],
  fromAfterLongScope: [
    // A scope of six words may stand between the level and where it came from.
    {
      text: 'Wage growth slowed to 4.8% in the three months to October from 5.1%.',
      claims: [q({ value: 4.8, change: 'down 5.1→4.8', scope: 'in the three months to October' })],
    },
  ],
  shipping: [
    // Shipping's twenty-foot equivalent unit measures cargo and ships.
    { text: 'The port handled 2.4 million TEUs last year.', claims: [q({ value: 2_400_000, unit: 'TEU', scope: 'last year' })] },
    { text: 'Rates for a 2,500 TEU ship rose to $30,000 a day.', claims: [q({ value: 2500, unit: 'TEU' }), q({ value: 30_000, per: 'day' })] },
  ],
  quarterYear: [
    // A year right after a quarter's or a half's symbol belongs to the scope, as after "year".
    { text: 'Revenue grew 8% in Q4 2024.', claims: [q({ value: 8, scope: 'in Q4 2024' })] },
    { text: 'Sales rose 5% in H1 2025.', claims: [q({ value: 5, scope: 'in H1 2025' })] },
  ],
  marketNameAt: [
    // A market's name and its way with the verb left out, then "at" its level.
    {
      text: 'Oil rose for a third day, with Brent up 0.8% at $74.30 a barrel.',
      claims: [q({ value: 0.8, change: 'up ?→?' }), q({ value: 74.3, change: 'up ?→74.3' })],
    },
    // A plural in lower case names no market: "at" leads to a place.
    { text: 'The index was flat, with shares up 2% at 300 stores.', claims: [q({ value: 2 }), q({ value: 300, change: null })] },
  ],
  superlativeLength: [
    // "in" a length of time after a superlative or "first" compares, as "since" does: it dates no figure.
    { text: 'Sterling touched $1.27 for the first time in three months.', claims: [q({ value: 1.27, scope: null })] },
    { text: 'The central bank raised rates to 0.25%, the highest in 15 years.', claims: [q({ value: 0.25, scope: null })] },
    // A date after a superlative, or a length after a verb, still scopes.
    { text: 'Sales posted their biggest rise in March, up 4%.', claims: [{ value: 4, scope: 'in March' }] },
    { text: 'Prices rose 3% in two years.', claims: [q({ value: 3, scope: 'in two years' })] },
  ],
  restatedAt: [
    // A market's close, its way and change restated in other units, then "at" the level.
    {
      text: 'The Dow ended down 0.6%, or 260 points, at 42,800.',
      claims: [q({ value: 0.6, change: 'down ?→?' }), q({ value: 260, change: 'down ?→?' }), q({ value: 42_800, change: 'down ?→42800' })],
    },
  ],
  boundArticle: [
    // An article may stand between a bound and a figure that qualifies a noun; the noun of change after it still counts.
    { text: 'Employees will get at most a 2% raise.', claims: [q({ value: 2, bound: '<=', change: 'up ?→?' })] },
    { text: 'Buyers get up to a $500 rebate.', claims: [q({ value: 500, bound: '<=', unit: 'USD' })] },
    { text: 'Sales suffered more than a 50% drop.', claims: [q({ value: 50, bound: '>', change: 'down ?→?' })] },
  ],
  fractionOfPoint: [
    // A fraction of a point in words is a rate's move wherever it stands, also before its noun of change.
    { text: 'The Fed delivered a quarter-point cut.', claims: [{ value: 0.25, unit: 'percentage_point', change: 'down ?→?' }] },
    { text: 'Markets expect a half-point hike.', claims: [{ value: 0.5, unit: 'percentage_point', change: 'up ?→?' }] },
  ],
  upAmountFrom: [
    // "up 4% from 735": the change's amount may stand between its way and where the level came from.
    {
      text: 'Revenue was $3.2bn, up 10% from $2.9bn.',
      claims: [q({ value: 3_200_000_000, change: 'up 2900000000→3200000000' }), q({ value: 10, change: 'up ?→?' }), q({ value: 2_900_000_000 })],
    },
    // A year after "from" is no amount.
    { text: 'The firm employs 5,000 people, down 2% from 2023.', claims: [q({ value: 5000, change: null }), q({ value: 2, change: 'down ?→?' })] },
  ],
  compoundPeriod: [
    // A period joined by a hyphen to "earlier", "ago", "long" or "old" modifies a noun: no scope "in the year".
    { text: 'The margin fell to 5.4% from 8.2% in the year-earlier quarter.', claims: [q({ value: 5.4, change: 'down 8.2→5.4', scope: null })] },
    { text: 'Sales rose 4% in the year.', claims: [q({ value: 4, scope: 'in the year' })] },
  ],
  moreAfterPercent: [
    // "more"/"less" right after a percentage or money is a change; after a count it is how many besides.
    { text: 'Customers will pay 12% more for electricity.', claims: [q({ value: 12, change: 'up ?→?' })] },
    { text: 'The new model uses 30% less energy.', claims: [q({ value: 30, change: null })] },
    { text: 'The bombing has killed thousands more.', claims: [{ low: 2000, change: null }] },
  ],
  layoffs: [
    // "laid off" is a cut of staff.
    { text: 'The company has laid off roughly 12,000 workers since 2022.', claims: [q({ value: 12_000, change: 'down ?→?', counted: 'workers' })] },
    // A restatement after what a share is of ("5% of its roles, or about 2,000 positions") shares the change.
    {
      text: 'The bank eliminated 5% of its roles, or about 2,000 positions, last month.',
      claims: [q({ value: 5, change: 'down ?→?' }), q({ value: 2000, change: 'down ?→?' })],
    },
  ],
};

describeFigureCases('figures of business and markets news (fig23a)', CASES);
