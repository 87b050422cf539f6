/** A claim built by hand for tests of what reads claims (timelines, watches, the API): every field at a plain default. */
import type { ArticleDocument } from '../../pipeline/output.js';

export type Claim = ArticleDocument['claims'][number];

export function makeClaim(over: Partial<Claim>): Claim {
  return {
    id: 'c1',
    in: 'body',
    kind: 'casualties',
    measure: 'killed',
    value: 100,
    bound: '=',
    low: null,
    high: null,
    unit: null,
    counted: 'people',
    source: null,
    sourceText: null,
    via: null,
    cue: 'said',
    hedge: null,
    figure: null,
    sourceSpan: null,
    cueSpan: null,
    contentSpan: null,
    sentence: 'x',
    start: 0,
    end: 1,
    checkWorthiness: 0.5,
    ...over,
  };
}
