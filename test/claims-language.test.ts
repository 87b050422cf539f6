// The language gate: an article the tagger cannot read gets no claims and a
// flag saying so; English, however short, is never refused for lack of evidence.
import { describe, expect, it } from 'vitest';
import { guessLanguage, languageSupported, tagClaims } from '../pipeline/claims/index.js';

const article = (title: string, text: string, language?: string | null) => ({ articleId: 'lang', title, text, publishedAt: null, language });

const GERMAN =
  'Der Autobauer will in diesem Jahr rund 3.000 Stellen streichen, sagte ein Sprecher des Unternehmens am Montag. Die Gewerkschaft kündigte Widerstand an und verlangt, dass die Werke in Deutschland erhalten bleiben.';
const FRENCH =
  "Au moins 12 personnes ont été tuées dans l'explosion, selon la police. Le gouvernement a annoncé une enquête et les secours sont toujours sur place pour rechercher des survivants.";
const SPANISH =
  'El banco central subió los tipos de interés en un 0,5%, según un comunicado publicado el jueves. La inflación se mantiene por encima del objetivo y el gobierno pidió calma a los mercados.';
const RUSSIAN = 'По данным министерства, в результате наводнения эвакуированы более 3000 человек. Власти объявили режим чрезвычайной ситуации.';

describe('language gate', () => {
  it('tells English from other languages by their function words and script when none is declared', () => {
    expect(guessLanguage(article('', GERMAN))).toBe('de');
    expect(guessLanguage(article('', FRENCH))).toBe('fr');
    expect(guessLanguage(article('', SPANISH))).toBe('es');
    expect(guessLanguage(article('', RUSSIAN))).toBe('und');
  });

  it('never refuses short or figure-heavy English', () => {
    const short = [
      "South Korea's intelligence service estimates that around 6,000 North Korean soldiers fighting alongside Russian forces have been killed or wounded, Yonhap news agency reported.",
      'Shares of Nvidia jumped 8% to $142.50 on Tuesday.',
      'Arsenal 2-1 Chelsea: Saka double seals derby win',
      'Q3 revenue: $4.2bn (+12% y/y); EPS $1.05 vs $0.98 est.',
    ];
    for (const text of short) expect(languageSupported(article('', text)), text).toBe(true);
  });

  it('takes the declared language of the page first', () => {
    expect(languageSupported(article('', 'At least 12 people were killed.', 'en-GB'))).toBe(true);
    expect(languageSupported(article('', 'At least 12 people were killed.', 'de'))).toBe(false);
    expect(languageSupported(article('', GERMAN, null))).toBe(false);
  });

  it('gives an unsupported article no claims, and the same English text its claims', () => {
    expect(tagClaims(article('Stellenabbau bei Autobauer', GERMAN))).toEqual([]);
    expect(tagClaims(article('Explosion', FRENCH))).toEqual([]);
    const english = tagClaims(article('', 'The carmaker will cut about 3,000 jobs this year, a spokesman said on Monday.'));
    expect(english.map((c) => c.value)).toContain(3000);
  });
});
