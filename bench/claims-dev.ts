/**
 * Claim tagging on the claims-dev set: precision, recall, per-field accuracy
 * and every miss. Run: npx tsx bench/claims-dev.ts
 */
import { formatReport, scoreClaims, tagClaims } from '../pipeline/claims/index.js';
import { loadDevSet } from '../test/fixtures/claims/dev-set.js';

const docs = loadDevSet().map((a) => ({
  doc: a.doc,
  gold: a.gold,
  predicted: tagClaims({ articleId: a.doc, title: a.title, text: a.text, publishedAt: a.published }),
}));
console.log(formatReport(scoreClaims(docs), true));
