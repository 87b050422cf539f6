/**
 * Delivering one alert to one channel, the same in both runtimes: a webhook
 * POST (JSON body, HMAC-SHA256 signature, the alert key in a header) or a
 * line in the day's digest files. Failures are errors named by what happens
 * next: TransientError (WEBHOOK_FAILED: network, timeout, 5xx, 408, 429)
 * retries with backoff; PermanentError (WEBHOOK_REJECTED: any other 4xx)
 * fails the alert at once.
 */
import { createHmac } from 'node:crypto';
import type { AlertsConfig } from '../../config/schema.js';
import { PermanentError, TransientError } from '../../pipeline/errors.js';
import type { Alert, Watch } from '../../pipeline/watches/index.js';
import { appendDigest } from './digest.js';

/** Where an alert goes: each channel is delivered (and retried) on its own. */
export const ALERT_CHANNELS = ['webhook', 'digest'] as const;
export type AlertChannel = (typeof ALERT_CHANNELS)[number];

export const SIGNATURE_HEADER = 'x-wirewatch-signature';
export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const EVENT_HEADER = 'x-wirewatch-event';
export const ATTEMPT_HEADER = 'x-wirewatch-attempt';

/** Statuses a receiver answers when it may take the alert later. */
const RETRYABLE_STATUSES = new Set([408, 425, 429]);
/** A receiver's answer kept in an error message, at most. */
const MAX_ERROR_BODY_CHARS = 200;

/** `sha256=<hex>` of the raw body under the watch's secret: what receivers recompute to check an alert. */
export function signatureOf(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** The channels a watch delivers to, as configured now. */
export function channelsOf(watch: Watch): AlertChannel[] {
  return [...(watch.webhook ? (['webhook'] as const) : []), ...(watch.digest ? (['digest'] as const) : [])];
}

/** Delay before attempt `attempt + 1` after `attempt` failed: retryBaseMs doubled each time, capped. */
export function retryDelayMs(attempt: number, config: Pick<AlertsConfig, 'retryBaseMs' | 'maxRetryDelayMs'>): number {
  return Math.min(config.maxRetryDelayMs, config.retryBaseMs * 2 ** Math.max(0, attempt - 1));
}

export interface DeliverOptions {
  config: AlertsConfig;
  /** Digest files go here. */
  digestDir: string;
  /** 1 for the first attempt. */
  attempt: number;
}

async function postWebhook(alert: Alert, webhook: NonNullable<Watch['webhook']>, options: DeliverOptions): Promise<void> {
  const body = JSON.stringify(alert.body);
  let response: Response;
  try {
    response = await fetch(webhook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'wirewatch-alerts/1',
        [SIGNATURE_HEADER]: signatureOf(webhook.secret, body),
        [IDEMPOTENCY_HEADER]: alert.key,
        [EVENT_HEADER]: alert.kind,
        [ATTEMPT_HEADER]: String(options.attempt),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.config.webhookTimeoutMs),
    });
  } catch (err) {
    throw new TransientError('WEBHOOK_FAILED', `webhook ${webhook.url}: ${(err as Error).message}`, { cause: err, context: { url: webhook.url } });
  }
  const text = (await response.text().catch(() => '')).slice(0, MAX_ERROR_BODY_CHARS);
  if (response.status >= 200 && response.status < 300) return;
  const context = { url: webhook.url, status: response.status };
  const message = `webhook ${webhook.url} answered ${response.status}${text ? `: ${text}` : ''}`;
  if (response.status >= 500 || RETRYABLE_STATUSES.has(response.status)) throw new TransientError('WEBHOOK_FAILED', message, { context });
  throw new PermanentError('WEBHOOK_REJECTED', message, { context });
}

/** Delivers `alert` to `channel` of `watch`; throws TransientError or PermanentError. */
export async function deliverAlert(alert: Alert, watch: Watch, channel: AlertChannel, options: DeliverOptions): Promise<void> {
  if (channel === 'digest') return appendDigest(options.digestDir, alert, watch);
  if (!watch.webhook) throw new PermanentError('WEBHOOK_REJECTED', `watch "${watch.id}" has no webhook any more`);
  return postWebhook(alert, watch.webhook, options);
}
