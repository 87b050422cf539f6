/**
 * workers/lua-script.ts: scripts go by SHA, and are sent whole when Redis does
 * not hold them (a restart, SCRIPT FLUSH), on plain and auto-pipelined connections.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LuaScript } from '../workers/lua-script.js';
import { startTestRedis, type TestRedis } from './helpers/redis-server.js';

let server: TestRedis;
let plain: Redis;
let pipelined: Redis;
beforeAll(async () => {
  server = await startTestRedis();
  plain = new Redis({ path: server.socketPath });
  pipelined = new Redis({ path: server.socketPath, enableAutoPipelining: true });
});
afterAll(async () => {
  plain?.disconnect();
  pipelined?.disconnect();
  await server?.stop();
});

const ECHO = new LuaScript(`return { KEYS[1], ARGV[1], #KEYS + #ARGV }`);

describe('LuaScript', () => {
  it('runs after SCRIPT FLUSH (NOSCRIPT → EVAL), then by SHA again', async () => {
    await plain.script('FLUSH');
    expect(await ECHO.run(plain, ['k'], ['v', 2])).toEqual(['k', 'v', 3]);
    const evalshaBefore = Number(/cmdstat_evalsha:calls=(\d+)/.exec(await plain.info('commandstats'))?.[1] ?? 0);
    const evalBefore = Number(/cmdstat_eval:calls=(\d+)/.exec(await plain.info('commandstats'))?.[1] ?? 0);
    expect(await ECHO.run(plain, ['k2'], ['w'])).toEqual(['k2', 'w', 2]);
    const stats = await plain.info('commandstats');
    expect(Number(/cmdstat_evalsha:calls=(\d+)/.exec(stats)?.[1])).toBe(evalshaBefore + 1);
    expect(Number(/cmdstat_eval:calls=(\d+)/.exec(stats)?.[1] ?? 0)).toBe(evalBefore);
  });

  it('many calls in one tick on an auto-pipelined connection after a flush all answer', async () => {
    await plain.script('FLUSH');
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => ECHO.run(pipelined, [`k${i}`], [`v${i}`])));
    expect(replies).toEqual(Array.from({ length: 20 }, (_, i) => [`k${i}`, `v${i}`, 2]));
  });

  it('runBuffer gives bulk replies as Buffers, also auto-pipelined after a flush; other script errors are thrown', async () => {
    await plain.script('FLUSH');
    for (const redis of [pipelined, plain]) {
      const replies = (await ECHO.runBuffer(redis, [Buffer.from([0xff, 0x00])], ['x'])) as [Buffer, Buffer, number];
      expect(Buffer.isBuffer(replies[0])).toBe(true);
      expect([...replies[0]]).toEqual([0xff, 0x00]);
      expect(replies[2]).toBe(2);
    }
    await expect(new LuaScript(`return redis.call('NOSUCHCOMMAND')`).run(plain, [], [])).rejects.toThrow(/Unknown Redis command|unknown command/i);
  });
});
