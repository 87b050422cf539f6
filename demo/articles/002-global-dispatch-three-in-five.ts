import type { DemoArticle } from '../types.js';
import { parseBody } from './parse.js';

/**
 * Seed 002: the NIS estimate of January 2026 (about 6,000 casualties). The
 * slots mark where the seed page had "Others are reading now" and "Also read".
 * The final "Sources:" line is part of the article as the outlet prints it.
 */
export const ARTICLE_002: DemoArticle = {
  seedId: '002_dd3bf1ecb0a6c1c0',
  outletId: 'global-dispatch',
  path: '/global-dispatch/war/three-out-of-five-north-korean-soldiers-sent-to-fight-for-russia-were-killed-or-wounded-8841207',
  title: 'Three out of five North Korean soldiers sent to fight for Russia were killed or wounded',
  standfirst: 'Fresh intelligence from Seoul sheds light on the scale of North Korea’s involvement in Russia’s war against Ukraine.',
  author: 'Mara Ionescu',
  publishedAt: '2026-01-12T14:05:00+02:00',
  modifiedAt: '2026-01-12T16:40:00+02:00',
  section: { name: 'War', slug: 'war' },
  tags: ['North Korea', 'Russia', 'Ukraine'],
  image: {
    file: 'soldiers-training.svg',
    alt: 'Soldiers during a field exercise',
    caption: 'Three out of five North Korean soldiers sent to fight for Russia were killed or wounded',
    credit: 'SFC KEITH J. GARDNER, Public domain, via Wikimedia Commons',
  },
  feeds: [{ feedId: 'global-dispatch-news' }, { feedId: 'global-dispatch-war', amp: true }],
  homeQuery: 'utm_source=homepage&utm_medium=web&utm_campaign=frontpage',
  body: parseBody(String.raw`
[[others-reading]]

According to South Korean officials, the losses among troops sent by Pyongyang have been substantial.

## Heavy casualties

South Korea’s intelligence service estimates that around 6,000 North Korean soldiers fighting alongside Russian forces have been killed or wounded, Yonhap news agency reported.

Approximately 10,000 North Korean troops, along with 1,000 military engineers, are said to be deployed in Russia’s Kursk region near the front lines.

The casualty figure suggests that more than half of those sent have been injured or killed.

The intelligence assessment was made public amid growing scrutiny of Pyongyang’s role in supporting Moscow’s war effort.

[[also-read]]

## Returned troops

The agency also reported that about 1,100 soldiers returned to North Korea in December 2025.

However, officials believe those troops could be redeployed to Russia to continue participating in the conflict.

Despite the reported losses, South Korean intelligence said North Korea has gained battlefield experience.

“Despite 6,000 casualties, the North Korean military has achieved results in acquiring modern combat tactics and battlefield data, as well as modernizing its weapons systems with Russian technical assistance,” the agency stated.

## Lessons learned

According to the report, Pyongyang has established a new department dedicated to unmanned aerial vehicles and is working to develop and mass-produce drones.

[[also-read]]

North Korean state media in June aired footage of leader Kim Jong Un mourning soldiers killed during the fighting in Ukraine.

In August, Kim decorated troops and commanders who had taken part in operations in the Kursk region and met with the families of those killed.

Sources: Digi24, Yonhap, South Korean intelligence service
`),
};
