/**
 * Loopback fixtures for the browser tests: a page server on 127.0.0.1:0, a
 * canary listener on 127.0.0.2 that must never be reached, and process checks.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer, type Socket } from 'node:net';
import { readFileSync, readdirSync } from 'node:fs';
import { processGroupMembers, readProcess, type ProcessInfo } from '../../crawlers/browser/processes.js';

/** What the page server's WebSocket endpoint sends to every client. */
export const WEBSOCKET_GREETING = 'hello over websocket';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface PageServer {
  port: number;
  base: string;
  /** Requests seen per path (without query). */
  hits(path: string): number;
  close(): Promise<void>;
}

/** Serves `routes` (path → handler) on 127.0.0.1:0; unknown paths get 404. */
export async function startPageServer(routes: Record<string, Route>): Promise<PageServer> {
  const counts = new Map<string, number>();
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const route = routes[path];
    if (route) route(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  server.on('upgrade', (req, socket: Socket) => {
    // Minimal WebSocket server: handshake, one text frame, close.
    const key = String(req.headers['sec-websocket-key'] ?? '');
    const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    const payload = Buffer.from(WEBSOCKET_GREETING);
    socket.write(Buffer.concat([Buffer.from([0x81, payload.length]), payload]));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    base: `http://127.0.0.1:${port}`,
    hits: (path) => counts.get(path) ?? 0,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Sends an HTML document. */
export function html(body: string, status = 200): Route {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  };
}

export interface Canary {
  host: string;
  port: number;
  /** TCP connections accepted so far: SSRF tests expect 0. */
  connections(): number;
  close(): Promise<void>;
}

/** A listener on 127.0.0.2 (Linux routes all of 127/8 to lo) that only counts connections. */
export async function startCanary(): Promise<Canary> {
  let count = 0;
  const server: TcpServer = createTcpServer((socket) => {
    count += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  return {
    host: '127.0.0.2',
    port: (server.address() as AddressInfo).port,
    connections: () => count,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Chromium processes that are direct children of this test process. */
export function childChromiumProcesses(): ProcessInfo[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProcess(Number(name)))
    .filter((info): info is ProcessInfo => info !== null && info.ppid === process.pid)
    .filter((info) => {
      try {
        return readFileSync(`/proc/${info.pid}/cmdline`, 'utf8').includes('chromium');
      } catch {
        return false;
      }
    });
}

/**
 * Waits until no process is left in any of the given process groups (zombies
 * included). Helpers orphaned by a killed browser are reaped by init, which can
 * take a few seconds in a container; a graceful close leaves nothing at all.
 */
export async function waitForGroupsGone(pgids: number[], timeoutMs: number): Promise<ProcessInfo[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = pgids.flatMap((pgid) => processGroupMembers(pgid));
    if (left.length === 0 || Date.now() > deadline) return left;
    await sleep(200);
  }
}

/** Polls `check` until it is true or `timeoutMs` passes; returns the last result. */
export async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
