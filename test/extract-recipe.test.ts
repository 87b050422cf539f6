/**
 * Recipe pages: the ingredients and steps printed in widgets beside the cook's
 * introduction come from the page's JSON-LD Recipe object. Hand-written pages.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline/extract/index.js';
import { recipeLines, withRecipe } from '../pipeline/extract/recipe.js';

const URL = 'https://kitchen.example/island-rye-loaf';
const INTRO = [
  'The island bakery sells out of its rye loaves by nine most mornings, and the queue starts forming before the ferry docks.',
  'Its owner learned to bake from her grandmother, who ran the same ovens for forty years before the war closed the harbour.',
  'She still uses the starter her grandmother kept alive through the winters, feeding it twice a day with flour from the mainland.',
  'This is her recipe for the home oven, scaled down to one loaf and with a shorter rise for a cold kitchen in the winter.',
];
const RECIPE = {
  '@context': 'https://schema.org',
  '@type': 'Recipe',
  name: 'Island rye loaf',
  recipeIngredient: ['500 g dark rye flour', '350 ml warm water', '100 g rye starter', '2 tsp salt &amp; 1 tsp caraway'],
  recipeInstructions: [
    {
      '@type': 'HowToSection',
      name: 'The dough',
      itemListElement: [{ '@type': 'HowToStep', text: 'Mix the flour, water and starter into a stiff paste and leave it covered overnight.' }],
    },
    { '@type': 'HowToStep', text: 'Work in the salt and caraway, shape the loaf and let it rise for <b>two hours</b> in a warm place.' },
    { '@type': 'HowToStep', text: 'Bake at 220&#176;C for fifty minutes, until the loaf sounds hollow when tapped underneath.' },
  ],
};
const LINES = [
  '500 g dark rye flour',
  '350 ml warm water',
  '100 g rye starter',
  '2 tsp salt & 1 tsp caraway',
  'Mix the flour, water and starter into a stiff paste and leave it covered overnight.',
  'Work in the salt and caraway, shape the loaf and let it rise for two hours in a warm place.',
  'Bake at 220°C for fifty minutes, until the loaf sounds hollow when tapped underneath.',
];

function page(recipe: object | null, widget = ''): string {
  const ld = recipe ? `<script type="application/ld+json">${JSON.stringify({ '@graph': [recipe] })}</script>` : '';
  return `<!doctype html><html><head><title>Island rye loaf</title>${ld}</head><body><main><article><h1>Island rye loaf</h1><div class="intro">${INTRO.map((p) => `<p>${p}</p>`).join('')}</div>${widget}</article></main></body></html>`;
}

describe('recipes', () => {
  it('reads ingredients and steps (in sections, with markup and entities) from the Recipe object', () => {
    expect(recipeLines([RECIPE])).toEqual(LINES);
    expect(recipeLines([{ '@type': 'NewsArticle', headline: 'x' }])).toEqual([]);
  });

  it('closes the text with the recipe the page prints in a widget of its own', () => {
    const widget = `<div class="recipe-card" data-component="structured-ingredients"><ul>${LINES.slice(0, 4)
      .map((l) => `<li><span data-qty>${l.split(' ')[0]}</span> <span>${l.split(' ').slice(1).join(' ')}</span></li>`)
      .join('')}</ul></div>`;
    const { text } = extractArticle({ html: page(RECIPE, widget), url: URL });
    expect(text.split('\n\n')).toEqual([...INTRO, ...LINES]);
  });

  it('adds nothing when the text already has the recipe, or the page has no Recipe object', () => {
    const story = [...INTRO, ...LINES].join('\n\n');
    expect(withRecipe(story, [RECIPE])).toBe(story);
    expect(withRecipe(INTRO.join('\n\n'), [])).toBe(INTRO.join('\n\n'));
    expect(extractArticle({ html: page(null), url: URL }).text.split('\n\n')).toEqual(INTRO);
  });
});
