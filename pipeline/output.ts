/**
 * The versioned document handed to downstream consumers: one per article
 * version, in the embedded NDJSON output and on the distributed output queue.
 * The zod schema is the single definition; `schema/article.v1.json` is generated
 * from it (`npm run schema`). Fields are only ever added within v1; anything
 * that changes meaning makes v2. Migration (claims, additive): kind gained
 * 'quantity'; unit widened from 'share' to any unit id; figure, sourceSpan,
 * cueSpan, contentSpan and the document's claimsStatus are new (docs/claims.md).
 */
import { z } from 'zod';
import { claimFlagSchema } from './output-flags.js';

export const OUTPUT_SCHEMA_ID = 'wirewatch.article/v1';

const boundSchema = z.enum(['=', '~', '>', '>=', '<', '<=', '<~', 'range']);

const textSpanSchema = z
  .object({
    start: z.number().int().describe('UTF-16 offset in the title (claims with in=title) or the clean text'),
    end: z.number().int().describe('End offset, exclusive'),
    text: z.string().describe('The characters between start and end'),
  })
  .describe('A stretch of the title or the clean text');

const figureSchema = textSpanSchema.extend({
  type: z.string().describe('count, money, percent, percentage_point, share or measure'),
  per: z.string().nullable().describe('Rate denominator: "per day" gives day, "a share" gives share; null when no rate'),
  change: z
    .object({
      direction: z.enum(['up', 'down']).nullable().describe('rose/increased/doubled: up; fell/cut/halved: down'),
      from: z.number().nullable().describe('Value before, when stated ("from 5% to 7%")'),
      to: z.number().nullable().describe('Value after, when stated'),
    })
    .nullable()
    .describe('The change the figure states; null for a level'),
  timeScope: textSpanSchema.nullable().describe('The date or period the figure is about ("in the third quarter", "since 2022")'),
});

export const claimSchema = z.object({
  id: z.string().describe('Stable claim id'),
  in: z.enum(['title', 'body']).describe('Where the claim is: the headline or the clean text'),
  kind: z
    .enum(['quantity', 'statement', 'prediction', 'casualties', 'deployment', 'arms_supply', 'other'])
    .describe(
      'quantity: a figure no measure pack measures; statement / prediction: attributed words without a figure; the rest come from measure packs (conflict pack shipped)',
    ),
  measure: z.string().nullable().describe('What is counted, as a verb-ish label: killed, wounded, killed_or_wounded, casualties, deployed, returned...'),
  value: z.number().nullable(),
  bound: boundSchema.nullable().describe('= exact, ~ about, > more than, >= at least, <~ nearly, < fewer than, <= up to, range (low/high)'),
  low: z.number().nullable(),
  high: z.number().nullable(),
  unit: z
    .string()
    .nullable()
    .describe(
      'null for counts; share (0.5 = half), percent (5 = 5%), percentage_point, basis_point, an ISO 4217 currency code (value with its scale applied), or a unit symbol (kg, km, °C, MW...)',
    ),
  counted: z.string().nullable(),
  source: z.string().nullable().describe('Canonical source id, null when the text names no one'),
  sourceText: z.string().nullable(),
  via: z.string().nullable().describe('Canonical id of the intermediary'),
  cue: z.string().nullable(),
  hedge: z.string().nullable(),
  figure: figureSchema.nullable().describe('Where the figure is and what amount it is; null for claims without a figure'),
  sourceSpan: textSpanSchema.nullable().describe('Where the source is named in this sentence'),
  cueSpan: textSpanSchema.nullable().describe('Where the reporting cue is (said, according to, a colon...)'),
  contentSpan: textSpanSchema.nullable().describe('What is claimed'),
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
    flags: z.array(z.enum(['not_article', 'paywalled', 'truncated', 'bot_challenge', 'thin'])),
  }),
  dedup: z.object({
    status: z.enum(['new', 'revision', 'duplicate']),
    duplicateOf: z.string().nullable().describe('Article id of the first-seen copy of the same report'),
    duplicateReason: z.enum(['exact_text', 'near_copy', 'rewrite']).nullable(),
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
  claimsStatus: z
    .enum(['tagged', 'language_not_supported'])
    .describe('tagged: claims were looked for; language_not_supported: the article is not in a language the tagger reads, so claims is empty by design'),
  provenance: z.object({
    feedId: z.string(),
    feedUrl: z.string(),
    entryUrl: z.string().describe('The URL as the feed listed it'),
    fetchedAt: z.string(),
    fetchedVia: z.enum(['http', 'browser']),
    extractorVersion: z.string(),
    pipelineVersion: z.string(),
    processedAt: z.string(),
  }),
});

export type ArticleDocument = z.output<typeof articleDocumentSchema>;
