export { parseQuery, matchesQuery, QuerySyntaxError, MAX_NEAR_WORDS, type QueryNode } from './query.js';
export { WordIndex, foldedWords } from './text.js';
export {
  watchSchema,
  storedWatchSchema,
  claimFilterSchema,
  webhookSchema,
  ALERT_KINDS,
  MIN_WEBHOOK_SECRET_CHARS,
  type AlertKind,
  type ClaimFilter,
  type Watch,
  type WatchInput,
} from './schema.js';
export { compileWatch, matchWatches, watchCompiler, claimMatches, type CompiledWatch, type WatchedDocument } from './match.js';
export { alertsOf, alertKey, ALERT_SCHEMA_ID, type Alert, type AlertBody } from './alerts.js';
export { parseClaimFilter } from './claim-filter.js';
export { watchTimelineFlags, watchTimelineMember, MAX_WATCH_TIMELINE_MEMBERS } from './timeline.js';
