/**
 * The `render: auto` gate: which raw HTML is sent to the browser. Pure string
 * checks, no Chromium needed.
 */
import { describe, expect, it } from 'vitest';
import { looksScriptBuilt } from '../crawlers/browser/index.js';
import { APP_PAGE, ARTICLE_PAGE, ARTICLE_TEXT } from './helpers/browser-pages.js';

const BUNDLE = `!function(){${'var a=function(b){return b&&b.c?b.d:b};'.repeat(200)}}();`;

describe('looksScriptBuilt', () => {
  it('is true for an app shell with an empty mount point and a noscript warning', () => {
    expect(looksScriptBuilt(APP_PAGE)).toBe(true);
  });

  it('is false for a server-rendered article', () => {
    expect(looksScriptBuilt(ARTICLE_PAGE)).toBe(false);
  });

  it('is false for a server-rendered page that also hydrates from a large JSON state', () => {
    const state = JSON.stringify({ article: { body: ARTICLE_TEXT.repeat(20) } });
    const html = `<body><div id="__next"><article><p>${ARTICLE_TEXT}</p><p>${ARTICLE_TEXT}</p></article></div>
      <script id="__NEXT_DATA__" type="application/json">${state}</script><script>${BUNDLE}</script></body>`;
    expect(looksScriptBuilt(html)).toBe(false);
  });

  it('is true for a body of inline script with almost no text, even without a known mount point', () => {
    const html = `<html><body><div class="shell"><span>Loading…</span></div><script>${BUNDLE}</script></body></html>`;
    expect(looksScriptBuilt(html)).toBe(true);
  });

  it('is true when the article lives only in an inline JSON state blob', () => {
    const state = JSON.stringify({ article: { body: ARTICLE_TEXT.repeat(10) } });
    const html = `<body><main></main><script>window.__INITIAL_STATE__=${state}</script><script src="/app.js"></script></body>`;
    expect(looksScriptBuilt(html)).toBe(true);
  });

  it('is false for a short page with a little analytics script (nothing to gain from a browser)', () => {
    const html = `<body><h1>Brief</h1><p>Markets closed higher on Friday.</p><script>window.dataLayer=[];</script></body>`;
    expect(looksScriptBuilt(html)).toBe(false);
  });

  it('is true for a framework mount point with only a comment inside', () => {
    expect(looksScriptBuilt('<body><div id="app"><!-- app --></div><script src="/main.js"></script></body>')).toBe(true);
  });
});
