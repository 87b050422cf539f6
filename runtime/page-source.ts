/**
 * A page's HTML as it reaches a runtime's compute port: the decoded string, the
 * response bytes (the thread decodes them: copying bytes into a thread costs far
 * less than copying a string of two-byte characters), or packed for a queue hop.
 */
import { decodeBody } from '../crawlers/charset.js';
import { inThreadCompute, type ChainCompute } from '../pipeline/chain/index.js';
import type { TagOptions } from '../pipeline/claims/index.js';
import type { FetchedPage } from '../pipeline/types.js';
import { unpackHtml } from './html-codec.js';

export type PageSource = { html: string } | { bytes: Uint8Array; contentType: string } | { packedHtml: string };

/** The bytes when the page has them (rendered pages do not), else the HTML; reading `html` is what decodes a fetched page. */
export function pageSourceOf(page: Pick<FetchedPage, 'html' | 'body' | 'contentType'>): PageSource {
  return page.body === undefined ? { html: page.html } : { bytes: page.body, contentType: page.contentType };
}

/** The page's HTML: the same decoding the fetch did (crawlers/http.ts), so the same string. */
export function htmlOf(source: PageSource): string {
  if ('html' in source) return source.html;
  if ('packedHtml' in source) return unpackHtml(source.packedHtml);
  return decodeBody(Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength), source.contentType).text;
}

/** The compute port on the calling thread, over any page source (no pool: `cpuThreads: 0`). */
export function inThreadPageCompute(tagger: TagOptions): ChainCompute<PageSource> {
  const inner = inThreadCompute(tagger);
  return {
    extract: (source, finalUrl, entry, fetchedAtMs) => inner.extract(htmlOf(source), finalUrl, entry, fetchedAtMs),
    features: inner.features,
    claims: inner.claims,
  };
}
