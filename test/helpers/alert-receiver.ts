/**
 * A webhook receiver on 127.0.0.1 for alert tests: records every request with
 * its headers and raw body, answers what `answer` says (200 by default), and
 * counts the alerts it accepted (answered 2xx) per idempotency key.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedAlert {
  key: string;
  attempt: number;
  event: string;
  signature: string;
  body: string;
  json: Record<string, any>;
  status: number;
}

/** What the receiver does with a request: a status, or 'hang' (never answers; the test destroys it). */
export type Answer = (alert: Omit<ReceivedAlert, 'status'>, req: IncomingMessage) => number | 'hang';

export class AlertReceiver {
  readonly requests: ReceivedAlert[] = [];
  answer: Answer = () => 200;
  readonly #hanging: ServerResponse[] = [];
  #server: Server | null = null;
  port = 0;

  async start(): Promise<void> {
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const header = (name: string) => String(req.headers[name] ?? '');
        const alert = {
          key: header('idempotency-key'),
          attempt: Number(header('x-wirewatch-attempt')),
          event: header('x-wirewatch-event'),
          signature: header('x-wirewatch-signature'),
          body,
          json: JSON.parse(body),
        };
        const status = this.answer(alert, req);
        if (status === 'hang') {
          this.#hanging.push(res);
          this.requests.push({ ...alert, status: 0 });
          return;
        }
        this.requests.push({ ...alert, status });
        res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'try later');
      });
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.#server.address() as AddressInfo).port;
  }

  url(path = '/hook'): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** Alerts accepted (answered 2xx), by idempotency key. */
  accepted(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const r of this.requests) if (r.status >= 200 && r.status < 300) counts.set(r.key, (counts.get(r.key) ?? 0) + 1);
    return counts;
  }

  /** Drops the connections of hanging requests without an answer. */
  dropHanging(): void {
    for (const res of this.#hanging.splice(0)) res.socket?.destroy();
  }

  async close(): Promise<void> {
    this.dropHanging();
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
  }
}

/** What a receiver computes to check an alert: HMAC-SHA256 of the raw body under the watch's secret. */
export function expectedSignature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}
