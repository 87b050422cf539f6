// Figures of ordinary news the tagger misread, each case standing for a general
// cause (see the comment above it), not a quirk of its sentence. The sentences
// were written for this file. Each case lists all the claims of its text, in
// order; a claim lists only the fields the case is about.
import { type Case, describeFigureCases, type View } from './helpers/claim-view.js';

/** A plain figure claim. */
const q = (fields: Partial<View>): Partial<View> => ({ kind: 'quantity', ...fields });

const CASES: Record<string, Case[]> = {
  ages: [
    // A role noun before a listed name ("actor", "singer") shows the list names people: its bare numbers are ages.
    { text: 'Birthdays this week include actor Pierce Brosnan, 70; Helen Mirren, 79; and singer Tom Jones, 84.', claims: [] },
    { text: 'Actress Helen Mirren is 79.', claims: [] },
    // A name and number after ", and" that follows an age set off by commas is an age too.
    { text: 'The film stars actor Tom Hanks, 67, and Meg Ryan, 62.', claims: [] },
    // Without a role or a head of people, a list keeps its tallies.
    { text: 'Medal table: Norway, 14; Germany, 9; and the United States, 8.', claims: [q({ value: 14 }), q({ value: 9 }), q({ value: 8 })] },
  ],
  counted: [
    // A ratio of one takes a singular verb: the -s word after its plural noun is the verb, not more of the noun.
    { text: 'Roughly 1 in 5 adults lives with a mental illness.', claims: [q({ value: 0.2, unit: 'share', counted: 'adults' })] },
    { text: 'One in four children uses social media daily.', claims: [q({ value: 0.25, counted: 'children' })] },
    { text: 'One in 10 workers earns less than the minimum wage.', claims: [q({ value: 0.1, counted: 'workers' })] },
    // The same words are nouns where no plural noun stands before them.
    { text: 'The crash claimed 300 lives.', claims: [q({ value: 300, counted: 'lives' })] },
    { text: 'One in three sports fans works weekends.', claims: [q({ counted: 'sports fans' })] },
  ],
  names: [
    // One digit and a glued capital M or K with no currency or counted plural names a company or a resolution.
    { text: 'Shares of 3M were flat. The camera shoots 4K video.', claims: [] },
    { text: 'The service has 3M subscribers and raised $3M.', claims: [q({ value: 3_000_000, counted: 'subscribers' }), q({ value: 3_000_000, unit: 'USD' })] },
  ],
  sportRates: [
    // After a counted noun, "per" names the rate's unit outright; "a game" and "a match" are a sport's periods.
    {
      text: 'He is averaging 25.4 points per game and 3 assists a game.',
      claims: [q({ value: 25.4, per: 'game', counted: 'points' }), q({ value: 3, per: 'game', counted: 'assists' })],
    },
    { text: 'The plant employs 300 workers a household.', claims: [q({ value: 300, per: null })] },
  ],
  nounTo: [
    // A noun of change, then "to" its level.
    { text: 'Three members backed a hike to 5.5%.', claims: [q({ value: 3 }), q({ value: 5.5, change: 'up ?→5.5' })] },
    { text: 'The board proposed a cut to 4%.', claims: [q({ value: 4, change: 'down ?→4' })] },
  ],
  nights: [
    // "nights" and "fortnight" are durations (no figure) and periods ("over the past fortnight"); "$200 a night" is a rate.
    { text: 'The count was conducted over three nights in January.', claims: [] },
    { text: 'Rooms cost $200 a night.', claims: [q({ value: 200, unit: 'USD', per: 'night' })] },
    { text: 'Sales rose 5% over the past fortnight.', claims: [q({ value: 5, scope: 'over the past fortnight' })] },
  ],
  scope: [
    // A market's session dates a move: the whole phrase is the scope, also after "early"/"late" alone.
    { text: 'Shares of Apple fell 2% in morning trading.', claims: [q({ value: 2, scope: 'in morning trading' })] },
    { text: 'Oil prices climbed 1.5% in early afternoon trading.', claims: [q({ value: 1.5, scope: 'in early afternoon trading' })] },
    { text: 'The index slipped 0.4% in the afternoon session.', claims: [q({ value: 0.4, scope: 'in the afternoon session' })] },
    // A bare part of the day that modifies a noun is no period.
    { text: 'The store sold 300 units in morning hours.', claims: [q({ value: 300, scope: null })] },
    {
      text: 'Temperatures fell to 5C at night and rose to 20C by afternoon.',
      claims: [q({ value: 5, scope: 'at night' }), q({ value: 20, scope: 'by afternoon' })],
    },
    // A year's number right after "year" names the year: it belongs to the scope.
    { text: 'The deficit narrowed to $1.7 trillion in fiscal year 2023.', claims: [q({ value: 1.7e12, scope: 'in fiscal year 2023' })] },
    { text: 'Over the year 2,000 jobs were lost.', claims: [q({ value: 2000, scope: 'Over the year' })] },
    // Trade with a country is no session.
    { text: 'Sales rose 4% in trade with China.', claims: [q({ value: 4, scope: null })] },
  ],
  change: [
    // A verb whose particle is "up"/"down" goes "to" a new level: no bound "up to", a change with its level.
    {
      text: 'The unemployment rate ticked up to 3.9% in February from 3.7% in January.',
      claims: [q({ value: 3.9, bound: '=', change: 'up 3.7→3.9' })],
    },
    { text: 'Inflation edged down to 2.4% in March.', claims: [q({ value: 2.4, bound: '=', change: 'down ?→2.4' })] },
    { text: 'Turnout went up to 67%.', claims: [q({ value: 67, bound: '=', change: 'up ?→67' })] },
    // A verb that needs no particle keeps "up to" a bound.
    { text: 'Prices could rise up to 5%.', claims: [q({ value: 5, bound: '<=' })] },
    // A comparative right after a market's figure is the change's way; "at" after it leads to the level.
    { text: 'Shares closed 1.2% higher at $45.10.', claims: [q({ value: 1.2, change: 'up ?→?' }), q({ value: 45.1, change: 'up ?→45.1' })] },
    {
      text: 'Brent crude futures settled 87 cents lower at $82.05 a barrel.',
      claims: [q({ value: 87, unit: 'USX', change: 'down ?→?' }), q({ value: 82.05, change: 'down ?→82.05' })],
    },
    { text: 'The dollar was 0.3% weaker against the yen on Monday.', claims: [q({ value: 0.3, change: 'down ?→?' })] },
    // Not before a noun, nor a comparison with "than".
    { text: 'Its prices are 5% lower than its rivals.', claims: [q({ value: 5, change: null })] },
    // "by an average of", "by a total of", "to a low of" lead to the change's amount or level as "by" and "to" do.
    { text: 'Council tax bills will rise by an average of 5.1% from April.', claims: [q({ value: 5.1, change: 'up ?→?' })] },
    { text: 'Petrol prices fell to a low of $3.10 a gallon.', claims: [q({ value: 3.1, change: 'down ?→3.1' })] },
    // A noun of change after the nouns that name what changes: "a 3% pay rise", "a 4.99% council tax rise".
    { text: 'Workers will get a 3% pay rise.', claims: [q({ value: 3, change: 'up ?→?' })] },
    { text: 'Ministers announced a $2 billion budget cut.', claims: [q({ value: 2_000_000_000, change: 'down ?→?' })] },
    { text: 'The council approved a 4.99% council tax rise.', claims: [q({ value: 4.99, change: 'up ?→?' })] },
    // A phrase of when may stand between a change and "to" its level.
    { text: 'Shares fell 3% in early trading to $45.', claims: [q({ value: 3, change: 'down ?→?' }), q({ value: 45, change: 'down ?→45' })] },
    {
      text: 'Revenue rose 4% in the third quarter to $12.1 billion.',
      claims: [q({ value: 4, change: 'up ?→?' }), q({ value: 12_100_000_000, change: 'up ?→12100000000' })],
    },
    { text: 'Exports grew 2% on Tuesday to 4,500 tonnes.', claims: [q({ value: 2 }), q({ value: 4500, change: 'up ?→4500' })] },
    // A participle of arrival after the change's clause leads to its level.
    { text: 'Sales doubled over the past year, reaching 2,500.', claims: [q({ value: 2500, change: 'up ?→2500' })] },
    { text: 'Enrolment fell sharply, reaching a record low of 4,000.', claims: [q({ value: 4000, change: 'down ?→4000' })] },
    { text: 'The death toll climbed on Monday, bringing the total to 1,200.', claims: [{ value: 1200, change: 'up ?→1200' }] },
    { text: 'The team won again, reaching 50 points.', claims: [q({ value: 50, change: null })] },
    // A preposition ends the nouns: a stake is no loss.
    { text: 'It bought a 10% stake in loss-making Acme.', claims: [q({ value: 10, change: null })] },
  ],
  rates: [
    // "per" before a number makes that number the rate's denominator, with its noun: no figure of its own.
    { text: 'The murder rate rose to 6.8 per 100,000 people in 2022.', claims: [q({ value: 6.8, per: '100000 people', scope: 'in 2022' })] },
    { text: 'There were 45 cases per 100,000 population.', claims: [q({ value: 45, per: '100000 population', counted: 'cases' })] },
    { text: 'Violent crime fell to 363.8 offences per 100,000 residents last year.', claims: [q({ value: 363.8, per: '100000 residents' })] },
    { text: 'The snack has 120 calories per 100 grams.', claims: [q({ value: 120, per: '100 g' })] },
    // After a counted noun, "per day" is a rate as "a day" is.
    { text: 'The clinic saw about 400 patients per day.', claims: [q({ value: 400, per: 'day', counted: 'patients' })] },
  ],
  durations: [
    // Numbers coordinated with a duration are durations too: no figure.
    { text: 'The trial could last two or three weeks.', claims: [] },
    { text: 'Most adults need seven or eight hours of sleep.', claims: [] },
    { text: 'The rules will change in the next 5, 10 or 15 years.', claims: [] },
    // With a counted noun they stay counts.
    { text: 'Divers found 3 or 4 bodies.', claims: [q({ value: 3 }), q({ value: 4, counted: 'bodies' })] },
  ],
  pronouns: [
    // "the two" standing for what was named before counts nothing new: before a verb, "of us/them", or a mark.
    { text: 'The two matched each other.', claims: [] },
    { text: 'The two of them met in Paris in 2019.', claims: [] },
    { text: 'Talks stalled and no deal was reached between the two.', claims: [] },
    { text: 'The two have been friends for years.', claims: [] },
    // "zero" before a singular noun means "no"; before a plural, a unit, an adverb or a rate's noun it is 0.
    { text: 'There is zero point in arguing.', claims: [] },
    { text: 'They have zero chance of winning.', claims: [] },
    { text: 'Officials reported zero deaths on Sunday.', claims: [{ value: 0 }] },
    { text: 'Temperatures fell to zero degrees.', claims: [q({ value: 0, unit: '°' })] },
    { text: 'Sales rose to 10%, up from zero just four years ago.', claims: [q({ value: 10 }), q({ value: 0 })] },
    { text: 'The economy saw zero growth in the third quarter.', claims: [q({ value: 0 })] },
    // Before a noun, also after an adjective in "-ed", it counts.
    { text: 'The two armed men fled.', claims: [{ value: 2, counted: 'armed men' }] },
    { text: 'The two sides met on Monday.', claims: [q({ value: 2, counted: 'sides' })] },
  ],
  phones: [
    // A toll-free number with words for digits or en dashes rings; it is no range from 1 to 800.
    { text: 'For help, readers can call 1-800-FLOWERS today.', claims: [] },
    { text: 'The line, 1\u2013800\u2013245-5466, is open today.', claims: [] },
    { text: 'Between 1-800 people attended.', claims: [q({ low: 1, high: 800, counted: 'people' })] },
  ],
  points: [
    // More than a hundred points is an index's level or move, even with a percentage in the clause.
    { text: 'The FTSE 100 ended 0.5% lower at 7,650 points.', claims: [q({ value: 0.5, unit: 'percent' }), q({ value: 7650, unit: null })] },
    // A lead in points reads the percentage before it past a comma; a league's lead has none and stays a count.
    { text: 'Trump had 47%, five points ahead of Biden.', claims: [q({ value: 47 }), q({ value: 5, unit: 'percentage_point' })] },
    { text: 'Arsenal, on 50 points, are 5 points clear at the top.', claims: [q({ value: 50, unit: null }), q({ value: 5, unit: null })] },
    // Shares set off by a comma right after the points state what the points are of; "or" restates an index's move.
    {
      text: 'Harris leads Trump by 3 points, 48% to 45%, in the latest poll.',
      claims: [q({ value: 3, unit: 'percentage_point' }), q({ value: 48 }), q({ value: 45 })],
    },
    { text: 'The Dow fell 90 points, or 0.3%, to 38,500.', claims: [q({ value: 90, unit: null }), q({ value: 0.3 }), q({ value: 38500 })] },
    { text: 'The Lakers led by 5 points, 60-55, at halftime.', claims: [q({ value: 5, unit: null })] },
    { text: 'Approval fell 5 points to 41%.', claims: [q({ value: 5, unit: 'percentage_point' }), q({ value: 41, unit: 'percent' })] },
  ],
};

describeFigureCases('figures of ordinary news (fig22)', CASES);
