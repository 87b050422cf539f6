/**
 * The extract stage reads the page through shortcuts that must give exactly
 * what the plain DOM calls they replace give: tag lists from one walk instead
 * of getElementsByTagName, class values from the attribute node instead of
 * getAttribute('class') (which the linkedom patch keeps equal by storing the
 * class attribute as className would), list tests instead of selector queries,
 * and a sibling walk for text sizes. Each is checked against the plain call on
 * the golden pages and on markup made to find the edge cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  classOf,
  elementsOf,
  indexTags,
  parseDocument,
  solidTextSizes,
  tagOf,
  TEXT_NODE,
  toArray,
  type DomDocument,
  type DomNode,
} from '../pipeline/extract/dom.js';
import { labelKey } from '../pipeline/extract/classify.js';
import { DATE_CLASS, DATE_WORD_HINT, isNamedDate } from '../pipeline/extract/date-lines.js';
import * as constants from '../pipeline/extract/constants.js';
import { anyOf } from '../pipeline/extract/patterns.js';
import { canonicalLink, isBylineElement } from '../pipeline/extract/metadata.js';

const pagesDir = join(import.meta.dirname, 'fixtures/pages');

const EDGE_CASES = `<!doctype html><html><head>
<meta name="a" content="b"><link REL="Canonical" href="/one"><link rel="canonical" href="/two">
<script type="application/ld+json">{}</script></head><body class="  page \t page  home ">
<template id="t"><meta name="in-template" content="x"><h1>Template</h1><p>Inside</p>
<template><p>Deeper</p><article>Deep</article></template></template>
<h1 class="">Empty class</h1><h1 CLASS="Upper  Case">Upper-case name</h1>
<p class="a\u00a0b c\nd a">Odd white space</p><p class="x\u200by">Zero width</p>
<svg class="icon  icon"><title>t</title><script>1</script></svg>
<a rel="AUTHOR" href="#">A</a><a rel="author me">B</a><span itemprop="Author">C</span><span itemprop="author">D</span>
<div class="x  byline\tfoo">E</div><div class="bylines">F</div><div class="byline__name">G</div><div class="Author-Name">H</div>
<article><p>   \u200b </p><p>\u00a0text\u2003here</p><!-- comment --></article></body></html>`;

function documents(): Array<[string, DomDocument]> {
  const golden = readdirSync(pagesDir)
    .sort()
    .map((slug): [string, DomDocument] => [slug, parseDocument(readFileSync(join(pagesDir, slug, 'source.html'), 'utf8'))]);
  return [['edge cases', parseDocument(EDGE_CASES)], ...golden];
}

/** The sizes solidTextSizes gives, computed the plain way: childNodes, for every non-text node. */
function referenceSizes(root: DomNode): Map<DomNode, number> {
  const sizes = new Map<DomNode, number>();
  const visit = (node: DomNode): number => {
    if (node.nodeType === TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, '').length;
    const size = Array.from(node.childNodes).reduce((sum, child) => sum + visit(child), 0);
    sizes.set(node, size);
    return size;
  };
  visit(root);
  return sizes;
}

/** Short texts of the golden pages' elements, as rules read them (lower-cased ones too). */
function samplesOfDocs(): string[] {
  const texts = new Set<string>();
  for (const [, doc] of documents()) {
    for (const el of elementsOf(doc)) {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text.length > 0 && text.length < 600) texts.add(text).add(text.toLowerCase());
    }
  }
  return [...texts];
}

describe('extraction shortcuts give what the plain DOM calls give', () => {
  const docs = documents();

  it('lists by tag what getElementsByTagName lists, template contents included', () => {
    for (const [name, doc] of docs) {
      const tags = indexTags(elementsOf(doc));
      for (const tag of ['meta', 'script', 'h1', 'article', 'p', 'template', 'div', 'title']) {
        expect(tags.byTag(tag), `${name}: ${tag}`).toEqual(toArray(doc.getElementsByTagName(tag)));
      }
    }
    expect(indexTags(elementsOf(parseDocument(EDGE_CASES))).byTag('p')).toHaveLength(6);
  });

  it('reads the class attribute as getAttribute("class") does', () => {
    let classed = 0;
    for (const [name, doc] of docs) {
      for (const el of elementsOf(doc)) {
        expect(classOf(el), name).toBe(el.getAttribute('class'));
        if (el.hasAttribute('class')) classed++;
      }
    }
    expect(classed).toBeGreaterThan(100);
  });

  it('stores a parsed class attribute as setting className stores it', () => {
    const many = Array.from({ length: 17 }, (_, i) => `c${i}`);
    const raw = [
      '  page \t page  home ',
      '',
      'one',
      'a b c',
      'a b a',
      'b a b',
      'a\u00a0b c\nd a',
      'x\u200by',
      'icon  icon',
      'x  byline\tfoo',
      ' \n ',
      ' lead',
      'trail ',
      many.join(' '),
      [...many, 'c3'].join(' '),
    ];
    for (const value of raw) {
      for (const tag of ['div', 'svg']) {
        const doc = parseDocument(`<html><body><${tag} class="${value}"></${tag}><div id="ref"></div></body></html>`);
        const parsed = doc.querySelector(tag)!;
        const reference = doc.querySelector('#ref') as unknown as { className: string; getAttribute(name: string): string | null };
        reference.className = value;
        expect(parsed.getAttributeNode('class')?.value, JSON.stringify(value)).toBe(reference.getAttribute('class'));
        expect(classOf(parsed)).toBe(parsed.getAttribute('class'));
      }
    }
  });

  it('is applied to the installed linkedom (ESM and CommonJS builds)', () => {
    const root = createRequire(import.meta.url)
      .resolve('linkedom/package.json')
      .replace(/package\.json$/, '');
    for (const build of ['esm', 'cjs']) {
      const source = readFileSync(`${root}${build}/shared/parse-from-string.js`, 'utf8');
      const hint = `${build} build: run "npm ci" so that patch-package applies patches/`;
      expect(source, hint).toMatch(/attribute\.name === 'class' \? classValue\(value\)/);
    }
  });

  it('finds the byline elements and the canonical link the selectors find', () => {
    for (const [name, doc] of docs) {
      const all = elementsOf(doc);
      const selected = toArray(doc.querySelectorAll('a[rel="author"], [itemprop="author"], .byline__name, .author-name, .byline'));
      expect(all.filter(isBylineElement), name).toEqual(selected);
      expect(canonicalLink(all) ?? null, name).toBe(doc.querySelector('link[rel="canonical"]'));
    }
    const edge = elementsOf(parseDocument(EDGE_CASES))
      .filter(isBylineElement)
      .map((el) => el.textContent);
    expect(edge).toEqual(['A', 'D', 'E', 'G']);
  });

  it('names tags as tagName lower-cased does', () => {
    const odd = parseDocument(
      '<html><body><svg><linearGradient></linearGradient><foreignObject><p>x</p></foreignObject></svg><my-élan>y</my-élan><x-ß>z</x-ß></body></html>',
    );
    const created = odd.createElement('DIV');
    let checked = 0;
    for (const [name, doc] of [...docs, ['odd names', odd] as [string, DomDocument]]) {
      for (const el of [...elementsOf(doc), created]) {
        expect(tagOf(el), name).toBe(el.tagName.toLowerCase());
        checked++;
      }
    }
    expect(tagOf(odd.body?.firstChild?.firstChild)).toBe('lineargradient');
    expect(checked).toBeGreaterThan(1000);
  });

  it('keys labels as the chain of regex replacements does', () => {
    const reference = (text: string) =>
      text
        .toLowerCase()
        .replace(/[’]/g, "'")
        .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
        .replace(/\s*[·•|]\s*/g, ' · ')
        .replace(/\s+/g, ' ');
    // Letters, white space, punctuation, symbols, emoji (surrogate pairs) and lone surrogates.
    const alphabet = ['a', 'Z', 'é', ' ', '\u00a0', '\n', '!', '…', '«', '’', '·', '|', '•', '→', '$', '🔥', '\ud83d', '\udd25', '1'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const samples = ['', '🔥 Related 🔥', '«Also read»', ' … ', '— more —', 'a | b', '’tis', 'x\ud83d', '\udd25x'];
    for (let i = 0; i < 5000; i++) samples.push(Array.from({ length: next() % 9 }, () => alphabet[next() % alphabet.length]).join(''));
    for (const [, doc] of docs) for (const el of elementsOf(doc)) samples.push(el.textContent ?? '');
    for (const text of samples) expect(labelKey(text), JSON.stringify(text)).toBe(reference(text));
  });

  it('tests a list of patterns as one as some() tests them', () => {
    const lists = Object.values(constants).filter((v): v is RegExp[] => Array.isArray(v) && v.length > 0 && v.every((x) => x instanceof RegExp));
    // Lists whose patterns must stand alone or keep state: a back-reference, named groups, mixed flags, a global pattern.
    lists.push([/(z)y/, /(\w)\1/, /^ab/i, /(?<w>cd)\k<w>/, /(?<w>x)/, /(?<=q)r/u, /(?<w>e)/u], [/ab/g, /^cd/, /ef$/g]);
    expect(lists.length).toBeGreaterThan(8);
    const texts = ['aa', 'AB', 'cdcd', 'x', 'qr', 'abab', 'cdxx', 'xxef', '', ...samplesOfDocs()];
    let matched = 0;
    for (const list of lists) {
      const test = anyOf(list);
      // A separate copy of the list for some(), so global patterns keep their own lastIndex on each side.
      const copies = list.map((re) => new RegExp(re.source, re.flags));
      for (const text of texts) {
        const expected = copies.some((re) => re.test(text));
        expect(test(text), `${list[0]?.source}… on ${JSON.stringify(text.slice(0, 80))}`).toBe(expected);
        if (expected) matched++;
      }
    }
    expect(matched).toBeGreaterThan(50);
  });

  it('names date elements as the full class/id test does', () => {
    // The hint must hold for every word the full test knows, or it would turn dates away.
    const words = /\(\^\|\[-_\\s\]\)\(([^)]+)\)/.exec(DATE_CLASS.source)?.[1]?.split('|') ?? [];
    expect(words.length).toBeGreaterThan(5);
    for (const word of words) expect(DATE_WORD_HINT.test(word), word).toBe(true);
    const odd = parseDocument(
      '<html><body><span class="postDate">a</span><span id="x-TimeStamp">b</span><span data-testid="published-at">c</span><span class="update">d</span></body></html>',
    );
    let named = 0;
    for (const [name, doc] of [...docs, ['odd names', odd] as [string, DomDocument]]) {
      for (const el of elementsOf(doc)) {
        const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('data-testid') ?? ''}`;
        const expected = DATE_CLASS.test(names.replace(/([a-z])([A-Z])/g, '$1 $2'));
        expect(isNamedDate(el), name).toBe(expected);
        if (expected) named++;
      }
    }
    expect(named).toBeGreaterThan(10);
  });

  it('sizes text as the childNodes walk does', () => {
    for (const [name, doc] of docs) {
      const body = doc.body ?? doc.documentElement;
      expect(solidTextSizes(body), name).toEqual(referenceSizes(body));
    }
  });
});
