import { tagClaims } from '../pipeline/claims/index.js';
import { readFixture } from '../test/fixtures/claims/dev-set.js';
const doc = process.argv[2] ?? '001_3e04f3331c4ae288';
const f = readFixture(doc);
for (const c of tagClaims({ articleId: doc, title: f.title, text: f.text, publishedAt: null })) {
  console.log(c.in, c.kind, c.measure, c.bound, c.value, c.low, c.high, c.unit, '|', c.counted, '|', c.source, c.via, c.cue, c.hedge, c.checkWorthiness, '|', c.sentence.slice(0, 70));
}
