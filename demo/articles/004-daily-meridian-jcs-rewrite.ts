import type { DemoArticle } from '../types.js';
import { parseBody } from './parse.js';

/**
 * Seed 004: a rewrite of seed 000 on another outlet (same JCS report, figure
 * drifted to "Over 1,100"). The seed has no headline; this one is written for
 * the demo and deliberately differs from 000's.
 */
export const ARTICLE_004: DemoArticle = {
  seedId: '004_d502b79e978679da',
  outletId: 'daily-meridian',
  path: '/daily-meridian/world/asia/2024/12/23/north-korean-troops-suffer-heavy-losses-fighting-for-russia',
  title: 'North Korean Troops Suffer Heavy Losses Fighting for Russia, Seoul’s Military Says',
  standfirst: null,
  author: 'Tom Becker',
  publishedAt: '2024-12-23T15:10:00Z',
  modifiedAt: '2024-12-23T15:10:00Z',
  section: { name: 'Asia', slug: 'asia' },
  tags: ['North Korea', 'South Korea', 'JCS'],
  image: {
    file: 'jcs-briefing.svg',
    alt: 'A military briefing room in Seoul',
    caption: null,
    credit: 'Daily Meridian graphics',
  },
  feeds: [{ feedId: 'daily-meridian-world', query: 'utm_source=rss&utm_medium=feed' }, { feedId: 'daily-meridian-asia' }],
  body: parseBody(String.raw`
Over 1,100 North Korean soldiers have reportedly been killed or wounded in the ongoing war in Ukraine, according to South Korea’s Joint Chiefs of Staff (JCS). This alarming update came on Monday, revealing the heavy toll North Korean troops have faced since joining Russia’s side in the conflict.

Ukrainian special operations forces claimed that Russia has been giving North Korean soldiers fake IDs to cover up the devastating number of losses. The Ukrainian president, Volodymyr Zelensky, even alleged that Russian forces were going so far as to disfigure the bodies of fallen North Korean soldiers to hide the true extent of the death toll.

The news follows a recent report from South Korea’s spy agency, which suggested that at least 100 North Korean soldiers had died since they first joined the war in December.

The JCS shared that, based on intelligence gathered from multiple sources, the total number of North Korean casualties could be around 1,100. This follows North Korea’s decision to send thousands of troops to support Russia after Ukrainian forces took control of territories in the Kursk border region earlier this year.

[[ad]]

The military relationship between Russia and North Korea has strengthened since Russia invaded Ukraine in 2022. The two countries signed a defense pact that requires them to provide military help to each other if either faces aggression.

The JCS has also expressed concerns about the possibility of more North Korean troops being sent to Ukraine. Reports suggest that North Korea is preparing to send additional soldiers and has been supplying Russia with drones and heavy artillery to support their efforts.

South Korean officials are particularly worried about the growing military threat posed by North Korea, which could eventually impact South Korea’s security. Lee Seong-Kwun, a South Korean lawmaker, noted that the high number of casualties might be because North Korean forces are being used as expendable front-line troops with little experience in modern warfare, especially when it comes to countering drone attacks.

According to intelligence reports, nearly 12,000 North Korean soldiers have been deployed to Russia in total. North Korea’s involvement in a European conflict was unimaginable just a year ago, but experts believe it may be driven by the country’s desire to strengthen its alliances.

Teddy Uldricks, a political expert from the University of Nevada Las Vegas, pointed out that North Korea’s paranoia and the desire to solidify alliances likely led them to participate in a war that doesn’t directly affect them. He expressed surprise at the involvement of North Korean troops, noting that the quality of the soldiers sent appears to be much lower than expected.

As the situation develops, it’s clear that North Korea’s involvement in the war is causing significant strain, both on the soldiers fighting on the frontlines and on the broader geopolitical landscape.
`),
};
