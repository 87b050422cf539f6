/**
 * Structured JSON logs (pino) on stderr, so stdout stays for results a person
 * or a pipe reads. Quiet by default for interactive commands.
 */
import { pino, type Logger } from 'pino';
import { readEnv } from '../config/env.js';

export function createLogger(defaultLevel: string = 'warn'): Logger {
  const level = readEnv().logLevel ?? defaultLevel;
  return pino({ level, base: { app: 'wirewatch' } }, pino.destination(2));
}
