import type { DemoArticle } from '../types.js';
import { parseBody } from './parse.js';

/**
 * Seed 003: the NIS briefing of December 2024 (at least 100 killed). The seed
 * shows a lede above the headline; it is kept as the article's bold summary.
 */
export const ARTICLE_003: DemoArticle = {
  seedId: '003_2895c678fcb53e31',
  outletId: 'daily-meridian',
  path: '/daily-meridian/world/asia/2024/12/19/north-korean-casualties-in-ukraine-conflict-estimated-at-over-100',
  title: 'North Korean Casualties in Ukraine Conflict Estimated at Over 100',
  standfirst: 'South Korea reports significant losses among North Korean soldiers deployed to fight alongside Russian forces in the Ukraine war.',
  author: 'Priya Raman',
  publishedAt: '2024-12-19T11:20:00Z',
  modifiedAt: '2024-12-19T13:02:00Z',
  section: { name: 'Asia', slug: 'asia' },
  tags: ['North Korea', 'Ukraine', 'Kursk'],
  image: null,
  feeds: [{ feedId: 'daily-meridian-world' }, { feedId: 'daily-meridian-asia', amp: true }],
  homeQuery: 'utm_source=dm_home&utm_medium=web',
  body: parseBody(String.raw`
>> According to South Korean officials, at least 100 North Korean soldiers have died in the ongoing conflict in Ukraine since their deployment this month, with many injuries reported. The North Korean troops, lacking combat experience, have been struggling against unfamiliar battlefield conditions and sophisticated drone warfare.

At least 100 North Korean soldiers have reportedly been killed in the ongoing conflict in Ukraine since their deployment alongside Russian forces earlier this month. This information was disclosed by South Korean MP Lee Sung-kwon, who spoke to reporters following a briefing from the country's National Intelligence Service. The reports also indicated that approximately 1,000 North Korean soldiers have sustained injuries, with some high-ranking officials among the casualties.

The South Korean legislator pointed to the troops' unfamiliarity with the local terrain and the complexities of drone warfare as factors contributing to the high casualty rate. Earlier reports had indicated that North Korea sent around 10,000 troops to support Russia's military efforts, marking a notable escalation in the collaboration between the two nations.

On Monday, a spokesperson from the Pentagon acknowledged North Korean casualties without providing specific numbers, while an unnamed US official later suggested that "several hundred" North Koreans may have been killed or injured during the conflict. These claims have not been independently confirmed by the BBC.

[[ad]]

The North Korean troops, reportedly lacking combat experience, are believed to have undergone initial training in Russia before being deployed in support roles. The bulk of these casualties is reported to have occurred in Russia's Kursk region, which has seen Ukrainian defense efforts against a small area of territory captured by Russia in August.

Ukrainian President Volodymyr Zelensky noted last Saturday that Russia had begun utilizing a "significant number" of North Korean soldiers in its assaults in Kursk. However, these troops are not yet thought to be actively engaged in combat within the broader region of Ukraine where Russian forces have made gains in the east.

Lee Sung-kwon also mentioned ongoing preparations for the potential additional deployment of North Korean forces, raising the possibility that leader Kim Jong-un may oversee further training. According to intelligence sources, the current high casualty figures are partly due to North Korean soldiers being used as expendable frontline units that struggle to counter drone attacks effectively.

Amid these developments, complaints have circulated within the Russian military regarding the perceived burden placed on its operations by the North Korean troops, given their lack of familiarity with modern combat technologies, particularly drones.

Neither the Russian government nor North Korean officials have officially confirmed the presence of these troops, although a statement from North Korea's state news agency KCNA affirmed that their alliance with Russia serves to deter Western influence in the region.
`),
};
