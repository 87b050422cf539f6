/**
 * Feed lists as YAML, in the shape of a config file's `feeds:` section, so an
 * export can be imported elsewhere or pasted into a config file. Import adds
 * one feed at a time through the same checks as `feeds add` (one at a time:
 * the checks fetch, and many feeds often share a host).
 */
import { parse as parseYaml, stringify as toYaml, YAMLParseError } from 'yaml';
import type { FeedConfig } from '../config/schema.js';
import { formatProblems, problemsOf } from '../config/problems.js';
import { errorCode } from '../pipeline/errors.js';
import { importItemSchema, type AddFeedResult, type ImportResult } from './registry-schema.js';
import { refusal } from './registry-errors.js';

type ImportItem = ImportResult['items'][number];

/** Reads the items of an import document: `{ feeds: [...] }` or a bare list. Throws CONFIG_INVALID when it is neither. */
export function importItems(yamlText: string): unknown[] {
  let doc: unknown;
  try {
    doc = parseYaml(yamlText);
  } catch (err) {
    const message = err instanceof YAMLParseError ? err.message : String(err);
    throw refusal('CONFIG_INVALID', `not valid YAML: ${message}`, 'invalid');
  }
  const list = Array.isArray(doc) ? doc : (doc as { feeds?: unknown } | null)?.feeds;
  if (!Array.isArray(list)) throw refusal('CONFIG_INVALID', 'expected a list of feeds, or a mapping with a `feeds:` list', 'invalid');
  return list;
}

/** Adds each item in order; a refused item is reported with its code and the rest go on. */
export async function importFeedsYaml(
  yamlText: string,
  add: (input: Record<string, unknown>) => Promise<AddFeedResult>,
  pause: (id: string) => void,
): Promise<ImportResult> {
  const items: ImportItem[] = [];
  for (const [index, raw] of importItems(yamlText).entries()) {
    const url = typeof (raw as { url?: unknown } | null)?.url === 'string' ? (raw as { url: string }).url : null;
    const parsed = importItemSchema.safeParse(raw);
    if (!parsed.success) {
      const message = formatProblems(problemsOf(parsed.error.issues, importItemSchema), '(item)');
      items.push({ index, url, status: 'refused', id: null, code: 'CONFIG_INVALID', message });
      continue;
    }
    const { pollIntervalSecs, ...rest } = parsed.data;
    try {
      const result = await add({ ...rest, ...(pollIntervalSecs !== undefined ? { intervalSecs: pollIntervalSecs } : {}) });
      // An import restores state: a feed exported paused comes back paused, even one that existed.
      if (rest.paused === true && !result.feed.paused) pause(result.feed.id);
      items.push({ index, url, status: result.created ? 'created' : 'existing', id: result.feed.id, code: null, message: result.notes.join('; ') || null });
    } catch (err) {
      items.push({ index, url, status: 'refused', id: null, code: errorCode(err), message: (err as Error).message });
    }
  }
  return { items };
}

/** YAML of feed definitions, defaults written out so the file says what will run. */
export function exportFeedsYaml(feeds: FeedConfig[]): string {
  const header = '# wirewatch feeds: read back with `wirewatch feeds import FILE`, or paste under `feeds:` of a config file\n';
  const list = feeds.map((f) => ({
    id: f.id,
    ...(f.name !== undefined ? { name: f.name } : {}),
    url: f.url,
    kind: f.kind,
    pollIntervalSecs: f.pollIntervalSecs,
    render: f.render,
    ...(f.allowPattern !== undefined ? { allowPattern: f.allowPattern } : {}),
    paused: f.paused,
  }));
  return `${header}${toYaml({ feeds: list })}`;
}
