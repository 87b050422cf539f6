/**
 * Errors of the HTTP API, always `{ error: { code, message } }`. Refused feed
 * operations keep the service's stable code; the status says what the client
 * can do: 422 fix the request or the URL, 404 no such feed, 409 clash with an
 * existing feed, 401 missing or wrong token. Only bugs answer 500, without
 * their message (it may show internals).
 */
import { z } from 'zod';
import { refusalKind } from '../feeds/registry-errors.js';
import { errorCode } from '../pipeline/errors.js';

/** Codes the API adds to the pipeline's ERROR_CODES for HTTP-level failures. */
export const API_ERROR_CODES = ['UNAUTHORIZED', 'REQUEST_INVALID', 'NOT_FOUND', 'UNAVAILABLE'] as const;

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string().describe('stable code: one of ERROR_CODES (pipeline/errors.ts) or UNAUTHORIZED, REQUEST_INVALID, NOT_FOUND, UNAVAILABLE'),
    message: z.string(),
  }),
});
export type ErrorBody = z.output<typeof errorBodySchema>;

export const HTTP_STATUS = {
  ok: 200,
  created: 201,
  badRequest: 400,
  unauthorized: 401,
  notFound: 404,
  conflict: 409,
  unprocessable: 422,
  internal: 500,
  unavailable: 503,
} as const;

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/** Status and body of an error thrown by a feed operation. */
export function fromServiceError(err: unknown): { status: number; body: ErrorBody } {
  const code = errorCode(err);
  if (code === 'INTERNAL') return { status: HTTP_STATUS.internal, body: errorBody('INTERNAL', 'internal error (see the server log)') };
  const kind = refusalKind(err);
  const status = kind === 'not_found' ? HTTP_STATUS.notFound : kind === 'conflict' ? HTTP_STATUS.conflict : HTTP_STATUS.unprocessable;
  return { status, body: errorBody(code, (err as Error).message) };
}
