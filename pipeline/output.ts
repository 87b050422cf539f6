/**
 * The versioned document handed to downstream consumers: one per article
 * version, in the embedded NDJSON output and on the distributed output queue.
 * The zod schema is the single definition; `schema/article.v1.json` is generated
 * from it (`npm run schema`). Fields are only ever added within v1; anything
 * that changes meaning makes v2. Migration (claims, additive): kind gained
 * 'quantity'; unit widened from 'share' to any unit id; figure, sourceSpan,
 * cueSpan, contentSpan and the document's claimsStatus are new (docs/claims.md).
 * Migration (watches, additive): `watches` lists the operator's watches the
 * document matches (docs/operators.md#watches); absent in older documents.
 */
import { z } from 'zod';
import { claimFlagSchema } from './output-flags.js';
import { documentWatchSchema } from './output-watches.js';
import {
  ARTICLE_FLAGS,
  BOUNDS,
  CHANGE_DIRECTIONS,
  CLAIM_KINDS,
  CLAIM_PLACES,
  CLAIMS_STATUSES,
  DUPLICATE_REASONS,
  FETCH_VIAS,
  PUBLISHED_DEDUP_STATUSES,
} from './types.js';

export const OUTPUT_SCHEMA_ID = 'wirewatch.article/v1';

const boundSchema = z.enum(BOUNDS);

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
      direction: z.enum(CHANGE_DIRECTIONS).nullable().describe('rose/increased/doubled: up; fell/cut/halved: down'),
      from: z.number().nullable().describe('Value before, when stated ("from 5% to 7%")'),
      to: z.number().nullable().describe('Value after, when stated'),
    })
    .nullable()
    .describe('The change the figure states; null for a level'),
  timeScope: textSpanSchema.nullable().describe('The date or period the figure is about ("in the third quarter", "since 2022")'),
});

export const claimSchema = z.object({
  id: z.string().describe('Stable claim id'),
  in: z.enum(CLAIM_PLACES).describe('Where the claim is: the headline or the clean text'),
  kind: z
    .enum(CLAIM_KINDS)
    .describe(
      'quantity: a figure no measure pack measures; statement / prediction: attributed words without a figure; the rest come from measure packs (conflict pack shipped)',
    ),
  measure: z
    .string()
    .nullable()
    .describe(
      "What a measure pack says the figure measures, as a verb-ish label: killed, wounded, deployed (conflict pack), an operator pack's labels; null for general claims",
    ),
  value: z
    .number()
    .nullable()
    .describe('The amount in its unit (money with its scale applied, 5 for 5%); null for ranges, vague amounts and claims without a figure'),
  bound: boundSchema.nullable().describe('= exact, ~ about, > more than, >= at least, <~ nearly, < fewer than, <= up to, range (low/high)'),
  low: z.number().nullable().describe('Lower end of a range (bound "range"): "between 10 and 12%" gives 10; "dozens" gives 24'),
  high: z
    .number()
    .nullable()
    .describe('Upper end of a range; null when open (conflict-pack vague amounts: "thousands" is 2000..null). Conventions: docs/claims.md'),
  unit: z
    .string()
    .nullable()
    .describe(
      'null for counts; share (0.5 = half), percent (5 = 5%), percentage_point, basis_point, an ISO 4217 currency code (value with its scale applied), or a unit symbol (kg, km, °C, MW...)',
    ),
  counted: z.string().nullable().describe('The counted noun phrase of a pack figure ("North Korean soldiers", "workers"); null on general claims'),
  source: z.string().nullable().describe('Canonical source id, null when the text names no one'),
  sourceText: z
    .string()
    .nullable()
    .describe('The words naming the source as written ("the minister", "Democrats", "she"); for a speaker no pack or alias lists, all there is (source null)'),
  via: z.string().nullable().describe('Canonical id of the intermediary ("citing the NIS", "Yonhap reported"); null when none'),
  cue: z.string().nullable().describe('The reporting expression: said, told, warned, according to, ":" in a headline...; null when unattributed'),
  hedge: z.string().nullable().describe('A word that weakens the claim: reportedly, allegedly, may, could, believed...; null when none'),
  figure: figureSchema.nullable().describe('Where the figure is and what amount it is; null for claims without a figure'),
  sourceSpan: textSpanSchema.nullable().describe('Where the source is named in this sentence'),
  cueSpan: textSpanSchema.nullable().describe('Where the reporting cue is (said, according to, a colon...)'),
  contentSpan: textSpanSchema.nullable().describe('What is claimed'),
  sentence: z.string().describe('The sentence (or the title) that holds the claim'),
  start: z.number().int().describe('Offset of the sentence in the title or the text (UTF-16 code units)'),
  end: z.number().int().describe('End offset of the sentence, exclusive: title or text .slice(start, end) === sentence'),
  checkWorthiness: z
    .number()
    .min(0)
    .max(1)
    .describe(
      '0..1: how much the claim is worth checking (a figure, a named source, a casualty measure, the headline and a relay raise it; a hedge lowers it)',
    ),
});

export const articleDocumentSchema = z.object({
  schema: z.literal(OUTPUT_SCHEMA_ID).describe('Schema id and version of this document'),
  idempotencyKey: z.string().describe('Same value for the same article version: consumers drop repeats'),
  article: z
    .object({
      id: z.string().describe('Article id: hash of the canonical URL; the same for every version of the article'),
      url: z.string().describe('URL the page was fetched from'),
      canonicalUrl: z.string().describe("The page's canonical URL (link rel=canonical, og:url), else the fetched URL without tracking parameters"),
      title: z.string().describe('Headline; claims with in=title count offsets in it'),
      byline: z.string().nullable().describe('Author line as the page gives it'),
      publishedAt: z
        .string()
        .nullable()
        .describe('ISO 8601: a timestamp, or a bare day (YYYY-MM-DD) when the page prints only its day and that day differs from its structured timestamp'),
      modifiedAt: z.string().nullable().describe('ISO 8601 timestamp or day'),
      language: z.string().nullable().describe('BCP 47 language the page declares ("en", "en-GB"); null when it declares none'),
      siteName: z.string().nullable().describe('Name of the outlet'),
      section: z.string().nullable().describe('Section of the site ("World", "Business") when the page names it'),
      leadImageUrl: z.string().nullable().describe('Absolute URL of the main image'),
      text: z.string().describe('Clean body text, paragraphs separated by a blank line'),
      wordCount: z.number().int().describe('Words in text'),
      flags: z
        .array(z.enum(ARTICLE_FLAGS))
        .describe('What the extractor noticed: not an article page, paywalled, truncated text, a bot challenge, too little text'),
    })
    .describe('The extracted article'),
  dedup: z
    .object({
      status: z
        .enum(PUBLISHED_DEDUP_STATUSES)
        .describe('new: first seen; revision: a changed version of an article seen before; duplicate: a copy of another article'),
      duplicateOf: z.string().nullable().describe('Article id of the first-seen copy of the same report'),
      duplicateReason: z.enum(DUPLICATE_REASONS).nullable().describe('How it copies duplicateOf: the same text, a near copy, or a rewrite'),
      similarity: z.number().nullable().describe('Similarity (0..1) to duplicateOf; null when not a duplicate'),
    })
    .describe('Deduplication verdict'),
  story: z
    .object({
      id: z.string().describe('Story id: articles about the same event share it'),
      similarity: z.number().nullable().describe('Similarity to the story when joined; null when this article opened it'),
      claimFlags: z
        .array(claimFlagSchema)
        .describe("Flags of the story's claim timeline, as of this article, that involve this article: drift from the report it copies, updates, conflicts"),
    })
    .describe('The story the article belongs to'),
  claims: z.array(claimSchema).describe('Claims in document order, the headline first (docs/claims.md)'),
  claimsStatus: z
    .enum(CLAIMS_STATUSES)
    // Documents written before the field existed were all tagged.
    .default('tagged')
    .describe(
      'tagged: claims were looked for; language_not_supported: the article is not in a language the tagger reads, so claims is empty by design (absent in documents older than the field: tagged)',
    ),
  watches: z
    .array(documentWatchSchema)
    // Documents written before the field existed matched no watch.
    .default([])
    .describe("The operator's watches this document matches, with the alerts it raises (docs/operators.md#watches); empty when none"),
  provenance: z
    .object({
      feedId: z.string().describe('Id of the feed in the config'),
      feedUrl: z.string().describe('URL of the feed'),
      entryUrl: z.string().describe('The URL as the feed listed it'),
      fetchedAt: z.string().describe('ISO 8601 time of the fetch'),
      fetchedVia: z.enum(FETCH_VIAS).describe('Plain HTTP or a headless browser'),
      extractorVersion: z.string().describe('Version of the extraction rules'),
      pipelineVersion: z.string().describe('Version of the pipeline'),
      processedAt: z.string().describe('ISO 8601 time the document was built'),
    })
    .describe('Where and how the document was made'),
});

export type ArticleDocument = z.output<typeof articleDocumentSchema>;
