// Golden tests of the claim tagger, one block per construction. Every sentence
// is written for this file about stories unrelated to the seed storyline
// (floods, earthquakes, elections, wildfires, a mine collapse...), so they
// guard against rules that only fit the seed articles' wording.
import { describe, expect, it } from 'vitest';
import { DEFAULT_GAZETTEER, DEFAULT_MEASURES, splitSentences, tagClaims, type Gazetteer, type MeasureLexicon } from '../pipeline/claims/index.js';
import type { Claim } from '../pipeline/types.js';

/** Sources of the made-up stories, added to the default gazetteer as an operator would. */
const GAZETTEER: Gazetteer = {
  sources: {
    ...DEFAULT_GAZETTEER.sources,
    'kim-young-soo': ['Kim Young-soo', 'Fire Chief Kim Young-soo'],
    'park-jae-hyun': ['Park Jae-hyun'],
    'ndma-pakistan': ['National Disaster Management Authority', 'NDMA', "Pakistan's disaster agency"],
    afad: ['AFAD', "Turkey's disaster agency", 'Disaster and Emergency Management Presidency'],
    'cal-fire': ['Cal Fire', 'the California Department of Forestry and Fire Protection'],
    'electoral-commission': ['Electoral Commission', 'the electoral commission'],
    'red-cross': ['Red Cross', 'International Committee of the Red Cross', 'ICRC'],
  },
  kinds: { ...DEFAULT_GAZETTEER.kinds },
};
/** The default vocabulary plus an election measure an operator would add. */
const MEASURES: MeasureLexicon = [...DEFAULT_MEASURES, { phrase: 'cast ballots', measure: 'voted', kind: 'other' }];

function tag(text: string, title = ''): Claim[] {
  return tagClaims({ articleId: 'golden', title, text, publishedAt: '2025-06-01' }, { gazetteer: GAZETTEER, measures: MEASURES });
}
/** The figure claims, reduced to what each test looks at. */
function figures(text: string, title = ''): Array<Partial<Claim>> {
  return tag(text, title)
    .filter((c) => c.value !== null || c.low !== null)
    .map(({ measure, value, bound, low, high, unit, source, via }) => ({ measure, value, bound, low, high, unit, source, via }));
}
/** The figure claims a measure pack made (every other figure is a general `quantity` claim). */
function packFigures(text: string, title = ''): Array<Partial<Claim>> {
  return figures(text, title).filter((c) => c.measure !== null);
}
/** The general quantity claims: value, unit and bound only. */
function quantities(text: string): Array<Pick<Claim, 'value' | 'unit' | 'bound'>> {
  return tag(text)
    .filter((c) => c.kind === 'quantity')
    .map(({ value, unit, bound }) => ({ value, unit, bound }));
}

describe('sentence splitting of news text', () => {
  it('keeps titles, initials, decimals and dotted acronyms inside sentences', () => {
    const text =
      'Dr. Amaka Obi of the U.N. refugee agency said the river rose 2.4 metres. Sen. J. R. Whitfield flew in on Sept. 3. The E.U. The vote is tomorrow.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Dr. Amaka Obi of the U.N. refugee agency said the river rose 2.4 metres.',
      'Sen. J. R. Whitfield flew in on Sept. 3.',
      'The E.U.',
      'The vote is tomorrow.',
    ]);
  });

  it('splits after quotes, question marks and ellipses, and strips a dateline', () => {
    const text = 'ANTAKYA, Turkey — "Where do we go now?" a survivor asked. Nobody answered... The search went on!\n\nAftershocks continued';
    expect(splitSentences(text).map((s) => [s.text, s.paragraph])).toEqual([
      ['"Where do we go now?" a survivor asked.', 0],
      ['Nobody answered...', 0],
      ['The search went on!', 0],
      ['Aftershocks continued', 1],
    ]);
  });

  it('keeps offsets valid over curly quotes and line breaks', () => {
    const text = '“The levee held,” the mayor said.\nOfficials disagreed.\n\nRain fell again.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text)).toHaveLength(3);
  });
});

describe('number words', () => {
  it('reads compound and scaled number words', () => {
    expect(figures('Twenty-three firefighters were injured, Cal Fire said.')).toEqual([
      { measure: 'wounded', value: 23, bound: '=', low: null, high: null, unit: null, source: 'cal-fire', via: null },
    ]);
    expect(figures('Four hundred and twelve people remain missing after the flood, the NDMA said.')[0]).toMatchObject({
      measure: 'missing',
      value: 412,
      source: 'ndma-pakistan',
    });
    expect(figures('Two dozen miners were killed in the collapse.')[0]).toMatchObject({ measure: 'killed', value: 24 });
    expect(figures('More than 1.2 million voters cast ballots by noon, the Electoral Commission said.')[0]).toMatchObject({
      measure: 'voted',
      value: 1_200_000,
      bound: '>',
      source: 'electoral-commission',
    });
  });
});

describe('ranges and vague amounts', () => {
  it('gives low and high for spans and vague multiples', () => {
    expect(figures('Between 30 and 45 people died in the landslide, the Red Cross said.')[0]).toMatchObject({
      bound: 'range',
      low: 30,
      high: 45,
      value: null,
      source: 'red-cross',
    });
    expect(figures('The quake killed 150-200 villagers, AFAD said.')[0]).toMatchObject({ bound: 'range', low: 150, high: 200, source: 'afad' });
    expect(figures('Dozens of residents were injured.')[0]).toMatchObject({ measure: 'wounded', bound: 'range', low: 24, high: null });
    expect(figures('A few thousand people were killed in the cyclone.')[0]).toMatchObject({ bound: 'range', low: 2000, high: 5000 });
  });
});

describe('shares', () => {
  it('reads fractions, percentages and "N in M"', () => {
    expect(figures('Nearly half of the miners were injured, the Red Cross said.')[0]).toMatchObject({
      value: 0.5,
      unit: 'share',
      bound: '<~',
      measure: 'wounded',
    });
    expect(figures('One in four residents died when the dam failed.')[0]).toMatchObject({ value: 0.25, unit: 'share', measure: 'killed' });
    // A percentage stays in percent (5 = 5%): only fractions in words are shares.
    expect(figures('About 40% of the workers were killed, AFAD said.')[0]).toMatchObject({ value: 40, unit: 'percent', bound: '~', measure: 'killed' });
  });
});

describe('bounds', () => {
  it('maps each qualifier to its bound', () => {
    const cases: Array<[string, Claim['bound']]> = [
      ['At least 19 hikers died on the ridge.', '>='],
      ['Upwards of 300 residents were injured.', '>'],
      ['Almost 60 people were killed.', '<~'],
      ['Up to 80 villagers may have died.', '<='],
      ['Fewer than ten volunteers were injured.', '<'],
      ['Roughly 700 people died.', '~'],
      ['An estimated 2,000 civilians were killed.', '~'],
      ['Exactly 41 workers died.', '='],
      ['A hundred or more residents were injured.', '>='],
    ];
    for (const [sentence, bound] of cases) expect(figures(sentence)[0]?.bound, sentence).toBe(bound);
  });
});

describe('measures', () => {
  it('labels deaths, injuries, missing and combined tolls', () => {
    const cases: Array<[string, string]> = [
      ['Eleven climbers lost their lives on the glacier.', 'killed'],
      ['The death toll from the floods rose to 87 people.', 'killed'],
      ['Some 230 people sustained injuries in the blast.', 'wounded'],
      ['At least 14 fishermen are missing off the coast.', 'missing'],
      ['The stampede left 60 pilgrims dead or injured.', 'killed_or_wounded'],
      ['The army reported 300 casualties among its soldiers.', 'casualties'],
      ['About 4,000 troops were sent to the flooded province.', 'deployed'],
    ];
    for (const [sentence, measure] of cases) expect(figures(sentence)[0]?.measure, sentence).toBe(measure);
  });

  it('gives no pack measure to numbers that do not count people', () => {
    for (const sentence of [
      'The river rose 4 metres in 12 hours.',
      'Turnout reached 61 percent in 2024.',
      'The fire burned 12,000 acres.',
      'Route 9 was closed for 3 days.',
      'The 7.8-magnitude quake struck at 4:17 a.m.',
    ])
      expect(packFigures(sentence), sentence).toEqual([]);
  });

  it('makes them general quantities, without durations, years, route numbers or times', () => {
    expect(quantities('The river rose 4 metres in 12 hours.')).toEqual([{ value: 4, unit: 'm', bound: '=' }]);
    expect(quantities('Turnout reached 61 percent in 2024.')).toEqual([{ value: 61, unit: 'percent', bound: '=' }]);
    expect(quantities('The fire burned 12,000 acres.')).toEqual([{ value: 12_000, unit: 'acre', bound: '=' }]);
    expect(quantities('Route 9 was closed for 3 days.')).toEqual([]);
    expect(quantities('The 7.8-magnitude quake struck at 4:17 a.m.').map((q) => q.value)).not.toContain(4);
  });

  it('counts materiel as arms supply, not as people', () => {
    expect(figures('The factory shipped 5 million shells to the front.')).toEqual([
      { measure: 'supplied', value: 5_000_000, bound: '=', low: null, high: null, unit: null, source: null, via: null },
    ]);
    // Materiel moved without a supply verb is counted, but measures nothing.
    expect(packFigures('Two convoys carried 400 drones.')).toEqual([]);
    expect(quantities('Two convoys carried 400 drones.')).toEqual([
      { value: 2, unit: null, bound: '=' },
      { value: 400, unit: null, bound: '=' },
    ]);
    const supply = tag('Pyongyang has supplied about 5 million artillery shells to Moscow, Kyiv said.').find((c) => c.value !== null);
    expect(supply).toMatchObject({ kind: 'arms_supply', measure: 'supplied', value: 5_000_000, bound: '~', counted: 'artillery shells', source: 'ukraine' });
  });
});

describe('whole stories', () => {
  it('a wildfire evacuation report: vague amounts, relays and a quote closing the paragraph', () => {
    const text = [
      'Tens of thousands of residents were evacuated as the fire jumped the highway, Cal Fire said.',
      'About 1,200 people have fled to shelters. "At least 40 homes are gone and 6 firefighters were hurt," Fire Chief Kim Young-soo told reporters.',
    ].join('\n\n');
    expect(packFigures(text)).toEqual([
      { measure: 'evacuated', value: null, bound: 'range', low: 20_000, high: null, unit: null, source: 'cal-fire', via: null },
      { measure: 'displaced', value: 1200, bound: '~', low: null, high: null, unit: null, source: 'kim-young-soo', via: null },
      { measure: 'wounded', value: 6, bound: '=', low: null, high: null, unit: null, source: 'kim-young-soo', via: null },
    ]);
    // The homes are a count of no pack's measure, inside the chief's quote.
    expect(tag(text).find((c) => c.value === 40)).toMatchObject({ kind: 'quantity', bound: '>=', source: 'kim-young-soo' });
    // One claim per figure: a pack's range is not repeated as a general quantity.
    const starts = tag(text).flatMap((c) => (c.figure ? [c.figure.start] : []));
    expect(starts).toEqual([...new Set(starts)]);
  });

  it('an earthquake headline with a colon source, and an agency relayed by a wire', () => {
    const claims = tag(
      'Rescue teams from 12 countries arrived. The toll rose to 2,310 people, AFAD said, according to Reuters.',
      'Quake toll passes 2,000: AFAD',
    );
    expect(claims.find((c) => c.in === 'title')).toMatchObject({ measure: 'killed', value: 2000, bound: '>', source: 'afad', cue: ':' });
    expect(claims.filter((c) => c.measure !== null).map((c) => c.value)).toEqual([2000, 2310]);
    // "12 countries" is a count too, of no pack's measure.
    expect(claims.find((c) => c.value === 12)).toMatchObject({ kind: 'quantity', measure: null, source: null });
  });

  it('an election count: operator measure, unknown official and no stray numbers', () => {
    const text = 'Polls closed at 8 p.m. in 40 districts. Some 3.4 million voters cast ballots, chief returning officer Amina Diallo said, up from 2019.';
    const claims = tag(text);
    // No figure from the time or the year; the districts are a plain count.
    expect(claims.filter((c) => c.value !== null).map((c) => [c.value, c.measure])).toEqual([
      [40, null],
      [3_400_000, 'voted'],
    ]);
    expect(claims.find((c) => c.measure !== null)).toMatchObject({ measure: 'voted', value: 3_400_000, bound: '~', source: null, sourceText: 'Amina Diallo' });
  });
});

describe('attribution across sentence boundaries', () => {
  it('a closing "X said" attributes the uncued sentences of its paragraph', () => {
    const claims = tag('Twelve hikers are missing. Three more were found dead overnight, Cal Fire said.\n\nThe road reopened.');
    expect(claims.filter((c) => c.value !== null).map((c) => [c.value, c.source])).toEqual([
      [12, 'cal-fire'],
      [3, 'cal-fire'],
    ]);
  });

  it('a back-reference names the source of the previous sentence', () => {
    const claims = tag('At least 40 people died in the landslide. The figure was confirmed by the National Disaster Management Authority.');
    expect(claims[0]).toMatchObject({ value: 40, source: 'ndma-pakistan' });
  });

  it('"he" reaches the person named before, within the article', () => {
    const claims = tag('Fire Chief Kim Young-soo visited the site on Friday. He said 27 firefighters were injured.');
    expect(claims.find((c) => c.value === 27)).toMatchObject({ source: 'kim-young-soo', cue: 'said' });
  });

  it('never carries a source over a paragraph break', () => {
    const claims = tag('The Red Cross opened two shelters, it said.\n\nAbout 90 people were injured.');
    expect(claims.find((c) => c.value === 90)?.source).toBeNull();
  });
});

describe('passive and hedged forms', () => {
  it('records the hedge and keeps the figure', () => {
    expect(tag('At least 70 people are believed to have died, AFAD said.')[0]).toMatchObject({ value: 70, hedge: 'are believed', source: 'afad' });
    expect(tag('Some 15 guards were reportedly killed in the attack.')[0]).toMatchObject({ value: 15, hedge: 'reportedly', source: null });
    expect(tag('Up to 200 people may have been injured, according to the Red Cross.')[0]).toMatchObject({
      hedge: 'may',
      source: 'red-cross',
      cue: 'according to',
    });
  });

  it('takes the agent of a passive report as the source', () => {
    expect(tag('The deaths of 33 workers were reported by AFAD.')[0]).toMatchObject({ value: 33, source: 'afad' });
  });

  it('a negated report is no attribution', () => {
    expect(tag('Officials have not confirmed that 50 people died.')[0]).toMatchObject({ value: 50, source: null });
  });
});

describe('source aliases and transliterations', () => {
  it('resolves descriptions and acronyms to one id', () => {
    expect(tag("Pakistan's disaster agency said 1,100 people had died.")[0]?.source).toBe('ndma-pakistan');
    expect(tag('About 1,100 people had died, the NDMA said.')[0]?.source).toBe('ndma-pakistan');
  });

  it('resolves transliteration variants of a listed name', () => {
    expect(tag('Kim Yeong-su said 27 firefighters were injured.')[0]?.source).toBe('kim-young-soo');
    expect(tag('"We lost 9 volunteers," Park Jae-hyeon told reporters.')[0]).toMatchObject({ value: 9, source: 'park-jae-hyun' });
  });

  it("makes one claim of a listed source's general figure, not a statement beside it", () => {
    const claims = tag('Cal Fire said 300 homes were destroyed.');
    expect(claims.map((c) => [c.kind, c.value, c.counted, c.source, c.cue])).toEqual([['quantity', 300, 'homes', 'cal-fire', 'said']]);
    // Without a figure the same report is a statement.
    expect(tag('Cal Fire said the blaze was contained.').map((c) => [c.kind, c.source])).toEqual([['statement', 'cal-fire']]);
  });

  it('keeps the name of a speaker the gazetteer does not know in sourceText', () => {
    const [claim] = tag('About 300 residents were evacuated from the valley, Mayor Elena Petrova said.');
    expect(claim).toMatchObject({ value: 300, source: null, sourceText: 'Mayor Elena Petrova', cue: 'said' });
    const [quoted] = tag('Hospital director Samuel Mensah said 45 patients were injured.');
    expect(quoted).toMatchObject({ value: 45, source: null, sourceText: 'Samuel Mensah' });
  });
});
