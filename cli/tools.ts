/**
 * The single-item tools: extract, dedup and claims over a file, stdin or JSONL,
 * printing JSON. They run the very stage functions the crawl runs.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import {
  buildClaimTimeline,
  DEFAULT_PACKS,
  languageSupported,
  packGazetteer,
  tagClaims,
  timelineInputOf,
  type TagOptions,
  type TimelineInput,
} from '../pipeline/claims/index.js';
import { articleDocumentSchema, OUTPUT_SCHEMA_ID } from '../pipeline/output.js';
import { createMemoryDedupStore, dedupArticle } from '../pipeline/dedup/index.js';
import { extractArticle } from '../pipeline/extract/index.js';
import { InputError, LineError, optionalString, readFileMaybeGzip, readTextInput, requireString, requireUrl, runBatch, endBatch } from './io.js';

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

function resolveBeside(path: string, jsonlFile: string): string {
  if (isAbsolute(path) || jsonlFile === '-' || existsSync(path)) return path;
  return resolve(dirname(jsonlFile), path);
}

export interface ExtractOptions {
  url?: string;
  jsonl?: string;
  /** Fetch this URL with the crawler's fetcher, then extract it. */
  fetch?: string;
  /** Config file for `fetch` (crawler settings and URL policy). */
  config?: string;
}

/**
 * Fetches a page through the crawl fetcher, with every rule a crawl applies
 * (URL policy against private addresses, robots.txt, size caps, deadlines),
 * and extracts it against its final URL.
 */
async function fetchAndExtract(url: string, configFile: string | undefined): Promise<void> {
  const { loadConfig } = await import('../config/load.js');
  const { createHttpFetcher } = await import('../crawlers/crawl-fetcher.js');
  const fetcher = createHttpFetcher(loadConfig(configFile).crawler);
  try {
    const page = await fetcher.fetchPage(url);
    print(extractArticle({ html: page.html, url: page.finalUrl }));
  } finally {
    await fetcher.close();
  }
}

export async function extractCommand(file: string | undefined, options: ExtractOptions): Promise<void> {
  if (options.fetch !== undefined) {
    if (file !== undefined || options.jsonl !== undefined) throw new InputError('extract: --fetch URL takes no file and no --jsonl');
    return fetchAndExtract(options.fetch, options.config);
  }
  if (options.jsonl) {
    const jsonl = options.jsonl;
    const counts = await runBatch(jsonl, (value) => {
      const id = requireString(value, 'id');
      const url = requireUrl(value, 'url');
      const htmlPath = resolveBeside(requireString(value, 'html_path'), jsonl);
      try {
        print({ id, ...extractArticle({ html: readFileMaybeGzip(htmlPath), url }) });
      } catch (err) {
        // A page that cannot be read or extracted is an item's failure, not a bad line: it gets an error line with a code.
        print({ id, error: { code: 'EXTRACT_FAILED', message: (err as Error).message } });
      }
    });
    endBatch(counts);
    return;
  }
  if (!file) throw new InputError('extract: give a file (or - for stdin) with --url, --fetch URL, or --jsonl FILE');
  if (!options.url) throw new InputError('extract: --url URL is required with a single page (links and metadata resolve against it)');
  print(extractArticle({ html: await readTextInput(file), url: options.url }));
}

export async function dedupCommand(options: { jsonl: string }): Promise<void> {
  const store = createMemoryDedupStore();
  const inputIdByArticle = new Map<string, string>();
  const counts = await runBatch(options.jsonl, async (value) => {
    const id = requireString(value, 'id');
    const url = requireUrl(value, 'url');
    const text = requireString(value, 'text');
    const published = optionalString(value, 'published');
    const verdict = await dedupArticle(
      {
        url,
        canonicalUrl: optionalString(value, 'canonicalUrl') ?? url,
        title: optionalString(value, 'title') ?? '',
        text,
        publishedAt: published,
        seenAt: published ?? new Date().toISOString(),
      },
      store,
    );
    if (!inputIdByArticle.has(verdict.articleId)) inputIdByArticle.set(verdict.articleId, id);
    print({
      id,
      articleId: verdict.articleId,
      status: verdict.status,
      storyId: verdict.storyId,
      duplicateOf: verdict.duplicateOf ? (inputIdByArticle.get(verdict.duplicateOf) ?? verdict.duplicateOf) : null,
      duplicateReason: verdict.duplicateReason,
      similarity: verdict.similarity,
      storySimilarity: verdict.storySimilarity,
    });
  });
  endBatch(counts);
}

/**
 * Tag each line's claims. With `timeline`, lines may also carry `storyId`,
 * `siteName` (or `outlet`) and `duplicateOf` (an input id), and one last line
 * `{"timeline": ...}` gives the storyline timeline of everything read.
 */
export async function claimsCommand(options: { jsonl: string; timeline?: boolean; tagger?: TagOptions }): Promise<void> {
  const tagOptions = options.tagger;
  const items: TimelineInput[] = [];
  const counts = await runBatch(options.jsonl, (value) => {
    if (value.schema === OUTPUT_SCHEMA_ID) {
      // A published document (out/articles.ndjson): its claims are already tagged.
      const doc = articleDocumentSchema.safeParse(value);
      if (!doc.success) throw new LineError('DOCUMENT_INVALID', `not a valid ${OUTPUT_SCHEMA_ID} document`);
      print({ id: doc.data.article.id, claimsStatus: doc.data.claimsStatus, claims: doc.data.claims });
      if (options.timeline) items.push(timelineInputOf(doc.data));
      return;
    }
    const id = requireString(value, 'id');
    const published = optionalString(value, 'published');
    const input = {
      articleId: id,
      title: optionalString(value, 'title') ?? '',
      text: requireString(value, 'text'),
      publishedAt: published,
      language: optionalString(value, 'language'),
    };
    const claims = tagClaims(input, tagOptions);
    print({ id, claimsStatus: languageSupported(input) ? 'tagged' : 'language_not_supported', claims });
    if (options.timeline) {
      items.push({
        articleId: id,
        claims,
        published,
        outlet: optionalString(value, 'siteName') ?? optionalString(value, 'outlet'),
        storyId: optionalString(value, 'storyId'),
        duplicateOf: optionalString(value, 'duplicateOf'),
      });
    }
  });
  // The timeline knows the same sources (and which relay others) as the tagger.
  if (options.timeline) print({ timeline: buildClaimTimeline(items, { gazetteer: packGazetteer(tagOptions?.packs ?? DEFAULT_PACKS, tagOptions?.aliases) }) });
  endBatch(counts);
}
