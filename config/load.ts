/**
 * Loading and validating configuration. Bad config fails at start with every
 * problem listed at once, each with its path in the file.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { PermanentError } from '../pipeline/errors.js';
import { configSchema, type WirewatchConfig } from './schema.js';
import { readEnv } from './env.js';

/** One problem in a config file: where and what. */
export interface ConfigProblem {
  path: string;
  message: string;
}

/** Thrown when a config cannot be used; `problems` lists all of them. */
export class ConfigError extends PermanentError {
  readonly problems: ConfigProblem[];

  constructor(source: string, problems: ConfigProblem[]) {
    const list = problems.map((p) => `  - ${p.path || '(root)'}: ${p.message}`).join('\n');
    super('CONFIG_INVALID', `invalid config ${source}: ${problems.length} problem(s)\n${list}`, {
      context: { source, problems },
    });
    this.problems = problems;
  }
}

function issuesToProblems(issues: readonly z.core.$ZodIssue[]): ConfigProblem[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Validates an already-parsed object (YAML, JSON or built in code). */
export function parseConfig(raw: unknown, source = '(inline)'): WirewatchConfig {
  const env = readEnv();
  const withEnv = applyEnvOverrides(raw ?? {}, env);
  const result = configSchema.safeParse(withEnv);
  if (!result.success) throw new ConfigError(source, issuesToProblems(result.error.issues));
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
  return parseConfig(raw, file);
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
