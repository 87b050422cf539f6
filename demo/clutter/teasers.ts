/**
 * Headlines and snippets of other stories that real pages wrap around an
 * article. The "Related Posts" and "You Missed" items are copied from the
 * seed 000 page; they mention North Korea, figures and dates on purpose, so
 * an extractor or claim tagger that lets them through is caught.
 * Their links lead nowhere on the demo server (404), as dead teaser links do.
 */

export interface Teaser {
  title: string;
  path: string;
  snippet?: string;
}

export interface DatedTeaser extends Teaser {
  author: string;
  date: string;
  views: string;
}

export const RELATED_POSTS: readonly Teaser[] = [
  {
    title: 'North Korea’s Kim to outline plans to boost nuclear arsenal',
    path: '/northwire/2026/02/02/north-koreas-kim-to-outline-plans-to-boost-nuclear-arsenal',
    snippet:
      'Pyongyang expected to release five-year development plan for defence and economy at upcoming congress. North Korean leader Kim Jong Un will unveil plans to bolster the country’s nuclear forces at…',
  },
  {
    title: 'North Carolina may lose $50M in federal funds over flawed immigrant trucker licenses',
    path: '/northwire/2026/02/04/north-carolina-may-lose-50m-in-federal-funds',
    snippet:
      'North Carolina could lose nearly $50 million in federal funding if the state doesn’t revoke commercial driver’s licenses from immigrants who aren’t qualified to hold them after an audit uncovered…',
  },
];

const YOU_MISSED_AUTHOR = 'poster';

export const YOU_MISSED: readonly DatedTeaser[] = [
  {
    title: 'Amateur footballer, 20, who died from flesh-eating virus could have survived if paramedics had taken him to hospital, coroner rules',
    path: '/northwire/2026/03/17/amateur-footballer-flesh-eating-virus-coroner',
    author: YOU_MISSED_AUTHOR,
    date: 'March 17, 2026',
    views: '2 views',
  },
  {
    title: 'Prince Harry says British troops who died in Afghanistan deserve ‘respect’ in backlash against Donald Trump’s jibe at UK’s war dead',
    path: '/northwire/2026/03/17/prince-harry-british-troops-afghanistan-respect',
    author: YOU_MISSED_AUTHOR,
    date: 'March 17, 2026',
    views: '2 views',
  },
  {
    title:
      '‘Insulting and frankly appalling’: Keir Starmer demands apology from Donald Trump in major transatlantic row over jibe at Britain’s Afghan war dead',
    path: '/northwire/2026/03/17/keir-starmer-demands-apology-afghan-war-dead',
    author: YOU_MISSED_AUTHOR,
    date: 'March 17, 2026',
    views: '2 views',
  },
  {
    title: 'The 12 cities that will see ‘catastrophic’ damage by crippling US winter storm: Live updates',
    path: '/northwire/2026/03/17/12-cities-catastrophic-damage-winter-storm',
    author: YOU_MISSED_AUTHOR,
    date: 'March 17, 2026',
    views: '2 views',
  },
  {
    title:
      'DJ Fat Tony now reveals Nicola Peltz’s entire family stormed out of wedding after THAT dance and how Victoria Beckham draped her arms around Brooklyn',
    path: '/northwire/2026/03/17/dj-fat-tony-peltz-wedding-dance',
    author: YOU_MISSED_AUTHOR,
    date: 'March 17, 2026',
    views: '2 views',
  },
  {
    title: 'Winter Storm Fern death toll rises to 8 as the South is hit with TORNADO warning amid blistering -20F conditions: Live updates',
    path: '/northwire/2026/03/15/winter-storm-fern-death-toll-rises-to-8',
    author: YOU_MISSED_AUTHOR,
    date: 'March 15, 2026',
    views: '5 views',
  },
];

/** Global Dispatch's "Others are reading now" box (seed 002). */
export const OTHERS_READING: readonly Teaser[] = [
  { title: 'Romania braces for the coldest week of the winter', path: '/global-dispatch/europe/romania-braces-for-coldest-week-8840912' },
  { title: 'Why your phone battery drains faster in January', path: '/global-dispatch/science/phone-battery-drains-faster-in-january-8840777' },
  { title: 'Lottery jackpot climbs to 12 million after another week without a winner', path: '/global-dispatch/lifestyle/lottery-jackpot-climbs-8840650' },
];

/** Global Dispatch's "Also read" boxes, one teaser each, in body order (seed 002). */
export const ALSO_READ: readonly Teaser[] = [
  { title: 'Scientists found a way to keep bread fresh for twice as long', path: '/global-dispatch/science/bread-fresh-twice-as-long-8839921' },
  { title: 'The Transylvanian village where nobody locks their doors', path: '/global-dispatch/lifestyle/transylvanian-village-doors-8839870' },
];

/** Korea Frontline's "Trending in North Korea" widget. */
export const TRENDING: readonly Teaser[] = [
  { title: 'Satellite images show new construction at Sohae launch site', path: '/korea-frontline/north-korea/sohae-new-construction' },
  { title: 'Explainer: who commands the Storm Corps?', path: '/korea-frontline/analysis/who-commands-the-storm-corps' },
  { title: 'Seoul and Tokyo agree on missile-warning data sharing', path: '/korea-frontline/defence/seoul-tokyo-missile-warning-data' },
];

/** Daily Meridian's "Most read" list. */
export const MOST_READ: readonly Teaser[] = [
  { title: 'Storm Darragh: 86,000 homes still without power', path: '/daily-meridian/uk/2024/12/08/storm-darragh-homes-without-power' },
  { title: 'The best Christmas markets to visit this weekend', path: '/daily-meridian/travel/2024/12/13/best-christmas-markets' },
  { title: 'Interest rates held at 4.75% as inflation ticks up', path: '/daily-meridian/business/2024/12/19/interest-rates-held' },
  { title: 'Review: a dazzling new staging of The Nutcracker', path: '/daily-meridian/culture/2024/12/11/nutcracker-review' },
];
