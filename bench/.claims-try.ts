import { tagClaims } from '../pipeline/claims/index.js';
const text = `KYIV (Reuters) - Russian forces lost 1,250 soldiers in the past day, Ukraine's General Staff said on Tuesday. The Kremlin denied the figure.

Ukrainian officials said on Monday that up to 3,000 North Korean troops had been killed in Kursk, while a U.S. official estimated that about 11,000 were deployed there in October.

The strike on the city killed at least 12 people, including two children, and injured 45, regional governor Oleh Syniehubov said. It was the 3rd attack this week.

In 2023, the brigade of 5,000 men was moved to the front. Some 20 tanks and 15 armoured vehicles were destroyed.

Reuters could not independently verify the reports. Russia's Defence Ministry said its forces had captured 250 Ukrainian soldiers.`;
for (const c of tagClaims({ articleId: 'x', title: 'Russia lost 1,250 troops in a day, Kyiv says', text, publishedAt: null })) {
  console.log(c.in, c.kind, c.measure, c.bound, c.value, c.low, c.high, '|', c.counted, '|', c.source, c.via, c.cue, c.hedge, '|', c.sentence.slice(0, 60));
}
