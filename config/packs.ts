/**
 * From the `claims` section of a config to the tagger's options: shipped packs
 * by name, operator pack files by path, inline packs, and source aliases,
 * all validated, handed to pipeline/claims as plain data (`TagOptions`).
 *
 * Invariant: `tagOptionsFrom` either returns options every thread and worker
 * can use as they are, or throws one ConfigError listing every bad pack.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { DEFAULT_PACK_NAMES, SHIPPED_PACKS, type MeasurePack, type TagOptions } from '../pipeline/claims/index.js';
import { ConfigError, type ConfigProblem } from './errors.js';
import { isPackPath, packFileSchema, toMeasurePack } from './pack-schema.js';
import type { WirewatchConfig } from './schema.js';

/** Where the shipped pack files are (the source of pipeline/claims/shipped-packs.ts). */
export const SHIPPED_PACKS_DIR = fileURLToPath(new URL('./packs/', import.meta.url));
const PACK_FILE_RE = /\.ya?ml$/i;

function issues(error: z.ZodError, path: string): ConfigProblem[] {
  return error.issues.map((i) => ({ path: [path, ...i.path.map(String)].filter(Boolean).join('.'), message: i.message }));
}

/** Reads and validates one pack file; problems are appended, null when it cannot be used. */
function readPackFile(file: string, where: string, problems: ConfigProblem[]): MeasurePack | null {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    problems.push({ path: where, message: `cannot read pack ${file}: ${(err as Error).message}` });
    return null;
  }
  const parsed = packFileSchema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...issues(parsed.error, `${where} (${file})`));
    return null;
  }
  return toMeasurePack(parsed.data);
}

/** Every pack file shipped in config/packs, validated, by name (what `npm run packs` writes). */
export function loadShippedPackFiles(dir = SHIPPED_PACKS_DIR): Record<string, MeasurePack> {
  const problems: ConfigProblem[] = [];
  const out: Record<string, MeasurePack> = {};
  for (const name of readdirSync(dir)
    .filter((f) => PACK_FILE_RE.test(f))
    .sort()) {
    const pack = readPackFile(`${dir}${name}`, name, problems);
    if (pack) out[pack.name] = pack;
  }
  if (problems.length > 0) throw new ConfigError(dir, problems);
  return out;
}

/**
 * The tagger's options from a validated config: the default packs (unless
 * `defaultPacks: false`), then each of `packs` in order, then `aliases`.
 * Pack file paths are read here; `loadConfigFile` has made them absolute.
 */
export function tagOptionsFrom(config: Pick<WirewatchConfig, 'claims'>, source = 'claims'): TagOptions {
  const { claims } = config;
  const problems: ConfigProblem[] = [];
  const packs: MeasurePack[] = [];
  const add = (pack: MeasurePack, where: string): void => {
    const same = packs.find((p) => p.name === pack.name);
    if (same === undefined) packs.push(pack);
    else if (JSON.stringify(same) !== JSON.stringify(pack)) problems.push({ path: where, message: `two different packs are named "${pack.name}"` });
  };
  if (claims.defaultPacks) for (const name of DEFAULT_PACK_NAMES) add(SHIPPED_PACKS[name] as MeasurePack, 'claims.defaultPacks');
  for (const [index, entry] of claims.packs.entries()) {
    const where = `claims.packs.${index}`;
    const shipped = typeof entry !== 'string' || isPackPath(entry) ? undefined : SHIPPED_PACKS[entry];
    const pack = typeof entry !== 'string' ? toMeasurePack(entry) : (shipped ?? readPackFile(entry, where, problems));
    if (pack) add(pack, where);
  }
  if (problems.length > 0) throw new ConfigError(source, problems);
  const aliases = Object.keys(claims.aliases).length > 0 ? { aliases: structuredClone(claims.aliases) } : {};
  return { packs, ...aliases };
}
