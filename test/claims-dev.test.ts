// Scores the tagger against every gold claim of claims-dev (README matching
// rule) and holds the floors reached, minus a margin. Gold: the seed annotations
// written for this project, in test/fixtures/claims/seed-claims.json.
import { describe, expect, it } from 'vitest';
import { formatReport, scoreClaims, tagClaims } from '../pipeline/claims/index.js';
import { loadDevSet } from './fixtures/claims/dev-set.js';

/** Floors: measured on the dev set (all 1.0 at the time of writing) minus a margin for rule tweaks. */
const FLOORS = { precision: 0.9, recall: 0.9, kind: 0.9, measure: 0.9, 'value+bound': 0.9, source: 0.9, via: 0.9 } as const;

describe('claims-dev', () => {
  it('matches the gold claims of the seed articles', () => {
    const docs = loadDevSet().map((a) => ({
      doc: a.doc,
      gold: a.gold,
      predicted: tagClaims({ articleId: a.doc, title: a.title, text: a.text, publishedAt: a.published }),
    }));
    const report = scoreClaims(docs);
    console.log(formatReport(report));
    expect(report.truePositives + report.falseNegatives).toBe(47);
    expect(report.precision).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(report.recall).toBeGreaterThanOrEqual(FLOORS.recall);
    for (const field of ['kind', 'measure', 'value+bound', 'source', 'via'] as const) {
      expect(report.fieldAccuracy[field], field).toBeGreaterThanOrEqual(FLOORS[field]);
    }
  });
});
