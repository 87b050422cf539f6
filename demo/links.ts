import { outletById } from './outlets.js';
import type { DemoArticle } from './types.js';

/**
 * The addresses of one article. Every article has a canonical path and an AMP
 * copy; feeds and home pages may link a variant (utm parameters, AMP) so that a
 * crawler following them meets the same article under several URLs.
 */

export function ampPath(article: DemoArticle): string {
  const style = outletById(article.outletId).ampStyle;
  return style === 'path-suffix' ? `${article.path}/amp` : `${article.path}?outputType=amp`;
}

/** The path (with query) the outlet's feed gives for the article. */
export function feedLinkPath(article: DemoArticle): string {
  if (article.linking.feedUsesAmp) return ampPath(article);
  return withQuery(article.path, article.linking.feedQuery);
}

/** The path (with query) the outlet's home page links the article with. */
export function homeLinkPath(article: DemoArticle): string {
  return withQuery(article.path, article.linking.homeQuery);
}

/** Every non-canonical path the demo links or serves for the article. */
export function variantPaths(article: DemoArticle): string[] {
  const all = [ampPath(article), feedLinkPath(article), homeLinkPath(article)];
  return [...new Set(all)].filter((p) => p !== article.path);
}

export function sectionPath(outletId: DemoArticle['outletId'], slug: string): string {
  return `${outletById(outletId).prefix}/section/${slug}`;
}

function withQuery(path: string, query: string | undefined): string {
  return query ? `${path}?${query}` : path;
}
