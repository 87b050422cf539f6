import type { DemoArticle } from '../types.js';
import { parseBody } from './parse.js';

/**
 * Seed 001: the NIS figures of April 2025 (600 killed, about 4,700 casualties).
 * The seed's breadcrumbs and doubled "Advertisement · Scroll to continue" lines
 * live in the Korea Frontline layout; the subheadings are part of the article.
 */
export const ARTICLE_001: DemoArticle = {
  seedId: '001_3e04f3331c4ae288',
  outletId: 'korea-frontline',
  path: '/korea-frontline/north-korea/seoul-over-600-north-korean-soldiers-killed-in-ukraine-while-supporting-russia',
  title: 'Seoul: Over 600 North Korean Soldiers Killed in Ukraine While Supporting Russia',
  standfirst: 'Seoul reports over 600 North Korean soldiers killed in Ukraine while supporting Russia, marking a significant escalation in global security.',
  author: 'Daniel Whitcombe',
  publishedAt: '2025-04-30T06:45:00Z',
  modifiedAt: '2025-04-30T06:45:00Z',
  section: { name: 'North Korea', slug: 'north-korea' },
  tags: ['North Korea', 'Kursk', 'NIS'],
  image: {
    file: 'kursk-front.svg',
    alt: 'Seoul: Over 600 North Korean Soldiers Killed in Ukraine While Supporting Russia',
    caption: null,
    credit: 'Korea Frontline',
  },
  feeds: [{ feedId: 'korea-frontline', query: 'utm_source=atom&utm_medium=syndication' }],
  body: parseBody(String.raw`
North Korean soldiers who are combatants for Russia in Ukraine have suffered serious casualties, South Korea says. Seoul said some 600 North Korean soldiers were killed and nearly 4,700 others killed or wounded. This came after the news broke when Pyongyang first formally acknowledged having sent troops to aid Moscow.

Russia is said to have offered high-tech military and technical assistance in return. While the two heavily sanctioned countries deepen their partnership, the war now threatens to redefine world security dynamics.

[[ad]]

## Pyongyang Confirms Combat Mission

KCNA, the official North Korean media, confirmed on Monday that its troops assisted Russia in regaining territory in Ukraine’s Kursk region. Pyongyang was not shy of admitting its contribution, saying its troops were part of the Russian advance in regaining Ukrainian-controlled territory.

Before this, Moscow and Pyongyang had maintained a silence that lasted for months. Nevertheless, Seoul and Washington had already implicated North Korea of sending weapons and troops to back the Russian incursion. Russia had only just admitted to the collaboration.

## Seoul Reveals Death Toll and Troop Repatriation

South Korean legislator Lee Seong-kweun, citing Seoul’s National Intelligence Service (NIS), disclosed the casualty figures. He said North Korean military fatalities were 600 killed, and overall casualties were around 4,700.

North Korea brought home alone this year some 2,000 wounded soldiers. The regime quarantined these injured troops in various locations, including Pyongyang. Russian authorities cremated corpses of dead North Korean troops in Kursk and sent their remains back to the North, Lee said. Such secretive moves indicate a closely monitored operation aimed at concealing the extent of participation from the North Korean population.

## Deployment Happened in Two Waves

[[ad]]

Seoul has assured that North Korea deployed 18,000 troops to Russia in two waves. The soldiers, who were brought from the top Storm Corps unit, were instructed to take their own lives so that they don’t fall into the hands of Ukrainian forces. Since March, fighting near Kursk has reduced.

But Lee also observed that morale seems to be deteriorating. Instances of binge drinking and thievery among North Korean soldiers have been reported, further laying bare cracks within the ranks.

## North Korean Combat Proficiency Increases

The NIS also documented a sharp increase in the fighting power of North Korean troops. In the last six months, the troops have become more capable of operating sophisticated weapons, particularly drones. Early battlefield inexperience has dissipated. Lee stated that their level of proficiency is now a greater military threat.

At the same time, Russia supposedly delivered high-tech arms and training to North Korea as part of the agreement. This reciprocal aid is assisting the two nations to enhance military preparedness.

## Putin and Kim Establish New Axis of Militarism

The Moscow-Pyongyang military ties have never been tighter. The two countries inked a broad defense agreement last year. The deal features a mutual defense clause and came on the heels of Russian President Vladimir Putin’s unusual trip to North Korea.

In parallel, North Korea launched multiple ballistic missiles last year, violating UN sanctions. Experts suggest that Pyongyang could be testing these weapons for eventual delivery to Russia. The Ukraine war may now double as a live-fire testing zone for North Korean exports.

## Growing Threat to Global Stability

As North Korea hones its battlefield capabilities and Russia increases its dependence on foreign fighters, the alliance fuels a deadly feedback loop. North Korea provides troops and battle-hardened missiles. Russia provides cutting-edge military technology and training. The trade fortifies both regimes while eroding international sanctions.

Seoul cautioned that Pyongyang might deploy even more troops in the future. With this alliance growing, Ukraine’s conflict zone threatens to become a proving ground for autocratic regimes that are committed to destabilizing the international order.
`),
};
