/**
 * Fault matrix D9: budgets on every page. Deep nesting is flattened below a
 * depth cap (the cost of the walks stays linear in the page), and extraction on
 * the CPU pool has a deadline: past it the thread is recycled and the page fails
 * with EXTRACT_TIMEOUT while other pages go on. Timings of the cap itself are a
 * benchmark (bench/extract-nesting.ts), not a test.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { elementsOf, parseDocument, type DomNode } from '../pipeline/extract/dom.js';
import { capDomDepth, MAX_DOM_DEPTH, mayExceedDepth } from '../pipeline/extract/limits.js';
import { extractArticle } from '../pipeline/extract/index.js';
import { errorCode, errorKind } from '../pipeline/errors.js';
import { CpuPool } from '../runtime/cpu-pool.js';

const PROSE = 'The river rose by two metres overnight and the town council opened the emergency shelter at the school gym before dawn.';

/** The page of the fault matrix, 100,000 unclosed <div><span>, each with some text (4 MB). */
function unclosedNesting(levels: number): string {
  return `<html><head><title>Deep</title></head><body>${'<div><span>flood waters rose again today '.repeat(levels)}</body></html>`;
}

function maxDepth(root: DomNode): number {
  let max = 0;
  const stack: Array<[DomNode, number]> = [[root, 0]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top;
    if (depth > max) max = depth;
    for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) stack.push([child, depth + 1]);
  }
  return max;
}

const article = (n: number) =>
  `<!doctype html><html><head><title>Flood ${n}</title></head><body><article><h1>Flood ${n}</h1>${`<p>${PROSE}</p>`.repeat(6)}</article></body></html>`;

describe('D9 extraction budgets', () => {
  it('D9 nesting below the depth cap is flattened to its text, in order, blocks kept apart; a normal page is untouched', () => {
    const doc = parseDocument(`<html><body>${'<div>'.repeat(5000)}<p>first</p><p>second</p>${'</div>'.repeat(5000)}<p>after</p></body></html>`);
    expect(capDomDepth(doc)).toBe(1);
    expect(maxDepth(doc.documentElement)).toBeLessThanOrEqual(MAX_DOM_DEPTH);
    // Short pieces are joined into one paragraph, blocks separated by a space.
    expect(doc.body?.textContent).toBe('first second after');

    const page = parseDocument(readFileSync(new URL('./fixtures/pages/wp-related-you-missed/source.html', import.meta.url), 'utf8'));
    const before = page.documentElement.innerHTML;
    expect(capDomDepth(page)).toBe(0);
    expect(page.documentElement.innerHTML).toBe(before);
  });

  it('D9 the cap runs only when an element lies deeper than it, or a template hides elements from the list', () => {
    const nested = (levels: number, inner = '<p>x</p>') =>
      parseDocument(`<html><body>${'<div>'.repeat(levels)}${inner}${'</div>'.repeat(levels)}<p>after</p></body></html>`);
    // html (1) > body (2) > the divs > p: the p sits at depth levels + 3.
    for (const levels of [MAX_DOM_DEPTH - 4, MAX_DOM_DEPTH - 3, MAX_DOM_DEPTH - 2]) {
      const doc = nested(levels);
      const deep = levels + 3 > MAX_DOM_DEPTH;
      expect(mayExceedDepth(elementsOf(doc)), `${levels} levels`).toBe(deep);
      expect(capDomDepth(doc) > 0, `${levels} levels`).toBe(deep);
    }
    // Siblings after a deep branch are as deep as their own parents only.
    const wide = parseDocument(`<html><body>${'<div><span>a</span></div>'.repeat(2 * MAX_DOM_DEPTH)}</body></html>`);
    expect(mayExceedDepth(elementsOf(wide))).toBe(false);
    // A template's contents count at their depth in the page, nested templates too.
    for (const [inner, deep] of [
      [`<template>${'<div>'.repeat(MAX_DOM_DEPTH)}</template>`, true],
      [`<template>${'<div>'.repeat(MAX_DOM_DEPTH - 10)}</template>`, false],
      [`<template><div><template>${'<div>'.repeat(MAX_DOM_DEPTH - 7)}</template></div></template>`, true],
      [`<template><div><template>${'<div>'.repeat(MAX_DOM_DEPTH - 8)}</template></div></template>`, false],
    ] as const) {
      const doc = nested(3, inner);
      expect(mayExceedDepth(elementsOf(doc)), inner.slice(0, 40)).toBe(deep);
      expect(capDomDepth(doc) > 0, inner.slice(0, 40)).toBe(deep);
    }
  });

  it('D9 a 100,000-level page no longer overflows the stack: its text is extracted', () => {
    const result = extractArticle({
      html: `<html><body>${'<div>'.repeat(100_000)}<p>${PROSE}</p>${'</div>'.repeat(100_000)}</body></html>`,
      url: 'https://example.test/deep',
    });
    expect(result.text).toContain('The river rose by two metres');
  });

  describe('on the CPU pool', () => {
    // Below what the 4 MB page costs even flattened (parsing it takes about as long), far above a small article.
    const DEADLINE_MS = 1000;
    const pool = new CpuPool({ threads: 2, taskDeadlineMs: DEADLINE_MS });
    afterAll(() => pool.close());
    const entry = (n: number) => ({ url: `https://example.test/${n}`, feedId: 'f' });

    it('D9 a 100k-deep nested page ends at the deadline with EXTRACT_TIMEOUT while the next page is processed; the thread is recycled', async () => {
      await pool.warm();
      // The JIT's first pass over the pipeline is not a page's cost: one page on each thread first.
      await Promise.all([0, 0].map((n) => pool.extract({ html: article(n) }, entry(n).url, entry(n))));
      const started = Date.now();
      const deep = pool.extract({ html: unclosedNesting(100_000) }, entry(1).url, entry(1)).then(
        () => null,
        (err: unknown) => ({ err, afterMs: Date.now() - started }),
      );
      const next = await pool.extract({ html: article(2) }, entry(2).url, entry(2));
      expect(next.text).toContain('The river rose by two metres');
      const failed = await deep;
      expect(failed).not.toBeNull();
      expect(errorCode(failed?.err)).toBe('EXTRACT_TIMEOUT');
      expect(errorKind(failed?.err)).toBe('permanent');
      expect((failed?.err as { context?: Record<string, unknown> } | undefined)?.context).toMatchObject({ url: entry(1).url, deadlineMs: DEADLINE_MS });
      // Rejected at the deadline, not when the parse would have ended.
      expect(failed?.afterMs).toBeLessThan(DEADLINE_MS + 1500);
      // Both threads work after the recycling: two pages at once.
      const after = await Promise.all([3, 4].map((n) => pool.extract({ html: article(n) }, entry(n).url, entry(n))));
      expect(after.map((a) => a.title)).toEqual(['Flood 3', 'Flood 4']);
    });
  });
});
