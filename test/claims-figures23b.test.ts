// Figures of ordinary news (sport, weather, health, courts, elections, transport, schools, local news) the tagger
// misread, each case standing for a general cause (see the comment above its group), not a quirk of its sentence.
// The sentences were written for this file. Each case lists all the claims of its text, in order; a claim lists
// only the fields the case is about.
import { type Case, describeFigureCases, type View } from './helpers/claim-view.js';

/** A plain figure claim. */
const q = (fields: Partial<View>): Partial<View> => ({ kind: 'quantity', ...fields });

const CASES: Record<string, Case[]> = {
  packYears: [
    // A pack figure needs an amount the amount reader takes for a figure: a span of years is none.
    { text: 'Deaths from heart disease fell by a third between 2000 and 2019.', claims: [q({ value: 1 / 3, scope: 'between 2000 and 2019' })] },
    { text: 'Flooding killed 12 people between 2019 and 2021.', claims: [{ kind: 'casualties', value: 12 }] },
  ],
  listedDays: [
    // Days listed before the day a month follows are days of that month, no amounts.
    { text: 'Voting takes place on 2, 3 and 4 May.', claims: [] },
    { text: 'Strikes are planned for 12 and 13 December.', claims: [] },
    { text: 'The survey was conducted among 2,000 adults between 3 and 5 March.', claims: [q({ value: 2000, counted: 'adults' })] },
    // Without a month after them they count.
    { text: 'Police arrested 3 and charged 2 in May.', claims: [q({ value: 3 }), q({ value: 2 })] },
    { text: 'Between 3 and 5 people attended.', claims: [q({ low: 3, high: 5, counted: 'people' })] },
  ],
  marginOfError: [
    // "±" is written for "plus or minus"; a poll's margin of error is in percentage points wherever the poll is named.
    {
      text: 'The poll of 1,024 likely voters has a margin of error of ±3 points.',
      claims: [q({ value: 1024, counted: 'likely voters' }), q({ figure: '±3 points', value: 3, bound: '=', unit: 'percentage_point' })],
    },
    { text: 'The survey’s margin of error is 4 points.', claims: [q({ value: 4, unit: 'percentage_point' })] },
    // A winning margin stays a count.
    { text: 'The team won by a margin of 12 points.', claims: [q({ value: 12, unit: null, counted: 'points' })] },
  ],
  countedAdjectives: [
    // An -ly word right after the figure and before a plural noun is an adjective of the counted noun.
    { text: 'The home cares for 60 elderly residents.', claims: [q({ value: 60, counted: 'elderly residents' })] },
    { text: 'They scored 2 early goals.', claims: [q({ value: 2, counted: 'early goals' })] },
    // Before another word it stays an adverb.
    { text: 'Police arrested 14 mostly young men.', claims: [q({ value: 14, counted: null })] },
  ],
  measuredTimes: [
    // A time that is measured (a race's time, a margin, a delay, a wait, a level a change reaches) is a figure.
    { text: 'Usain Bolt ran 9.58 seconds in Berlin in 2009.', claims: [q({ figure: '9.58 seconds', value: 9.58, unit: 'second', type: 'measure' })] },
    { text: 'Verstappen won the race by 12.4 seconds.', claims: [q({ value: 12.4, unit: 'second' })] },
    { text: 'Life expectancy for men fell to 78.6 years in 2022.', claims: [q({ value: 78.6, unit: 'year', change: 'down ?→78.6', scope: 'in 2022' })] },
    { text: 'Drivers face delays of up to 45 minutes.', claims: [q({ value: 45, bound: '<=', unit: 'minute' })] },
    { text: 'Flight BA117 was delayed by four hours on Sunday.', claims: [q({ value: 4, unit: 'hour', scope: 'on Sunday' })] },
    { text: 'Delays averaged 17 minutes at Gatwick last month.', claims: [q({ value: 17, unit: 'minute', scope: 'last month' })] },
    // A time written in parts is one figure, in its smallest unit.
    { text: 'The ambulance took 2 hours and 40 minutes to arrive.', claims: [q({ figure: '2 hours and 40 minutes', value: 160, unit: 'minute' })] },
    { text: 'Her time of 1 minute 52.3 seconds was a national record.', claims: [q({ value: 112.3, unit: 'second' })] },
    // A period stays a duration: it scopes a figure or nothing.
    { text: 'The festival attracted 35,000 visitors over three days.', claims: [q({ value: 35000, scope: 'over three days' })] },
    { text: 'It was 10 years ago that the plant closed.', claims: [] },
    { text: 'She lives in Leeds with her husband of 14 years.', claims: [] },
    // An age difference is an age.
    { text: 'Her brother, who was 11 years older than her, died in 2019.', claims: [] },
    { text: 'The study followed 68,000 women for an average of 12 years.', claims: [q({ value: 68000 })] },
    // A court's sentence stays a duration (test/claims-news.test.ts).
    { text: 'He was jailed for 12 years and fined £650.', claims: [q({ value: 650, unit: 'GBP' })] },
  ],
  scopeYears: [
    // A year from 1800 is a year to the scope reader as it is to the amount reader.
    { text: 'Sea levels have risen by about 21cm since 1880.', claims: [q({ value: 21, unit: 'cm', scope: 'since 1880' })] },
    { text: 'Global temperatures have risen 1.1C since the 1850s.', claims: [q({ value: 1.1, scope: 'since the 1850s' })] },
    { text: 'The population grew to 12,000 in 1891.', claims: [q({ value: 12000, change: 'up ?→12000', scope: 'in 1891' })] },
  ],
  statLines: [
    // Counts listed with their plural nouns share the rate after the last one, and a comma between them breaks no
    // clause: the scope after the list dates each of them.
    {
      text: 'He averaged 27.1 points, 7.4 rebounds and 6.9 assists per game last season.',
      claims: [
        q({ value: 27.1, per: 'game', scope: 'last season', counted: 'points' }),
        q({ value: 7.4, per: 'game', scope: 'last season' }),
        q({ value: 6.9, per: 'game', scope: 'last season' }),
      ],
    },
    {
      text: 'The company cut 300 jobs, 120 contracts and 40 posts last year.',
      claims: [q({ value: 300, scope: 'last year' }), q({ value: 120, scope: 'last year' }), q({ value: 40, scope: 'last year' })],
    },
    // A figure's own digits are no clause break either.
    {
      text: 'Exports rose 5% and 2% to 1,200 and 300 tonnes in 2023.',
      claims: [q({ value: 5, scope: 'in 2023' }), q({ value: 2 }), q({ value: 1200 }), q({ value: 300 })],
    },
    // A comma after a figure with no noun still breaks: a restatement has its own time.
    { text: 'Unemployment was 4.2%, 0.3 points higher than last year.', claims: [q({ value: 4.2, scope: null }), q({ value: 0.3 })] },
  ],
  timeAtARate: [
    // An amount of something measured in time at a rate is measured: "150 minutes of exercise a week".
    { text: 'Doctors recommend adults get 150 minutes of moderate exercise a week.', claims: [q({ value: 150, unit: 'minute', per: 'week' })] },
    { text: 'Teenagers need 9 hours of sleep a night.', claims: [q({ value: 9, unit: 'hour', per: 'night' })] },
    { text: 'Most adults need seven or eight hours of sleep.', claims: [] },
  ],
  superlativeSince: [
    // A date inside a superlative's "since" clause compares; it dates no figure.
    {
      text: 'Knife offences rose by 5% to 50,000, the highest since records began in 2011.',
      claims: [q({ value: 5, scope: null }), q({ value: 50000, scope: null })],
    },
    { text: 'Sales rose 5% in 2023, up from 2% since 2020.', claims: [q({ value: 5, scope: 'in 2023' }), q({ value: 2, scope: 'since 2020' })] },
    // The superlative may stand a few words before its "since".
    { text: 'Labour’s vote share was 33.7%, the lowest for a winning party since 1945.', claims: [q({ value: 33.7, scope: null })] },
  ],
  hyphenPoints: [
    // "<n>-point" before a noun of change or lead is points, percentage points with a rate in the clause; the figure set
    // off after a percentage by ", a" restates its change.
    {
      text: 'The governor’s approval rating is 44%, a 6-point drop since June.',
      claims: [q({ value: 44 }), q({ figure: '6-point', value: 6, unit: 'percentage_point', change: 'down ?→?', scope: 'since June' })],
    },
    // Before any other noun the points name a thing: no amount.
    { text: 'He is a 40.5% 3-point shooter.', claims: [q({ value: 40.5, unit: 'percent' })] },
    { text: 'Curry made 8 of 14 three-point attempts.', claims: [q({ value: 8 }), q({ value: 14, counted: 'three-point attempts' })] },
    { text: 'The party unveiled a 10-point plan for the NHS.', claims: [] },
    { text: 'The Eagles had a 10-point lead at halftime.', claims: [q({ value: 10, unit: null })] },
    { text: 'Everton’s 10-point deduction was reduced to six on appeal.', claims: [q({ value: 10 }), q({ value: 6 })] },
  ],
  ordinalScales: [
    // A scale's ordinal before a noun numbers one of a series; before "of" it is a fraction.
    { text: 'The zoo welcomed its 10 millionth visitor on Saturday.', claims: [] },
    { text: 'The reaction takes one millionth of a second.', claims: [q({ value: 0.000001, unit: 'second' })] },
  ],
  periods: [
    // A school's term names a period: "in the autumn term".
    { text: 'Nearly 1,000 pupils were excluded in the autumn term.', claims: [q({ value: 1000, scope: 'in the autumn term' })] },
    // "each" before a period is a rate per that period; alone it is a price apiece.
    { text: 'The economy added 232,200 new jobs each month.', claims: [q({ value: 232200, per: 'month', counted: 'new jobs' })] },
    { text: 'Cases rose by 300 each week.', claims: [q({ value: 300, per: 'week' })] },
    { text: 'The tickets cost $5 each.', claims: [q({ value: 5, per: 'each' })] },
  ],
  raceTimes: [
    // A race's time written as a clock's is a figure in seconds: decimal seconds never tell a clock's time, and without
    // them a word of racing before it does ("a time of", "finished … in", "record of").
    { text: 'Kipyegon won the 1500m in 3:51.29.', claims: [q({ value: 1500, unit: 'm' }), q({ figure: '3:51.29', value: 231.29, unit: 'second' })] },
    { text: 'The Kenyan set a course record of 2:04:35 in Chicago.', claims: [q({ value: 7475, unit: 'second', type: 'measure' })] },
    { text: 'She finished third in 2:21:45, her fastest time since 2019.', claims: [q({ value: 8505, unit: 'second' })] },
    // A clock's time stays masked.
    { text: 'The train left at 07:15:30 and arrived at 11:02.', claims: [] },
    { text: 'The meeting starts at 10:30 and ends at 12:00.', claims: [] },
  ],
  temperatureBands: [
    // A band of a decade is a temperature range in a sentence that speaks of temperatures.
    { text: 'Highs will be in the mid-90s through the weekend.', claims: [q({ figure: 'mid-90s', low: 94, high: 96, unit: '°' })] },
    { text: 'Lows will drop into the upper 30s on Tuesday.', claims: [q({ low: 37, high: 39, scope: 'on Tuesday' })] },
    { text: 'Temperatures will be in the 80s all week.', claims: [q({ low: 80, high: 89 })] },
    // Elsewhere it is an age or a price band, no figure.
    { text: 'He is in his mid-60s.', claims: [] },
    { text: 'Prices in the low 20s attracted buyers.', claims: [] },
  ],
  sportAndQuakes: [
    // "<n>-man" describes a side or a race, as "two-time" describes a champion.
    { text: 'Ten-man Chelsea held on for a 1-0 win.', claims: [] },
    { text: 'It is now a two-man race for the nomination.', claims: [] },
    // A decimal before a quake's noun is its magnitude; a whole number counts quakes.
    { text: 'A 7.1 quake hit the region in 1989.', claims: [q({ value: 7.1, unit: 'magnitude', scope: 'in 1989' })] },
    { text: 'Residents felt 5 tremors overnight.', claims: [q({ value: 5, unit: null, counted: 'tremors' })] },
  ],
  homesAndClauses: [
    // A home's bedrooms name its kind ("a 200-bed hospital" counts beds).
    { text: 'A 2-bed flat in the area costs an average of £310,000.', claims: [q({ value: 310000, unit: 'GBP' })] },
    { text: 'Police searched a six-bedroom house on King Road.', claims: [] },
    { text: 'The new 200-bed hospital will open in 2027.', claims: [q({ value: 200 })] },
    // A clause opened by any regular participle right after the subject, set off by commas, dates only itself.
    { text: 'The school, rated inadequate in 2022, has 1,400 pupils.', claims: [q({ value: 1400, scope: null })] },
    { text: 'The company, based in Leeds since 2010, employs 300 people.', claims: [q({ value: 300, scope: null })] },
  ],
  codesAndLines: [
    // A decimal glued to the digits before it continues a dotted code (a variant's name).
    { text: 'The BA.2.86 variant accounted for 5% of cases.', claims: [q({ value: 5, counted: 'cases' })] },
    { text: 'The Omicron XBB.1.5 subvariant makes up 40% of US cases.', claims: [q({ value: 40 })] },
    // A ratio joined by hyphens to a noun is an adjective; alone before a noun it is a share.
    { text: 'The town was hit by a 1-in-100-year flood.', claims: [] },
    { text: 'There is a one-in-four chance of rain.', claims: [q({ value: 0.25, unit: 'share' })] },
    // Three digits before a singular noun of a line rung name the line; a count takes the plural.
    { text: 'The 111 service took 1.7 million calls in December.', claims: [q({ value: 1_700_000, counted: 'calls' })] },
    { text: 'Police received 2,400 calls to the 999 line on New Year’s Eve.', claims: [q({ value: 2400 })] },
    { text: 'The firm has 300 service staff and 120 line managers.', claims: [q({ value: 300 }), q({ value: 120 })] },
  ],
  possessiveGroups: [
    // What a share or a count is of may follow a name's possessive, and a total written with a scale word.
    { text: 'Three of Labour’s MPs voted against.', claims: [q({ value: 3, counted: 'MPs' })] },
    {
      text: 'Half of the UK’s 2,000 largest firms missed the target.',
      claims: [q({ value: 0.5, counted: 'largest firms' }), q({ value: 2000, counted: 'largest firms' })],
    },
    { text: 'About 60% of the 1.2 million voters backed it.', claims: [q({ value: 60, counted: 'voters' }), q({ value: 1_200_000 })] },
  ],
  millionsCapitalised: [
    // A glued "m" before a capitalised plural (a title-case headline's noun, a nationality) is millions, as before a
    // lower-case one; "Across" keeps metres.
    { title: 'Record 4.3m Pupils Sit Exams', text: 'The exams began on Monday.', claims: [q({ value: 4_300_000, unit: null })] },
    { text: 'About 2.3m Americans lost cover.', claims: [q({ value: 2_300_000, unit: null, counted: 'Americans' })] },
    { title: 'Man Clears 2.4m Across River', text: 'He was unhurt.', claims: [q({ value: 2.4, unit: 'm' })] },
  ],
  agesAndVerbs: [
    // A bare number after "at" and a verb of a life's events is an age, when nothing it could count follows.
    { text: 'He retired at 65 after 40 years at the firm.', claims: [] },
    { text: 'She died at 82 on Sunday.', claims: [] },
    { text: 'He left school at 16 and joined the army.', claims: [] },
    { text: 'The actor died at 3 hospitals in the region.', claims: [q({ value: 3, counted: 'hospitals' })] },
    // An -s word between a plural noun and a number or a determiner is the verb, not more of the counted noun.
    { text: 'The road between the two towns carries 20,000 cars.', claims: [q({ value: 2, counted: 'towns' }), q({ value: 20000, counted: 'cars' })] },
    { text: 'One in three sports fans works weekends.', claims: [q({ counted: 'sports fans' })] },
    { text: 'The firm has 100 billion data points a year.', claims: [q({ counted: 'data points', per: 'year' })] },
  ],
  rangeRates: [
    // A range takes the rate after its counted noun, as a single count does.
    { text: 'The clinic treats 40 to 50 patients a week.', claims: [q({ low: 40, high: 50, per: 'week', counted: 'patients' })] },
  ],
  rankBands: [
    // A number after "top" or "bottom" names a band of a ranking, no amount; with a unit it is one ("the top 1%").
    { text: 'Arsenal finished in the top four for the second year running.', claims: [] },
    { text: 'The bottom three clubs will be relegated.', claims: [] },
    { text: 'The top 1% of earners pay 29% of income tax.', claims: [q({ value: 1, counted: 'earners' }), q({ value: 29 })] },
    // A number over itself is an even split, no share of one.
    { text: 'It is a 50/50 chance whether the match goes ahead.', claims: [] },
    { text: 'He won 3/4 of his matches.', claims: [q({ value: 0.75, unit: 'share' })] },
  ],
  scaledNotListed: [
    // A number with a scale of its own is no bare item of a list: it keeps no unit of the percentage after it.
    {
      text: 'Passenger numbers at Gatwick reached 40.9 million, 88% of 2019 levels.',
      claims: [q({ value: 40_900_000, unit: null, type: 'count' }), q({ value: 88, unit: 'percent' })],
    },
    { text: 'Rates of 5, 6 and 7% were offered.', claims: [q({ value: 5, unit: 'percent' }), q({ value: 6, unit: 'percent' }), q({ value: 7 })] },
  ],
};

describeFigureCases('figures of ordinary news (fig23b)', CASES);
