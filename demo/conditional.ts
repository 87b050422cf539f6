import { createHash } from 'node:crypto';

/**
 * Conditional GET (RFC 9110 §13): If-None-Match wins over If-Modified-Since;
 * a resource is unchanged when a listed ETag matches (weak comparison) or
 * when it was last modified no later than the given date.
 */

/** Strong ETag from the body: the same bytes give the same tag on every variant URL. */
export function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`;
}

export interface ConditionalHeaders {
  ifNoneMatch: string | undefined;
  ifModifiedSince: string | undefined;
}

export function isNotModified(headers: ConditionalHeaders, etag: string, lastModified: Date): boolean {
  if (headers.ifNoneMatch !== undefined) {
    const tags = headers.ifNoneMatch.split(',').map((t) => t.trim());
    return tags.includes('*') || tags.some((t) => opaque(t) === opaque(etag));
  }
  if (headers.ifModifiedSince !== undefined) {
    const since = Date.parse(headers.ifModifiedSince);
    // HTTP dates have whole seconds: compare at that precision.
    return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
  }
  return false;
}

function opaque(tag: string): string {
  return tag.startsWith('W/') ? tag.slice(2) : tag;
}
