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
    start: z.number().int().describe('Start, in UTF-16 code units (a JavaScript string index), in the title (claims with in=title) or the clean text'),
    end: z.number().int().describe('End, exclusive, in the same units: (title or text).slice(start, end) === text'),
    text: z.string().describe('The characters between start and end'),
  })
  .describe('A stretch of the title or the clean text');

const figureSchema = textSpanSchema.extend({
  type: z.string().describe('count, money, percent, percentage_point, share or measure'),
  per: z.string().nullable().describe('Rate denominator: "per day" gives day, "a share" gives share; null when no rate'),
  change: z
    .object({
      direction: z
        .enum(CHANGE_DIRECTIONS)
        .nullable()
        .describe('up (rose, increased, doubled) or down (fell, cut, halved); null when the words give no direction ("changed by 5%")'),
      from: z.number().nullable().describe('The value before, in the figure\'s unit ("from 5% to 7%" gives 5); null when not stated'),
      to: z.number().nullable().describe("The value after, in the figure's unit; null when not stated"),
    })
    .nullable()
    .describe('The change the figure states; null for a level'),
  timeScope: textSpanSchema
    .nullable()
    .describe('The date or period the figure is about ("in the third quarter", "since 2022"); null when the sentence names none'),
});

export const claimSchema = z.object({
  id: z.string().describe('Stable claim id'),
  in: z.enum(CLAIM_PLACES).describe('Where the claim is: title (the headline) or body (the clean text); offsets count in that string'),
  kind: z
    .enum(CLAIM_KINDS)
    .describe(
      'quantity: a figure no measure pack measures; statement / prediction: attributed words without a figure; casualties, deployment, arms_supply, other: the kind a measure pack gives its measure (the shipped conflict pack has all four)',
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
  bound: boundSchema
    .nullable()
    .describe(
      'How value relates to the truth: = exact, ~ about, > more than, >= at least, <~ nearly, < fewer than, <= up to, range (see low/high); null for claims without a figure',
    ),
  low: z
    .number()
    .nullable()
    .describe('Lower end of a range (bound "range"), in the unit of value: "between 10 and 12%" gives 10; "dozens" gives 24; null when not a range'),
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
  counted: z
    .string()
    .nullable()
    .describe(
      'What the figure counts: a pack figure\'s counted noun phrase ("North Korean soldiers", "workers"), a general count\'s ("1,200 jobs" → "jobs") or what a percentage or share is of ("40% of adults" → "adults"); null for money, measures, bare counts and statements',
    ),
  source: z.string().nullable().describe('Canonical source id, null when the text names no one'),
  sourceText: z
    .string()
    .nullable()
    .describe('The words naming the source as written ("the minister", "Democrats", "she"); for a speaker no pack or alias lists, all there is (source null)'),
  via: z.string().nullable().describe('Canonical id of the intermediary ("citing the NIS", "Yonhap reported"); null when none'),
  cue: z.string().nullable().describe('The reporting expression: said, told, warned, according to, ":" in a headline...; null when unattributed'),
  hedge: z.string().nullable().describe('A word that weakens the claim: reportedly, allegedly, may, could, believed...; null when none'),
  figure: figureSchema.nullable().describe('Where the figure is and what amount it is; null for claims without a figure'),
  sourceSpan: textSpanSchema
    .nullable()
    .describe('Where the source is named in this sentence; null when the sentence names none (an earlier sentence may: see source)'),
  cueSpan: textSpanSchema.nullable().describe('Where the reporting cue is (said, according to, a colon...); null when unattributed'),
  contentSpan: textSpanSchema.nullable().describe('What is claimed, without the attribution; null when it cannot be told apart from the sentence'),
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
      byline: z.string().nullable().describe('Author line as the page gives it; null when the page names no author'),
      publishedAt: z
        .string()
        .nullable()
        .describe(
          'When the outlet published it, ISO 8601: a timestamp, or a bare day (YYYY-MM-DD) when the page prints only its day and that day differs from its structured timestamp; null when the page gives no date',
        ),
      modifiedAt: z.string().nullable().describe('When the outlet last changed it, ISO 8601 timestamp or day; null when the page does not say'),
      language: z.string().nullable().describe('BCP 47 language the page declares ("en", "en-GB"); null when it declares none'),
      siteName: z
        .string()
        .nullable()
        .describe('Name of the outlet ("Daily Meridian"); null when the page does not say (provenance.feedId still names the feed)'),
      section: z.string().nullable().describe('Section of the site ("World", "Business"); null when the page names none'),
      leadImageUrl: z.string().nullable().describe('Absolute URL of the main image; null when the page has none'),
      text: z.string().describe('Clean body text, paragraphs separated by a blank line'),
      wordCount: z.number().int().min(0).describe('Words in text: runs of letters and digits in any script ("don\'t" counts two)'),
      flags: z
        .array(z.enum(ARTICLE_FLAGS))
        .describe(
          'What the extractor noticed, empty when nothing: not_article (an index or landing page), paywalled, truncated (the text stops short), bot_challenge (a bot check, not the article), thin (too little text)',
        ),
    })
    .describe('The extracted article'),
  dedup: z
    .object({
      status: z
        .enum(PUBLISHED_DEDUP_STATUSES)
        .describe('new: first seen; revision: a changed version of an article seen before; duplicate: a copy of another article'),
      duplicateOf: z.string().nullable().describe('Article id of the first-seen copy of the same report; null unless status is duplicate'),
      duplicateReason: z
        .enum(DUPLICATE_REASONS)
        .nullable()
        .describe(
          'How it copies duplicateOf: exact_text (the same text), near_copy (most of the text word for word), rewrite (the same report retold: an edited copy, or the same headline-and-opening facts in other words); null when not a duplicate',
        ),
      similarity: z
        .number()
        .min(0)
        .max(1)
        .nullable()
        .describe(
          'Word overlap (Jaccard, 0..1) with duplicateOf behind the verdict: 1 for exact_text; for near_copy, over the whole text (5-word sequences, at least 0.8); for rewrite, the larger of the whole-text and the headline-and-opening (3-word sequences) overlap, which can be as low as 0.05 when the rewrite was matched on the same figures and names. Not a confidence. null when not a duplicate',
        ),
    })
    .describe('Deduplication verdict'),
  story: z
    .object({
      id: z.string().describe('Story id: articles about the same event share it'),
      similarity: z
        .number()
        .min(0)
        .max(1)
        .nullable()
        .describe(
          "The story model's probability (0..1) that the article reports the story's event (0.5 or more joins; a duplicate joins its original's story whatever its score); null when this article opened the story",
        ),
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
      fetchedVia: z
        .enum(FETCH_VIAS)
        .describe('http (a plain request) or browser (rendered in headless Chromium: the feed says render: browser, or auto found a script-built page)'),
      extractorVersion: z.string().describe('Version of the extraction rules'),
      pipelineVersion: z.string().describe('Version of the pipeline'),
      processedAt: z.string().describe('ISO 8601 time the document was built'),
    })
    .describe('Where and how the document was made'),
});

export type ArticleDocument = z.output<typeof articleDocumentSchema>;
