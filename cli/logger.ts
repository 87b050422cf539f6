/**
 * Structured JSON logs (pino) on stderr, so stdout stays for results a person
 * or a pipe reads. Quiet by default for interactive commands. `pretty` (or
 * LOG_PRETTY=1) formats them for a person at a terminal with pino-pretty,
 * loaded only then and written synchronously, so no line is lost on exit.
 */
import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger } from 'pino';
import { readEnv } from '../config/env.js';

const STDERR_FD = 2;

export interface LoggerOptions {
  /** Human-readable lines instead of JSON; default: LOG_PRETTY. */
  pretty?: boolean;
}

function prettyStream(): DestinationStream {
  // pino-pretty is CommonJS: require keeps createLogger synchronous and the other commands free of its cost.
  const pretty = createRequire(import.meta.url)('pino-pretty') as (options: Record<string, unknown>) => DestinationStream;
  return pretty({ destination: STDERR_FD, sync: true, colorize: process.stderr.isTTY === true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,app' });
}

export function createLogger(defaultLevel: string = 'warn', options: LoggerOptions = {}): Logger {
  const env = readEnv();
  const level = env.logLevel ?? defaultLevel;
  const pretty = options.pretty ?? env.logPretty;
  return pino({ level, base: { app: 'wirewatch' } }, pretty ? prettyStream() : pino.destination(STDERR_FD));
}
