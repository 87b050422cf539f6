/**
 * The commented config file `wirewatch init` writes: every key of the schema
 * with its default, its type and range. Generated from the zod schema, so it
 * lists exactly what the schema accepts; keys without a default (optional
 * settings, the fields of a feed) are written as comments.
 */
import { stringify as toYaml } from 'yaml';
import { z } from 'zod';
import { configSchema } from './schema.js';

/** The part of JSON Schema that z.toJSONSchema emits for this config. */
interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  default?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  pattern?: string;
  format?: string;
  description?: string;
  anyOf?: JsonSchema[];
}

const INDENT = '  ';
/** zod writes this as the maximum of an unbounded integer. */
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

const HEADER = `# wirewatch config (written by \`wirewatch init\`). Every key is shown with its
# default: delete what you do not change. Unknown keys are refused, with the key
# they most likely meant. WIREWATCH_DATA_DIR and WIREWATCH_OUT_DIR override
# dataDir and outDir; see the README's Config section.
`;

/** What a key accepts, in a few words: `integer 1..64`, `auto | rss | atom`, `string`. */
function describe(schema: JsonSchema): string {
  const parts: string[] = [];
  if (schema.enum) parts.push(schema.enum.map(String).join(' | '));
  else if (schema.type === 'integer' || schema.type === 'number') {
    const max = schema.maximum !== undefined && schema.maximum < UNBOUNDED ? String(schema.maximum) : '';
    parts.push(schema.minimum !== undefined || max ? `${schema.type} ${schema.minimum ?? ''}..${max}` : schema.type);
  } else if (schema.type === 'array') parts.push(`list of ${schema.items?.type ?? 'values'}`);
  else if (schema.type) parts.push(String(schema.type));
  if (schema.format === 'uri') parts.push('absolute http(s) URL');
  if (schema.pattern) parts.push(`matching ${schema.pattern}`);
  if (schema.description) parts.push(schema.description);
  return parts.join('; ');
}

function scalar(value: unknown): string {
  // Flow style keeps a list default (`[match, timeline]`) on its key's line.
  return toYaml(value, { lineWidth: 0, collectionStyle: 'flow' }).trimEnd();
}

/** An example value for a key without a default, so the commented line reads as YAML. */
function placeholder(schema: JsonSchema): string {
  if (schema.enum?.length) return scalar(schema.enum[0]);
  if (schema.type === 'integer' || schema.type === 'number') return String(schema.minimum ?? 0);
  if (schema.type === 'boolean') return 'false';
  if (schema.format === 'uri') return 'https://example.com/rss.xml';
  return '...';
}

function objectLines(schema: JsonSchema, depth: number, commented: boolean): string[] {
  const lines: string[] = [];
  const required = new Set(schema.required ?? []);
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const pad = INDENT.repeat(depth);
    const lead = commented ? `${pad}# ` : pad;
    if (child.type === 'object' && child.properties) {
      lines.push(`${lead}${key}:`, ...objectLines(child, depth + 1, commented));
    } else if (child.type === 'array' && child.items?.type === 'object' && child.items.properties) {
      lines.push(`${lead}${key}: ${scalar(child.default ?? [])} # a list; each item:`, ...listItemLines(child.items, depth + 1));
    } else if (child.default !== undefined) {
      lines.push(`${lead}${key}: ${scalar(child.default)} # ${describe(child)}`);
    } else {
      const note = required.has(key) ? 'required' : 'optional, no default';
      lines.push(`${pad}# ${key}: ${placeholder(child)} # ${describe(child)}; ${note}`);
    }
  }
  return lines;
}

/** The keys of one list item, commented out: the list itself is empty by default. */
function listItemLines(item: JsonSchema, depth: number): string[] {
  const pad = INDENT.repeat(depth);
  // Inside a commented-out item, a key without a default needs no comment mark of its own.
  const lines = objectLines(item, 0, false).map((line) => line.replace(/^# /, ''));
  return lines.map((line, i) => `${pad}# ${i === 0 ? '- ' : '  '}${line}`);
}

/** The text of a config file with every key and its default. */
export function configTemplate(): string {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return `${HEADER}${objectLines(schema, 0, false).join('\n')}\n`;
}
