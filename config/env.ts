/**
 * The only code that reads `process.env`. Every variable wirewatch honours is
 * listed here, validated by one schema.
 */
import { z } from 'zod';

const envSchema = z.object({
  /** Overrides `dataDir` of the config file. */
  WIREWATCH_DATA_DIR: z.string().min(1).optional(),
  /** Overrides `outDir` of the config file. */
  WIREWATCH_OUT_DIR: z.string().min(1).optional(),
  /** Switches to distributed mode (BullMQ on Redis). */
  REDIS_URL: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  /** 1/true: human-readable colored logs (pino-pretty) instead of JSON lines, for terminals. */
  LOG_PRETTY: z.enum(['0', '1', 'true', 'false']).optional(),
  /** Path of the Chromium binary used for pages that need a browser. */
  WIREWATCH_CHROMIUM_PATH: z.string().min(1).optional(),
  /** Bearer token of the HTTP API; keeps the secret out of the config file. */
  WIREWATCH_API_TOKEN: z.string().min(1).optional(),
});

export interface WirewatchEnv {
  dataDir?: string;
  outDir?: string;
  redisUrl?: string;
  logLevel?: z.output<typeof envSchema>['LOG_LEVEL'];
  logPretty: boolean;
  chromiumPath?: string;
  apiToken?: string;
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): WirewatchEnv {
  const env = envSchema.parse({
    WIREWATCH_DATA_DIR: source.WIREWATCH_DATA_DIR || undefined,
    WIREWATCH_OUT_DIR: source.WIREWATCH_OUT_DIR || undefined,
    REDIS_URL: source.REDIS_URL || undefined,
    LOG_LEVEL: source.LOG_LEVEL || undefined,
    LOG_PRETTY: source.LOG_PRETTY || undefined,
    WIREWATCH_CHROMIUM_PATH: source.WIREWATCH_CHROMIUM_PATH || undefined,
    WIREWATCH_API_TOKEN: source.WIREWATCH_API_TOKEN || undefined,
  });
  return {
    dataDir: env.WIREWATCH_DATA_DIR,
    outDir: env.WIREWATCH_OUT_DIR,
    redisUrl: env.REDIS_URL,
    logLevel: env.LOG_LEVEL,
    logPretty: env.LOG_PRETTY === '1' || env.LOG_PRETTY === 'true',
    chromiumPath: env.WIREWATCH_CHROMIUM_PATH,
    apiToken: env.WIREWATCH_API_TOKEN,
  };
}
