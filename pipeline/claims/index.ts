/**
 * Claim tagging: who claims which figure in an article. Public surface of the
 * stage; everything else in this folder is an implementation detail.
 */
export { tagClaims, type ClaimsInput, type TagOptions } from './tagger.js';
export {
  CONFLICT_PACK,
  DEFAULT_PACK_NAMES,
  DEFAULT_PACKS,
  SHIPPED_PACKS,
  packGazetteer,
  packVocabulary,
  resolveAlias,
  type MeasurePack,
  type SourceAliases,
} from './packs.js';
export { guessLanguage, languageSupported, SUPPORTED_LANGUAGES } from './language.js';
export { readAmounts, type Amount, type AmountType } from './amounts.js';
export { attributionSpans, type SpanAttribution } from './attribution-spans.js';
export { splitSentences, type SentenceSpan } from './sentences.js';
export { DEFAULT_GAZETTEER, SOURCE_KINDS, sourceKind, type Gazetteer, type SourceKind } from './gazetteer.js';
export { DEFAULT_MEASURES, type MeasureEntry, type MeasureLexicon } from './measures.js';
export { findQuantities, type Quantity } from './quantities.js';
export { findMentions, resolveSource, nameKey, type Mention } from './sources.js';
export { scoreClaims, formatReport, type GoldClaim, type EvalDoc, type DevReport } from './evaluate.js';
export {
  buildClaimTimeline,
  buildStoryTimelines,
  TIMELINE_CLAIM_FIELDS,
  timelineClaimOf,
  timelineClaims,
  timelineInputOf,
  type TimelineOptions,
  type TimelineSource,
} from './timeline.js';
export { measureFamily, subjectKey, timelineMeasure } from './timeline-subject.js';
export { compatible } from './timeline-figures.js';
export type {
  ClaimTimeline,
  TimelineInput,
  TimelinePoint,
  TimelineSeries,
  TimelineVariant,
  TimelineFigure,
  TimelineFlag,
  UpdateFlag,
  ConflictFlag,
  DriftFlag,
  FlagFigure,
} from './timeline-types.js';
