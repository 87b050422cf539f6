/**
 * patches/linkedom+*.patch (applied by `patch-package` on install) makes a
 * linkedom node create its listener map on the first addEventListener instead
 * of in its constructor: one WeakMap entry per parsed node was the largest
 * single cost of parsing a page (docs/benchmarks-history.md, Pipeline). These tests check
 * that the patch is in place and that events still behave.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('linkedom listener maps made on first use', () => {
  it('is applied to the installed linkedom (ESM and CommonJS builds)', () => {
    const root = require.resolve('linkedom/package.json').replace(/package\.json$/, '');
    for (const build of ['esm', 'cjs']) {
      const source = readFileSync(`${root}${build}/interface/event-target.js`, 'utf8');
      expect(source, `${build} build: run "npm ci" so that patch-package applies patches/`).not.toMatch(/constructor\(\)\s*\{\s*wm\.set\(this, new Map\)/);
      expect(source).toMatch(/if \(!map\)\s*wm\.set\(this, map = new Map\)/);
    }
  });

  it('still delivers, bubbles and removes listeners', () => {
    const { document, Event } = parseHTML('<html><body><div id="outer"><p id="inner">x</p></div></body></html>');
    const outer = document.getElementById('outer')!;
    const inner = document.getElementById('inner')!;
    const seen: string[] = [];
    const onInner = () => seen.push('inner');
    inner.addEventListener('ping', onInner);
    outer.addEventListener('ping', () => seen.push('outer'));
    inner.dispatchEvent(new Event('ping', { bubbles: true }));
    expect(seen).toEqual(['inner', 'outer']);
    inner.removeEventListener('ping', onInner);
    // A node that never had a listener: removing and dispatching are no-ops.
    document.body.removeEventListener('ping', onInner);
    expect(document.body.dispatchEvent(new Event('ping'))).toBe(true);
    inner.dispatchEvent(new Event('ping', { bubbles: true }));
    expect(seen).toEqual(['inner', 'outer', 'outer']);
  });
});
