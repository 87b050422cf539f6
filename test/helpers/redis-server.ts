/**
 * A real redis-server per test file: unix socket in a temp dir (no port
 * clashes), AOF on so kill -9 + restart keeps data, noeviction as production
 * requires. Fails loudly when redis-server is not installed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';

export interface TestRedis {
  socketPath: string;
  /** redis+unix URL usable as REDIS_URL. */
  url: string;
  dir: string;
  /** SIGKILL the server (data since the last fsync may be lost, as in production). */
  kill(): Promise<void>;
  /** Start again on the same socket and data directory. */
  restart(): Promise<void>;
  /** SIGSTOP / SIGCONT: a Redis that hangs without closing its connections. */
  freeze(): void;
  thaw(): void;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 10_000;

function assertInstalled(): void {
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error('redis-server is not installed: run `apt-get install -y redis-server` (CI does this in .ci/run)');
  }
}

async function waitForSocket(path: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!existsSync(path)) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode} before listening`);
    if (Date.now() > deadline) throw new Error(`redis-server did not create ${path} within ${START_TIMEOUT_MS} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function startTestRedis(options: { maxmemoryPolicy?: string; extraArgs?: string[] } = {}): Promise<TestRedis> {
  assertInstalled();
  const dir = mkdtempSync(join(tmpdir(), 'wirewatch-redis-'));
  const socketPath = join(dir, 'redis.sock');
  const args = [
    '--port',
    '0',
    '--unixsocket',
    socketPath,
    '--unixsocketperm',
    '700',
    '--dir',
    dir,
    '--appendonly',
    'yes',
    '--appendfsync',
    'everysec',
    '--maxmemory-policy',
    options.maxmemoryPolicy ?? 'noeviction',
    '--save',
    '',
    ...(options.extraArgs ?? []),
  ];
  let child: ChildProcess;
  const launch = async (): Promise<void> => {
    rmSync(socketPath, { force: true });
    child = spawn('redis-server', args, { stdio: 'ignore' });
    await waitForSocket(socketPath, child);
  };
  const waitExit = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
    });
  await launch();
  return {
    socketPath,
    url: `redis+unix://${socketPath}`,
    dir,
    async kill() {
      child.kill('SIGKILL');
      await waitExit();
    },
    restart: launch,
    freeze() {
      child.kill('SIGSTOP');
    },
    thaw() {
      child.kill('SIGCONT');
    },
    async stop() {
      child.kill('SIGCONT'); // a frozen server would never act on SIGTERM
      child.kill('SIGTERM');
      await waitExit();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A test file's Redis server (started before its tests, stopped after) and
 * clients on it, each disconnected after the tests.
 */
export function useTestRedis(): { client(): Redis } {
  let server: TestRedis | undefined;
  const clients: Redis[] = [];
  beforeAll(async () => {
    server = await startTestRedis();
  });
  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await server?.stop();
  });
  return {
    client() {
      if (!server) throw new Error('useTestRedis: client() called before the server started (call it inside a test)');
      const c = new Redis(server.url, { maxRetriesPerRequest: null });
      clients.push(c);
      return c;
    },
  };
}
