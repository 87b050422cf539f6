/**
 * The kind of a claim that carries no figure, from what its clause talks
 * about. Precedence: prediction > arms_supply > deployment > casualties >
 * statement. Patterns are data; the order above is the only logic.
 */
import type { ClaimKind } from '../types.js';

/** Supplying weapons: a supply verb, then a weapon within a few words. */
export const ARMS_SUPPLY_RE =
  /\b(?:provid\w*|suppl(?:y|ies|ied|ying)|deliver\w*|sen[dt]\w*|ship\w*|transfer\w*|sell\w*|sold|giv\w*)\b(?:\W+\w+){0,5}?\W+(?:weapons?|arms|missiles?|shells?|ammunition|artillery|drones?|rockets?|munitions?)\b/i;

/** Irrealis before an arms phrase: "not ruling out the possibility of providing weapons" is a policy statement. */
export const IRREALIS_RE = /\b(?:possibility|possibly|consider\w*|ruling out|rule out|would|plans? to)\b(?:\W+\w+){0,4}\W*$/i;

/** Deploying people. */
export const DEPLOYMENT_RE =
  /\b(?:deploy\w*|redeploy\w*|rotation|dispatch\w*|reinforcements?)\b|\b(?:sen[dt]\w*|utili[sz]\w*)\b(?:\W+\w+){0,4}?\W+(?:troops|soldiers|forces|personnel)\b/i;

/** A modal and a future marker together make a prediction. */
export const MODAL_RE = /\b(?:might|will|would|could|may|(?:is|are) (?:likely|expected) to)\b/i;
export const FUTURE_RE = /\b(?:in the future|in the coming|next (?:year|month|week)|soon)\b/i;

/** Casualty nouns as the direct object of a cue: "acknowledged North Korean casualties". */
export const CASUALTY_OBJECT_RE = /^\s*(?:\S+\s+){0,3}?(casualties|losses|deaths|fatalities|death toll)\b/i;
/** The measure a figureless casualty claim names. */
export const CASUALTY_NOUN_MEASURE: Readonly<Record<string, string>> = {
  casualties: 'casualties',
  losses: 'casualties',
  deaths: 'killed',
  fatalities: 'killed',
  'death toll': 'killed',
};
/** Fewest words a figureless statement must say beyond its attribution. */
export const MIN_STATEMENT_WORDS = 4;

/** Kind (and measure, for casualty nouns) of a figureless clause. */
export function classifyFigureless(clause: string, afterCue: string, predictiveCue: boolean): { kind: ClaimKind; measure: string | null } {
  if (MODAL_RE.test(clause) && (predictiveCue || FUTURE_RE.test(clause))) return { kind: 'prediction', measure: null };
  const arms = ARMS_SUPPLY_RE.exec(clause);
  if (arms && !IRREALIS_RE.test(clause.slice(0, arms.index))) return { kind: 'arms_supply', measure: null };
  if (DEPLOYMENT_RE.test(clause)) return { kind: 'deployment', measure: null };
  const object = CASUALTY_OBJECT_RE.exec(afterCue);
  if (object) return { kind: 'casualties', measure: CASUALTY_NOUN_MEASURE[(object[1] ?? '').toLowerCase()] ?? null };
  return { kind: 'statement', measure: null };
}
