/**
 * Turns zod issues into problems people can act on, one per bad key, each with
 * its path. Shared by the config file, the CLI and the HTTP API, so a typo is
 * refused the same way everywhere: an unknown key gets the stable code
 * CONFIG_UNKNOWN_KEY and the nearest known key ("did you mean `concurrency`?").
 */
import { distance } from 'fastest-levenshtein';
import type { z } from 'zod';

/** Code of a key that the schema does not know (a typo, or a setting of another version). */
export const UNKNOWN_KEY_CODE = 'CONFIG_UNKNOWN_KEY';

/** One problem in a config or a request: where and what. */
export interface ConfigProblem {
  /** Dotted path in the input (`crawler.perHost.minDelayMs`, `feeds.2.url`); empty for the root. */
  path: string;
  message: string;
  /** Set for unknown keys; other problems are plain validation failures. */
  code?: typeof UNKNOWN_KEY_CODE;
  /** The known key an unknown key most likely meant. */
  suggestion?: string;
}

/** A suggestion must share more than this fraction of its characters with the typo. */
const MIN_SIMILARITY = 0.4;
/** More edits than this is another word, not a typo. */
const MAX_EDITS = 3;

/** The known key nearest to `key`, or undefined when none is close enough to be a typo of it. */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestEdits = MAX_EDITS + 1;
  for (const candidate of known) {
    const edits = candidate.toLowerCase() === key.toLowerCase() ? 0.5 : distance(key, candidate);
    const length = Math.max(key.length, candidate.length);
    if ((length - edits) / length <= MIN_SIMILARITY) continue;
    if (edits < bestEdits) {
      bestEdits = edits;
      best = candidate;
    }
  }
  return best;
}

/** The internals of a zod v4 schema this walk reads; stable across zod 4 releases (`_zod.def`). */
interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
}

function defOf(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

/** The keys an object schema knows at `path` (array indexes step into elements). */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      if (path.length === 0) return Object.keys(shape);
      const child = shape[String(path[0])];
      return child ? knownKeysAt(child, path.slice(1)) : [];
    }
    case 'array':
      return def.element && path.length > 0 ? knownKeysAt(def.element, path.slice(1)) : [];
    case 'union':
      return [...new Set((def.options ?? []).flatMap((option) => knownKeysAt(option, path)))];
    case 'pipe':
      return def.in ? knownKeysAt(def.in, path) : [];
    default:
      // optional, default, prefault, nullable, readonly, catch...: the wrapped schema decides.
      return def.innerType ? knownKeysAt(def.innerType, path) : [];
  }
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** One problem per issue, and one per unknown key with the nearest known key when there is one. */
export function problemsOf(issues: readonly z.core.$ZodIssue[], schema: z.ZodType): ConfigProblem[] {
  return issues.flatMap((issue): ConfigProblem[] => {
    if (issue.code !== 'unrecognized_keys') return [{ path: joinPath(issue.path), message: issue.message }];
    const known = knownKeysAt(schema, issue.path);
    return issue.keys.map((key) => {
      const suggestion = nearestKey(key, known);
      const hint = suggestion !== undefined ? `did you mean \`${suggestion}\`?` : `known keys here: ${known.join(', ')}`;
      return {
        path: joinPath([...issue.path, key]),
        message: `unknown key [${UNKNOWN_KEY_CODE}]; ${hint}`,
        code: UNKNOWN_KEY_CODE,
        ...(suggestion !== undefined ? { suggestion } : {}),
      };
    });
  });
}

/** `path: message` lines joined, as refusals print them. */
export function formatProblems(problems: readonly ConfigProblem[], root = '(root)'): string {
  return problems.map((p) => `${p.path || root}: ${p.message}`).join('; ');
}
