/**
 * A claim as the hand-written news cases state it (test/claims-news.test.ts, test/claims-figures22.test.ts): the
 * figure's words, type, rate, change and scope flattened, and the sentence of text (and title) a case tags.
 */
import { describe, expect, it } from 'vitest';
import { tagClaims } from '../../pipeline/claims/index.js';
import type { Claim } from '../../pipeline/types.js';

/** A claim as a case states it: the figure's words, type, rate, change and scope flattened. */
export interface View {
  kind: Claim['kind'];
  measure: string | null;
  value: number | null;
  bound: Claim['bound'];
  low: number | null;
  high: number | null;
  unit: string | null;
  source: string | null;
  sourceText: string | null;
  via: string | null;
  cue: string | null;
  hedge: string | null;
  figure: string | null;
  type: string | null;
  per: string | null;
  change: string | null;
  scope: string | null;
  content: string | null;
  counted: string | null;
}

export interface Case {
  text: string;
  title?: string;
  claims: Array<Partial<View>>;
}

export function view(c: Claim): View {
  const f = c.figure;
  return {
    kind: c.kind,
    measure: c.measure,
    value: c.value,
    bound: c.bound,
    low: c.low,
    high: c.high,
    unit: c.unit,
    source: c.source,
    via: c.via,
    sourceText: c.sourceText,
    cue: c.cue,
    hedge: c.hedge,
    figure: f?.text ?? null,
    type: f?.type ?? null,
    per: f?.per ?? null,
    change: f?.change ? `${f.change.direction ?? '?'} ${f.change.from ?? '?'}→${f.change.to ?? '?'}` : null,
    scope: f?.timeScope?.text ?? null,
    content: c.contentSpan?.text ?? null,
    counted: c.counted,
  };
}

export function tag(k: Case): Claim[] {
  return tagClaims({ articleId: 'news', title: k.title ?? '', text: k.text, publishedAt: '2026-03-02' });
}

/**
 * The figure cases of a file, by domain: each case's claims, as many and in order, each matching the fields it lists.
 */
export function describeFigureCases(title: string, cases: Record<string, Case[]>): void {
  describe(title, () => {
    for (const [domain, list] of Object.entries(cases)) {
      describe(domain, () => {
        for (const k of list) {
          it(k.text, () => {
            const got = tag(k).map(view);
            expect(got.length, JSON.stringify(got)).toBe(k.claims.length);
            for (const [i, w] of k.claims.entries()) expect(got[i]).toMatchObject(w);
          });
        }
      });
    }
  });
}
