import type { DemoArticle } from '../types.js';
import { parseBody } from './parse.js';

/**
 * Seed 000: an agency-style report of the JCS statement (about 1,100 casualties).
 * Clutter taken from the seed page lives in the Northwire layout: "Read More",
 * "Related Posts", "You Missed".
 */
export const ARTICLE_000: DemoArticle = {
  seedId: '000_6275b9eade664fba',
  outletId: 'northwire',
  path: '/northwire/2024/12/23/over-1000-north-korean-soldiers-killed-or-wounded-in-ukraine-war-seoul',
  title: 'Over 1,000 North Korean soldiers killed or wounded in Ukraine war: Seoul',
  standfirst: 'South Korea says Pyongyang is reportedly preparing for ‘additional deployment of soldiers’ to aid Russia’s war efforts.',
  author: 'Hana Lindqvist',
  publishedAt: '2024-12-23T08:30:00Z',
  modifiedAt: '2024-12-23T10:05:00Z',
  section: { name: 'Asia', slug: 'asia' },
  tags: ['North Korea', 'Russia-Ukraine war', 'South Korea'],
  image: {
    file: 'nk-soldiers-parade.svg',
    alt: 'North Korean soldiers marching in formation',
    caption: null,
    credit: 'Northwire archive',
  },
  feeds: [{ feedId: 'northwire', query: 'utm_source=rss&utm_medium=feed&utm_campaign=asia' }],
  homeQuery: 'utm_source=homepage&utm_medium=top-stories',
  body: parseBody(String.raw`
More than 1,000 North Korean soldiers have been killed or wounded in Russia’s war with Ukraine, South Korea’s Joint Chiefs of Staff (JCS) has said.

The announcement on Monday follows a report by Seoul’s spy agency to parliamentarians last week, which said at least 100 North Korean soldiers had been killed since entering combat in December.

Pyongyang has sent thousands of soldiers to reinforce the Russian military, including to the Kursk border region, where Ukrainian forces seized territory earlier this year.

“Through various sources of information and intelligence, we assess that North Korean troops who have recently engaged in combat with Ukrainian forces have suffered around 1,100 casualties,” the JCS said in a statement.

Seoul, Washington and Kyiv have said there are approximately 12,000 North Korean soldiers in Russia.

Pyongyang is reportedly “preparing for the rotation or additional deployment of soldiers”, the JCS added.

Intelligence also suggests that the nuclear-armed North Korea is “producing and providing self-destructible drones” to Russia to further assist Moscow in its fight against Ukraine, JCS noted.

North Korea has also been accused of providing missiles and artillery shells to Russia.

North Korea and Russia have strengthened their military ties since the latter invaded Ukraine in February 2022. A landmark defence pact between Pyongyang and Moscow, signed in June, came into force this month.

Experts say North Korean leader Kim Jong Un is eager to acquire advanced technology from Russia and battle experience for his troops.

On Thursday, Pyongyang lashed out at what it called “reckless provocation” by the United States and its allies for a joint statement criticising North Korea’s support for Russia’s war in Ukraine, including the deployment of troops.

Last month, South Korea and Ukraine also announced that they would deepen security cooperation in response to the “threat” posed by the deployment of North Korean troops, but there was no mention of potential arms shipments from Seoul to Kyiv.

South Korea’s President Yoon Suk-yeol said earlier in November that Seoul was “not ruling out the possibility of providing weapons” to Ukraine, which would mark a significant shift in its longstanding policy barring the sale of weapons to countries in active conflict.
`),
};
