/**
 * Golden pages for the extract stage: each folder under fixtures/pages holds a
 * source.html and an expected.json. Every extraction bug fixed adds a page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline/extract/index.js';
import type { ExtractedArticle } from '../pipeline/types.js';

interface Golden {
  url: string;
  /** Fields that must equal these values exactly. */
  expected: Partial<ExtractedArticle>;
  /** Flags that must be present (others allowed). */
  flagsInclude?: string[];
  /** Strings that must each be one whole paragraph of the text (headings, first and last paragraphs). */
  paragraphs?: string[];
  mustContain: string[];
  mustNotContain: string[];
  minParagraphs?: number;
}

const pagesDir = join(import.meta.dirname, 'fixtures/pages');
const slugs = readdirSync(pagesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe('extractArticle on golden pages', () => {
  it('has golden pages to run', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(5);
  });

  for (const slug of slugs) {
    describe(slug, () => {
      const golden = JSON.parse(readFileSync(join(pagesDir, slug, 'expected.json'), 'utf8')) as Golden;
      const html = readFileSync(join(pagesDir, slug, 'source.html'), 'utf8');
      const result = extractArticle({ html, url: golden.url });
      const paragraphs = result.text === '' ? [] : result.text.split('\n\n');

      it('gets the expected fields', () => {
        for (const [key, value] of Object.entries(golden.expected)) {
          expect(result[key as keyof ExtractedArticle], key).toEqual(value);
        }
        for (const flag of golden.flagsInclude ?? []) expect(result.flags).toContain(flag);
      });

      it('keeps the story and drops the clutter', () => {
        for (const s of golden.mustContain) expect(result.text).toContain(s);
        for (const s of golden.mustNotContain) expect(result.text).not.toContain(s);
      });

      it('keeps paragraph breaks and headings as their own paragraphs', () => {
        for (const p of golden.paragraphs ?? []) expect(paragraphs).toContain(p);
        expect(paragraphs.length).toBeGreaterThanOrEqual(golden.minParagraphs ?? 0);
        // Whitespace is normalised inside paragraphs; only the separator holds newlines.
        for (const p of paragraphs) expect(p).toBe(p.replace(/\s+/g, ' ').trim());
      });
    });
  }
});
