// Measure packs and source aliases as data: the shipped YAML packs, the
// `claims` section of wirewatch.yaml, and what an operator's pack changes in
// the claims of an article.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfigFile, parseConfig } from '../config/load.js';
import { loadShippedPackFiles, tagOptionsFrom } from '../config/packs.js';
import {
  CONFLICT_PACK,
  DEFAULT_GAZETTEER,
  DEFAULT_MEASURES,
  DEFAULT_PACKS,
  packVocabulary,
  SHIPPED_PACKS,
  tagClaims,
  type TagOptions,
} from '../pipeline/claims/index.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'wirewatch-packs-'));
}

function tag(text: string, options?: TagOptions) {
  return tagClaims({ articleId: 'pack', title: '', text, publishedAt: '2026-03-02' }, options);
}

describe('shipped packs', () => {
  it('the generated module is the YAML files (run `npm run packs` after editing them)', () => {
    expect(SHIPPED_PACKS).toEqual(loadShippedPackFiles());
  });

  it('the conflict pack is the default lexicon and gazetteer', () => {
    expect(Object.keys(SHIPPED_PACKS)).toEqual(expect.arrayContaining(['conflict', 'layoffs']));
    expect(DEFAULT_MEASURES).toBe(CONFLICT_PACK.measures);
    expect(DEFAULT_GAZETTEER.sources).toBe(CONFLICT_PACK.sources);
    expect(DEFAULT_MEASURES.find((m) => m.phrase === 'killed')).toEqual({ phrase: 'killed', measure: 'killed', kind: 'casualties' });
    expect(DEFAULT_GAZETTEER.kinds?.reuters).toBe('media');
  });
});

describe('pack vocabulary', () => {
  it('is built once per packs and aliases, so the regex and source caches keyed on it hold across articles', () => {
    const aliases = { 'acme-motors': ['Acme'] };
    expect(packVocabulary(DEFAULT_PACKS, undefined)).toBe(packVocabulary(DEFAULT_PACKS, undefined));
    expect(packVocabulary(DEFAULT_PACKS, aliases)).toBe(packVocabulary(DEFAULT_PACKS, aliases));
    expect(packVocabulary(DEFAULT_PACKS, aliases)).not.toBe(packVocabulary(DEFAULT_PACKS, undefined));
    expect(packVocabulary(DEFAULT_PACKS, aliases).gazetteer.sources['acme-motors']).toEqual(['Acme']);
    // A copy (as a worker thread or a queue job receives the options) finds the same one.
    expect(packVocabulary(structuredClone([...DEFAULT_PACKS]), structuredClone(aliases))).toBe(packVocabulary(DEFAULT_PACKS, aliases));
  });
});

describe('claims section of the config', () => {
  it('turns on the default packs and nothing else when the section is missing', () => {
    const options = tagOptionsFrom(parseConfig({}));
    expect(options.packs?.map((p) => p.name)).toEqual(['conflict']);
    expect(options.aliases).toBeUndefined();
  });

  it('takes shipped names, inline packs and aliases, and can drop the defaults', () => {
    const options = tagOptionsFrom(
      parseConfig({
        claims: {
          defaultPacks: false,
          packs: ['layoffs', { name: 'outbreaks', measures: [{ measure: 'infected', phrases: ['infected', 'fell ill'] }] }],
          aliases: { 'acme-motors': ['Acme Motors', 'Acme'] },
        },
      }),
    );
    expect(options.packs?.map((p) => p.name)).toEqual(['layoffs', 'outbreaks']);
    expect(options.packs?.[1]?.measures).toEqual([
      { phrase: 'infected', measure: 'infected', kind: 'other' },
      { phrase: 'fell ill', measure: 'infected', kind: 'other' },
    ]);
    expect(options.aliases).toEqual({ 'acme-motors': ['Acme Motors', 'Acme'] });
    // Plain data: it crosses threads and queues as it is.
    expect(structuredClone(options)).toEqual(options);
  });

  it('reads a pack file named relative to the config file', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'prices.yaml'),
      [
        'name: prices',
        'measures:',
        '  - measure: price_rise',
        '    phrases: [price rise, prices rose]',
        'sources:',
        '  ons: { kind: organisation, names: [Office for National Statistics, ONS] }',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'wirewatch.yaml'), 'claims:\n  packs: [./prices.yaml]\n');
    const options = tagOptionsFrom(loadConfigFile(join(dir, 'wirewatch.yaml')));
    expect(options.packs?.map((p) => p.name)).toEqual(['conflict', 'prices']);
    expect(options.packs?.[1]).toMatchObject({ sources: { ons: ['Office for National Statistics', 'ONS'] }, kinds: { ons: 'organisation' } });
  });

  it('refuses an unknown pack name, a bad inline pack and a bad pack file, each with its path', () => {
    expect(() => parseConfig({ claims: { packs: ['layofs'] } })).toThrow(/claims\.packs\.0: unknown pack "layofs"/);
    expect(() => parseConfig({ claims: { packs: [{ name: 'Bad Name', measures: [{ measure: 'x', phrases: [] }] }] } })).toThrow(ConfigError);
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), 'name: bad\nmeasures:\n  - measure: Laid Off\n    kind: sometimes\n    phrases: [laid off]\n');
    writeFileSync(join(dir, 'wirewatch.yaml'), 'claims:\n  packs: [bad.yaml, missing.yaml]\n');
    let error: unknown;
    try {
      loadConfigFile(join(dir, 'wirewatch.yaml'));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const paths = (error as ConfigError).problems.map((p) => p.path);
    expect(paths).toEqual([
      expect.stringMatching(/^claims\.packs\.0 .*measures\.0\.measure$/),
      expect.stringMatching(/^claims\.packs\.0 .*measures\.0\.kind$/),
      'claims.packs.1',
    ]);
  });
});

describe('an operator pack changes what is tagged', () => {
  const sentence = 'About 300 workers were laid off at the Ohio plant in March, Acme said.';

  it('without the pack the figure is a plain quantity and the speaker unknown', () => {
    const [claim] = tag(sentence);
    expect(claim).toMatchObject({ kind: 'quantity', measure: null, value: 300, bound: '~', source: null, sourceText: 'Acme' });
  });

  it('with the layoffs pack and an alias it is a layoff figure from a known source', () => {
    const options = tagOptionsFrom(parseConfig({ claims: { packs: ['layoffs'], aliases: { 'acme-motors': ['Acme Motors', 'Acme'] } } }));
    const claims = tag(sentence, options);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ kind: 'other', measure: 'laid_off', value: 300, bound: '~', counted: 'workers', source: 'acme-motors', cue: 'said' });
  });

  it('an inline pack measures what no shipped pack knows', () => {
    const text = 'At least 45 people were infected after the festival, the health ministry said.';
    expect(tag(text)[0]).toMatchObject({ kind: 'quantity', measure: null, value: 45 });
    const options = tagOptionsFrom(parseConfig({ claims: { packs: [{ name: 'outbreaks', measures: [{ measure: 'infected', phrases: ['infected'] }] }] } }));
    expect(tag(text, options)[0]).toMatchObject({ kind: 'other', measure: 'infected', value: 45, bound: '>=' });
  });

  it('a measure of `counts: forces` takes figures of armed forces and emergency crews only', () => {
    const pack = { name: 'patrols', measures: [{ measure: 'patrolling', kind: 'deployment', counts: 'forces', phrases: ['patrolled'] }] };
    const options = tagOptionsFrom(parseConfig({ claims: { defaultPacks: false, packs: [pack] } }));
    expect(tag('About 200 police patrolled the streets.', options)[0]).toMatchObject({ kind: 'deployment', measure: 'patrolling', value: 200 });
    expect(tag('About 200 volunteers patrolled the streets.', options)[0]).toMatchObject({ kind: 'quantity', measure: null, value: 200 });
    expect(() => parseConfig({ claims: { packs: [{ ...pack, measures: [{ ...pack.measures[0], counts: 'materiel' }] }] } })).toThrow(ConfigError);
  });

  it('a pack applies to articles in its language only', () => {
    const text = 'At least 45 people were infected after the festival.';
    const pack = (language: string) => ({ name: `outbreaks-${language}`, language, measures: [{ measure: 'infected', phrases: ['infected'] }] });
    expect(tag(text, tagOptionsFrom(parseConfig({ claims: { packs: [pack('en')] } })))[0]).toMatchObject({ measure: 'infected' });
    expect(tag(text, tagOptionsFrom(parseConfig({ claims: { packs: [pack('de')] } })))[0]).toMatchObject({ kind: 'quantity', measure: null });
  });

  it('without the default packs a casualty figure is a plain quantity', () => {
    const options = tagOptionsFrom(parseConfig({ claims: { defaultPacks: false } }));
    expect(tag('At least 12 people were killed in the blast.')[0]).toMatchObject({ kind: 'casualties', measure: 'killed' });
    expect(tag('At least 12 people were killed in the blast.', options)[0]).toMatchObject({ kind: 'quantity', measure: null, value: 12, bound: '>=' });
  });
});
