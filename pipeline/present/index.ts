/**
 * Figures, claims and timeline flags in words, for people: the CLI imports it,
 * and the dashboard loads it as a browser bundle (api/dashboard.ts builds
 * `/present.js` from this entry), so both write a figure the same way.
 */
export { BOUND_WORDS, formatAmount, formatFigure, formatMoney, formatNumber, type FigureLike } from './numbers.js';
export {
  claimLine,
  claimWords,
  flagFigureWords,
  flagLine,
  measureWords,
  sourceName,
  sourceNamesOf,
  STATEMENT_MAX_CHARS,
  type ClaimWords,
  type FlagLike,
  type NamedSources,
  type SourceNames,
} from './claims.js';
