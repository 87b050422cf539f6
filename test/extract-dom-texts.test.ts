// The extractor reads each element's text once (DomTexts) and hands out plain arrays (toArray):
// a text read before a removal must not outlive it, and a list must filter as an Array does.
import { describe, expect, it } from 'vitest';
import { DomTexts, parseDocument, textOf, toArray, type DomElement } from '../pipeline/extract/dom.js';

const page = () =>
  parseDocument(
    '<html><body><div id=story><p id=lead>Ferries ran <span id=ad>ADVERTISEMENT</span> on time.</p><p id=next>All of them.</p></div><div id=side>Other</div></body></html>',
  );
const byId = (root: ReturnType<typeof page>, id: string) => root.querySelector(`#${id}`) as DomElement;

describe('DomTexts', () => {
  it('reads an element once and gives what textOf gives', () => {
    const doc = page();
    const texts = new DomTexts();
    const story = byId(doc, 'story');
    expect(texts.read(story)).toBe(textOf(story));
    expect(texts.read(null)).toBe('');
  });

  it('forgets the texts of the ancestors of a removed element, and only theirs', () => {
    const doc = page();
    const texts = new DomTexts();
    const [story, lead, next, side] = ['story', 'lead', 'next', 'side'].map((id) => byId(doc, id));
    expect(texts.read(lead)).toBe('Ferries ran ADVERTISEMENT on time.');
    expect(texts.read(story)).toBe('Ferries ran ADVERTISEMENT on time.All of them.');
    const before = [texts.read(next), texts.read(side)];
    texts.remove(byId(doc, 'ad'));
    expect(texts.read(lead)).toBe('Ferries ran on time.');
    expect(texts.read(story)).toBe(textOf(story as DomElement));
    expect([texts.read(next), texts.read(side)]).toEqual(before);
    expect(doc.querySelector('#ad')).toBeNull();
  });
});

describe('toArray', () => {
  it('hands out a plain Array for a linkedom list, whose filter and slice are plain arrays too', () => {
    const list = page().querySelectorAll('p');
    expect(Array.isArray(list) && list.constructor !== Array).toBe(true);
    const array = toArray(list);
    expect(array.constructor).toBe(Array);
    expect(array.filter(() => true).constructor).toBe(Array);
    expect(array.map((p) => p.localName)).toEqual(['p', 'p']);
    const plain = [1, 2];
    expect(toArray(plain)).toBe(plain);
  });
});
