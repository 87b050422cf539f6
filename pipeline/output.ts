/**
 * The versioned document handed to downstream consumers: one per article
 * version, in the embedded NDJSON output and on the distributed output queue.
 * The zod schema is the single definition; `schema/article.v1.json` is generated
 * from it (`npm run schema`). Fields are only ever added within v1; anything
 * that changes meaning makes v2.
 */
import { z } from 'zod';
import { claimFlagSchema } from './output-flags.js';
import { ARTICLE_FLAGS, BOUNDS, CLAIM_KINDS, CLAIM_PLACES, DUPLICATE_REASONS, FETCH_VIAS, PUBLISHED_DEDUP_STATUSES } from './types.js';

export const OUTPUT_SCHEMA_ID = 'wirewatch.article/v1';

const boundSchema = z.enum(BOUNDS);

export const claimSchema = z.object({
  id: z.string().describe('Stable claim id'),
  in: z.enum(CLAIM_PLACES).describe('Where the claim is: the headline or the clean text'),
  kind: z.enum(CLAIM_KINDS),
  measure: z.string().nullable().describe('What is counted, as a verb-ish label: killed, wounded, killed_or_wounded, casualties, deployed, returned...'),
  value: z.number().nullable(),
  bound: boundSchema.nullable().describe('= exact, ~ about, > more than, >= at least, <~ nearly, < fewer than, <= up to, range (low/high)'),
  low: z.number().nullable(),
  high: z.number().nullable(),
  unit: z.enum(['share']).nullable().describe('"share" for proportions (0.5 = half); null for counts'),
  counted: z.string().nullable(),
  source: z.string().nullable().describe('Canonical source id, null when the text names no one'),
  sourceText: z.string().nullable(),
  via: z.string().nullable().describe('Canonical id of the intermediary'),
  cue: z.string().nullable(),
  hedge: z.string().nullable(),
  sentence: z.string(),
  start: z.number().int().describe('Offset of the sentence in the title or the text (UTF-16 code units)'),
  end: z.number().int(),
  checkWorthiness: z.number().min(0).max(1),
});

export const articleDocumentSchema = z.object({
  schema: z.literal(OUTPUT_SCHEMA_ID),
  idempotencyKey: z.string().describe('Same value for the same article version: consumers drop repeats'),
  article: z.object({
    id: z.string(),
    url: z.string().describe('URL the page was fetched from'),
    canonicalUrl: z.string(),
    title: z.string(),
    byline: z.string().nullable(),
    publishedAt: z
      .string()
      .nullable()
      .describe('ISO 8601: a timestamp, or a bare day (YYYY-MM-DD) when the page prints only its day and that day differs from its structured timestamp'),
    modifiedAt: z.string().nullable().describe('ISO 8601 timestamp or day'),
    language: z.string().nullable(),
    siteName: z.string().nullable(),
    section: z.string().nullable(),
    leadImageUrl: z.string().nullable(),
    text: z.string().describe('Clean body text, paragraphs separated by a blank line'),
    wordCount: z.number().int(),
    flags: z.array(z.enum(ARTICLE_FLAGS)),
  }),
  dedup: z.object({
    status: z.enum(PUBLISHED_DEDUP_STATUSES),
    duplicateOf: z.string().nullable().describe('Article id of the first-seen copy of the same report'),
    duplicateReason: z.enum(DUPLICATE_REASONS).nullable(),
    similarity: z.number().nullable(),
  }),
  story: z.object({
    id: z.string(),
    similarity: z.number().nullable().describe('Similarity to the story when joined; null when this article opened it'),
    claimFlags: z
      .array(claimFlagSchema)
      .describe("Flags of the story's claim timeline, as of this article, that involve this article: drift from the report it copies, updates, conflicts"),
  }),
  claims: z.array(claimSchema),
  provenance: z.object({
    feedId: z.string(),
    feedUrl: z.string(),
    entryUrl: z.string().describe('The URL as the feed listed it'),
    fetchedAt: z.string(),
    fetchedVia: z.enum(FETCH_VIAS),
    extractorVersion: z.string(),
    pipelineVersion: z.string(),
    processedAt: z.string(),
  }),
});

export type ArticleDocument = z.output<typeof articleDocumentSchema>;
