/**
 * What an operator watches, as one zod schema shared by the config file
 * (`watches:`), the CLI and the HTTP API. Criteria of one kind are
 * alternatives (any entity, any claim filter, any feed, any site); criteria
 * of different kinds must all hold. A watch without any criterion is refused:
 * it would match everything.
 */
import { z } from 'zod';
import { CLAIM_KINDS } from '../types.js';
import { parseQuery, QuerySyntaxError } from './query.js';

const WATCH_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** Shortest webhook secret accepted: an HMAC key is only as strong as it is long. */
export const MIN_WEBHOOK_SECRET_CHARS = 16;

/** What a notification is about: a new document that matches, or a figure that moved in a watched story's timeline. */
export const ALERT_KINDS = ['match', 'timeline'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const claimFilterSchema = z
  .strictObject({
    /** A pack measure (killed, wounded, deployed...) or its family (casualties). */
    measure: z.string().min(1).optional().describe('measure or measure family (killed, casualties, deployed...)'),
    kind: z.enum(CLAIM_KINDS).optional().describe('claim kind'),
    unit: z.string().min(1).optional().describe('unit id (percent, USD, km...)'),
    source: z.string().min(1).optional().describe('canonical source id (nis, un...)'),
    min: z.number().optional().describe('the stated figure is at least this (a range: its low end)'),
    max: z.number().optional().describe('the stated figure is at most this (a range: its high end)'),
  })
  .refine((f) => Object.keys(f).length > 0, { error: 'a claim filter needs at least one of measure, kind, unit, source, min, max' });

export const entitySchema = z.union([
  z.string().min(1),
  z.strictObject({
    name: z.string().min(1).describe('the name reported in the document'),
    aliases: z.array(z.string().min(1)).default([]).describe('other names that mean it'),
  }),
]);

export const webhookSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: 'webhook url must be an absolute http(s) URL' }).describe('receives a JSON POST per alert'),
  secret: z
    .string()
    .min(MIN_WEBHOOK_SECRET_CHARS, `webhook secret: at least ${MIN_WEBHOOK_SECRET_CHARS} characters`)
    .describe('HMAC-SHA256 key of the X-Wirewatch-Signature header'),
});

export const watchSchema = z
  .strictObject({
    id: z.string().regex(WATCH_ID, 'watch id: lower-case letters, digits, "-" or "_", at most 64 characters'),
    name: z.string().min(1).optional(),
    query: z
      .string()
      .min(1)
      .superRefine((query, ctx) => {
        try {
          parseQuery(query);
        } catch (err) {
          if (!(err instanceof QuerySyntaxError)) throw err;
          ctx.addIssue({ code: 'custom', message: err.message });
        }
      })
      .optional()
      .describe('keywords: words, "phrases", AND OR NOT, ( ), prefix*, a NEAR/5 b'),
    entities: z.array(entitySchema).default([]).describe('any of these names (in their written case) or canonical source ids'),
    claims: z.array(claimFilterSchema).default([]).describe('any claim meeting one of these filters'),
    feeds: z.array(z.string().min(1)).default([]).describe('feed ids'),
    sites: z.array(z.string().min(1)).default([]).describe('host names (a subdomain counts) or site names'),
    /** Copies of a report already seen rarely tell anything new. */
    includeDuplicates: z.boolean().default(false).describe('also alert on documents that copy an earlier report'),
    alerts: z.array(z.enum(ALERT_KINDS)).default(['match', 'timeline']).describe('alert kinds to raise'),
    webhook: webhookSchema.optional(),
    digest: z.boolean().default(false).describe('add alerts to the daily digest file'),
    paused: z.boolean().default(false),
  })
  .refine((w) => w.query !== undefined || w.entities.length + w.claims.length + w.feeds.length + w.sites.length > 0, {
    error: 'a watch needs at least one of query, entities, claims, feeds, sites',
  });

export type Watch = z.output<typeof watchSchema>;
export type WatchInput = z.input<typeof watchSchema>;
export type ClaimFilter = z.output<typeof claimFilterSchema>;
export type WatchEntity = z.output<typeof entitySchema>;

/**
 * A watch read back from storage, which another version may have written:
 * unknown keys are dropped, not refused (strictness is for what people type).
 */
export const storedWatchSchema = z.object(watchSchema.shape);
