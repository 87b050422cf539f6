/**
 * A recipe's ingredients and steps, read from the page's JSON-LD Recipe
 * object. Recipe pages print them in widgets of their own (structured
 * ingredient lists, step cards) beside the story, where neither the content
 * root nor Readability takes them: the text kept the cook's introduction and
 * lost the recipe. They close the text, where the page prints them.
 */
import { normalizeSpace } from './dom.js';
import { typesOf, type JsonObject } from './jsonld.js';

/** Steps nest in sections (HowToSection → itemListElement → HowToStep → text) this many hops deep at most. */
const MAX_STEP_DEPTH = 8;
/** Over this share of a part's lines (ingredients, steps) already in the text, the text has that part: nothing of it is added. */
const PRESENT_MAX_SHARE = 0.5;

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** JSON-LD strings often carry markup and HTML entities, some escaped twice ("&amp;#39;"). */
function plain(text: string): string {
  let out = text.replace(/<[^>]+>/g, ' ');
  for (let pass = 0; pass < 2; pass++) {
    out = out.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    });
  }
  return normalizeSpace(out);
}

/** The steps of recipeInstructions: a string, HowToStep objects, or HowToSections holding them. */
function stepTexts(value: unknown, depth = 0): string[] {
  if (depth > MAX_STEP_DEPTH || value === null || value === undefined) return [];
  if (typeof value === 'string') return value.split(/\n+/).map(plain).filter(Boolean);
  if (Array.isArray(value)) return value.flatMap((v) => stepTexts(v, depth + 1));
  if (typeof value !== 'object') return [];
  const obj = value as JsonObject;
  if (obj.itemListElement !== undefined) return stepTexts(obj.itemListElement, depth + 1);
  return stepTexts(obj.text ?? obj.name, depth + 1);
}

/** The Recipe object's ingredient lines and steps, each empty when the page has none. */
export function recipeParts(objects: readonly JsonObject[]): { ingredients: string[]; steps: string[] } {
  const recipe = objects.find((o) => typesOf(o).includes('recipe'));
  if (!recipe) return { ingredients: [], steps: [] };
  const listed = recipe.recipeIngredient ?? recipe.ingredients;
  const ingredients = (Array.isArray(listed) ? listed : [listed]).filter((i): i is string => typeof i === 'string').map(plain);
  return { ingredients: ingredients.filter(Boolean), steps: stepTexts(recipe.recipeInstructions) };
}

/** The ingredient lines then the steps of the page's Recipe object; empty when it has none. */
export function recipeLines(objects: readonly JsonObject[]): string[] {
  const { ingredients, steps } = recipeParts(objects);
  return [...ingredients, ...steps];
}

/**
 * The text with the recipe's ingredients and its steps after it, each part
 * only when the text lacks most of its lines (a page may print the ingredients
 * as a list the extraction took and the steps as cards it did not); the text
 * unchanged when the page has no Recipe object.
 */
export function withRecipe(text: string, objects: readonly JsonObject[]): string {
  if (text === '') return text;
  const { ingredients, steps } = recipeParts(objects);
  if (ingredients.length === 0 && steps.length === 0) return text;
  const flat = normalizeSpace(text);
  const missing = (lines: string[]): string[] => {
    const absent = lines.filter((line) => !flat.includes(line));
    return lines.length - absent.length > lines.length * PRESENT_MAX_SHARE ? [] : absent;
  };
  const added = [...missing(ingredients), ...missing(steps)];
  return added.length === 0 ? text : [text, ...added].join('\n\n');
}
