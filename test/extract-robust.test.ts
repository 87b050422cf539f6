/**
 * The extract stage never throws and never hangs on a page: malformed or
 * hostile markup gives a result, and a page the parser cannot handle at all
 * comes back empty, flagged, with `method: 'none'`.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline/extract/index.js';

const URL_ = 'https://example.test/story';
const PROSE = 'The river rose by two metres overnight and the town council opened the emergency shelter at the school gym before dawn.';

describe('extractArticle on broken pages', () => {
  it('keeps the story of a page with unclosed and stray tags', () => {
    const html = `<html><head><title>Flood</title><body><div><p>${PROSE}<p>${PROSE} Again.</div></span></td><table><tr><p>${PROSE}</body>`;
    const result = extractArticle({ html, url: URL_ });
    expect(result.text).toContain('The river rose by two metres');
    expect(result.method).not.toBe('none');
  });

  it('returns for deeply nested markup without throwing', () => {
    const depth = 20000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${PROSE}</p>${'</div>'.repeat(depth)}</body></html>`;
    const result = extractArticle({ html, url: URL_ });
    expect(typeof result.text).toBe('string');
  });

  it('returns an empty, flagged result with method none when parsing fails', () => {
    // A value that cannot even be read as a string stands for input the parser rejects.
    const unreadable = {
      toString: () => {
        throw new Error('unreadable');
      },
    } as unknown as string;
    const result = extractArticle({ html: unreadable, url: URL_, hints: { title: 'From the feed' } });
    expect(result.method).toBe('none');
    expect(result.text).toBe('');
    expect(result.flags).toContain('thin');
    expect(result.title).toBe('From the feed');
  });

  it('handles empty and binary-looking input', () => {
    expect(extractArticle({ html: '', url: URL_ }).text).toBe('');
    expect(extractArticle({ html: '\u0000\u0001<\u00ff>\ufffd'.repeat(1000), url: URL_ }).method).toBeTypeOf('string');
  });
});
