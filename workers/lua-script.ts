/**
 * A Lua script run with EVALSHA, and sent whole with EVAL when Redis does not
 * hold it (NOSCRIPT: after a restart, a SCRIPT FLUSH, on a new server).
 *
 * ioredis's `defineCommand` does the same, but it also copies every command it
 * defined onto each Pipeline the connection creates, and an auto-pipelined
 * connection creates one per tick. The ports' state connection carries nine
 * scripts: creating a Pipeline took 7 µs with them against 3 µs without, and
 * `perf` on the pipeline bench put that copying at about 3.5% of the worker's
 * event loop. Hence this small class instead of the library's feature.
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

export type ScriptArg = string | number | Buffer;

/**
 * ioredis has these at run time (a Buffer variant of every command) but not in
 * its typings; `callBuffer` would do, but loses its command name on an
 * auto-pipelined connection (only `call` is handled there).
 */
interface BufferReplies {
  evalshaBuffer(...args: ScriptArg[]): Promise<unknown>;
  evalBuffer(...args: ScriptArg[]): Promise<unknown>;
}

function isNoScript(err: unknown): boolean {
  return err instanceof Error && err.message.startsWith('NOSCRIPT');
}

export class LuaScript {
  readonly #sha: string;

  constructor(readonly lua: string) {
    this.#sha = createHash('sha1').update(lua).digest('hex');
  }

  /** Runs the script; the reply as ioredis gives it (strings for bulk replies). */
  async run(redis: Redis, keys: readonly ScriptArg[], args: readonly ScriptArg[]): Promise<unknown> {
    try {
      return await redis.evalsha(this.#sha, keys.length, ...keys, ...args);
    } catch (err) {
      if (!isNoScript(err)) throw err;
      return redis.eval(this.lua, keys.length, ...keys, ...args);
    }
  }

  /** As `run`, with bulk replies as Buffers. */
  async runBuffer(redis: Redis, keys: readonly ScriptArg[], args: readonly ScriptArg[]): Promise<unknown> {
    try {
      return await (redis as unknown as BufferReplies).evalshaBuffer(this.#sha, keys.length, ...keys, ...args);
    } catch (err) {
      if (!isNoScript(err)) throw err;
      return (redis as unknown as BufferReplies).evalBuffer(this.lua, keys.length, ...keys, ...args);
    }
  }
}
