/**
 * Loading and validating configuration. Bad config fails at start with every
 * problem listed at once, each with its path in the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ConfigError } from './errors.js';
import { isPackPath } from './pack-schema.js';
import { tagOptionsFrom } from './packs.js';
import { configSchema, type WirewatchConfig } from './schema.js';
import { readEnv } from './env.js';
import { problemsOf } from './problems.js';

export { ConfigError } from './errors.js';
export type { ConfigProblem } from './problems.js';

/** The config file read when none is named, from the current directory; without it, the defaults. */
export const DEFAULT_CONFIG_FILE = 'wirewatch.yaml';

/** Validates an already-parsed object (YAML, JSON or built in code). */
export function parseConfig(raw: unknown, source = '(inline)'): WirewatchConfig {
  const env = readEnv();
  const withEnv = applyEnvOverrides(raw ?? {}, env);
  const result = configSchema.safeParse(withEnv);
  if (!result.success) throw new ConfigError(source, problemsOf(result.error.issues, configSchema));
  return result.data;
}

/** Reads and validates a YAML config file. */
export function loadConfigFile(file: string): WirewatchConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(file, [{ path: '', message: `cannot read file: ${(err as Error).message}` }]);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text, { prettyErrors: true });
  } catch (err) {
    const message = err instanceof YAMLParseError ? err.message : String(err);
    throw new ConfigError(file, [{ path: '', message: `not valid YAML: ${message}` }]);
  }
  const config = parseConfig(raw, file);
  // Pack files are named relative to the config file, wherever wirewatch runs from.
  config.claims.packs = config.claims.packs.map((p) => (typeof p === 'string' && isPackPath(p) ? resolve(dirname(file), p) : p));
  // Pack files are read now too, so that a bad one fails at start-up with the rest.
  tagOptionsFrom(config, file);
  return config;
}

/**
 * The config a command runs with: `file` when named (it must exist), else
 * ./wirewatch.yaml when there is one, else the defaults (data in ./.wirewatch,
 * output in ./out), so every command works in an empty directory.
 */
export function loadConfig(file?: string): WirewatchConfig {
  if (file !== undefined) return loadConfigFile(file);
  if (existsSync(DEFAULT_CONFIG_FILE)) return loadConfigFile(DEFAULT_CONFIG_FILE);
  return parseConfig({}, '(defaults: no wirewatch.yaml here)');
}

function applyEnvOverrides(raw: unknown, env: ReturnType<typeof readEnv>): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const copy: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  if (env.dataDir !== undefined) copy.dataDir = env.dataDir;
  if (env.outDir !== undefined) copy.outDir = env.outDir;
  if (env.apiToken !== undefined) {
    const api = typeof copy.api === 'object' && copy.api !== null ? (copy.api as Record<string, unknown>) : {};
    copy.api = { ...api, token: env.apiToken };
  }
  if (env.chromiumPath !== undefined) {
    const crawler = typeof copy.crawler === 'object' && copy.crawler !== null ? (copy.crawler as Record<string, unknown>) : {};
    const browser = typeof crawler.browser === 'object' && crawler.browser !== null ? (crawler.browser as Record<string, unknown>) : {};
    copy.crawler = { ...crawler, browser: { ...browser, executablePath: env.chromiumPath } };
  }
  return copy;
}
