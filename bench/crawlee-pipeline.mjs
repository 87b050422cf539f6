// The baseline crawler of bench/pipeline.ts: Crawlee's CheerioCrawler reads
// each RSS feed, fetches every linked article and runs plain Readability on
// it (on linkedom or jsdom), pushing {url, title, byline, text} to an
// in-memory dataset. No dedup, no claims. It runs in its own process so that
// it shares no event loop with the fixture servers, as wirewatch's workers do.
//
//   node bench/crawlee-pipeline.mjs '{"feeds":[...],"dom":"linkedom","concurrency":8,"packagesDir":"bench/.crawlee"[,"linkedomDir":"."]}'
//
// Prints one JSON line at the end: {"done":true,"articles":N,"failed":N,...}.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const options = JSON.parse(process.argv[2] ?? '{}');
// The baseline's packages live in their own folder (bench/.crawlee), outside the project's dependencies.
const requireFrom = createRequire(join(options.packagesDir, 'package.json'));
const load = async (name, from = requireFrom) => {
  const mod = await import(pathToFileURL(from.resolve(name)).href);
  return mod.default ?? mod;
};
const storageDir = mkdtempSync(join(tmpdir(), 'wirewatch-bench-crawlee-'));
process.env.CRAWLEE_STORAGE_DIR = storageDir;
process.env.CRAWLEE_PERSIST_STORAGE = 'false';

const { CheerioCrawler, Configuration, log, LogLevel } = await load('crawlee');
const { Readability } = await load('@mozilla/readability');
const cheerio = await load('cheerio');
log.setLevel(LogLevel.WARNING);

/** Readability mutates the document, so each page gets its own. */
let newDocument;
if (options.dom === 'jsdom') {
  const { JSDOM, VirtualConsole } = await load('jsdom');
  const quiet = new VirtualConsole();
  newDocument = (html, url) => new JSDOM(html, { url, virtualConsole: quiet }).window.document;
} else {
  // "linkedomDir": linkedom from another install (the project's, with its patch), for a stricter baseline.
  const { parseHTML } = await load('linkedom', options.linkedomDir ? createRequire(join(options.linkedomDir, 'package.json')) : requireFrom);
  newDocument = (html) => parseHTML(html).document;
}

let articles = 0;
let empty = 0;
let failed = 0;
let textChars = 0;
const concurrency = options.concurrency ?? 8;
const crawler = new CheerioCrawler(
  {
    // Pinned, so the autoscaler's slow start-up ramp does not count against the baseline.
    minConcurrency: concurrency,
    maxConcurrency: concurrency,
    maxRequestRetries: 2,
    requestHandlerTimeoutSecs: 120,
    respectRobotsTxtFile: true,
    additionalMimeTypes: ['application/rss+xml'],
    async requestHandler({ request, body, crawler: self, pushData }) {
      if (request.label === 'FEED') {
        // application/rss+xml is handed over unparsed (Crawlee parses only text/xml and application/xml).
        const $ = cheerio.load(body.toString(), { xml: true });
        const links = $('item > link')
          .map((_, el) => $(el).text().trim())
          .get();
        await self.addRequests(links.map((url) => ({ url, label: 'ARTICLE' })));
        return;
      }
      const html = typeof body === 'string' ? body : body.toString('utf8');
      const article = new Readability(newDocument(html, request.loadedUrl ?? request.url)).parse();
      if (!article?.textContent?.trim()) empty++;
      articles++;
      textChars += article?.textContent?.length ?? 0;
      await pushData({
        url: request.loadedUrl,
        title: article?.title ?? null,
        byline: article?.byline ?? null,
        publishedTime: article?.publishedTime ?? null,
        text: article?.textContent ?? '',
      });
    },
    failedRequestHandler({ request }, error) {
      failed++;
      if (failed <= 5) process.stderr.write(`failed ${request.url}: ${error.message}\n`);
    },
  },
  new Configuration({ persistStorage: false, purgeOnStart: true }),
);

const stats = await crawler.run((options.feeds ?? []).map((url) => ({ url, label: 'FEED' })));
process.stdout.write(
  `${JSON.stringify({ done: true, articles, empty, failed, textChars, requestsFinished: stats.requestsFinished, requestsFailed: stats.requestsFailed })}\n`,
);
rmSync(storageDir, { recursive: true, force: true });
