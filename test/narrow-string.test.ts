// Extracted text leaves extraction in the one-byte string form when it can, whatever the
// page it was cut from: v8.serialize writes one byte a character for such a string, two otherwise.
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline/extract/index.js';
import { narrowString } from '../pipeline/extract/narrow-string.js';

const bytesPerChar = (s: string): number => Math.round(serialize(s).length / s.length);
/** Latin-1 text made two-byte the way a page makes it: cut from a string holding a character above U+00FF. */
const twoByte = (s: string): string => `\u2014${s}`.slice(1);

describe('narrowString', () => {
  const latin1 = 'Café prices rose 5% to €… no: to £3.20, the owner said. '.replace('€…', 'about').repeat(20);

  it('keeps the content and makes a Latin-1 string one-byte', () => {
    const wide = twoByte(latin1);
    expect(bytesPerChar(wide)).toBe(2);
    const narrow = narrowString(wide);
    expect(narrow).toBe(latin1);
    expect(bytesPerChar(narrow)).toBe(1);
  });

  it('leaves a string with characters beyond Latin-1 as it is', () => {
    const s = `“Quoted,” she said — ${latin1}`;
    expect(narrowString(s)).toBe(s);
    expect(narrowString('')).toBe('');
  });

  it('is applied to the title and text extractArticle returns', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: ${latin1.slice(0, 300)}</p>`).join('');
    const html = `<html><head><title>Prices rise at the café</title></head><body><nav>Home → News</nav><article><h1>Prices rise at the café</h1>${paragraphs}</article></body></html>`;
    const article = extractArticle({ html, url: 'https://example.com/news/prices' });
    expect(article.text.length).toBeGreaterThan(1000);
    expect(bytesPerChar(article.text)).toBe(1);
    expect(bytesPerChar(article.title)).toBe(1);
  });
});
