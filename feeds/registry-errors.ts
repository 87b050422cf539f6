/**
 * Refusals of feed operations. They are PermanentErrors (the same request
 * fails the same way again) with a stable code; `context.refusal` says how a
 * client should read them, so the HTTP API can answer 404, 409 or 422 and the
 * kind survives serialisation.
 */
import { PermanentError } from '../pipeline/errors.js';

/** Bad input (or a URL that failed a check), no such feed, or a clash with what exists. */
export type RefusalKind = 'invalid' | 'not_found' | 'conflict';

export function refusal(code: 'CONFIG_INVALID' | 'FEED_UNKNOWN', message: string, kind: RefusalKind, context: Record<string, unknown> = {}): PermanentError {
  return new PermanentError(code, message, { context: { ...context, refusal: kind } });
}

/** The refusal kind of any error; errors of the URL checks (SSRF, not a feed, unreachable) are 'invalid'. */
export function refusalKind(err: unknown): RefusalKind {
  const kind = (err as { context?: { refusal?: unknown } } | null)?.context?.refusal;
  return kind === 'not_found' || kind === 'conflict' ? kind : 'invalid';
}
