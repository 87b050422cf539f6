/**
 * findMeasures' reference for the equivalence tests: every phrase's regex over the whole sentence, in lexicon order,
 * without the prefilters and the shared key search the fast form uses.
 */
import { DEFAULT_MEASURES } from '../../pipeline/claims/measures.js';
import { CALENDAR_WORDS, execAll } from '../../pipeline/claims/text.js';

export function measuresByEveryRegex(text: string): string[] {
  const out: string[] = [];
  for (const entry of DEFAULT_MEASURES) {
    const body = entry.phrase
      .trim()
      .split(/\s+/)
      .map((w) => {
        if (w === '…' || w === '...') return '(?:\\S+\\s+){0,6}?';
        if (w === '<Place>') return '(?<place>[A-Za-z]+)\\s+';
        return `${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+`;
      })
      .join('')
      .replace(/\\s\+$/, '');
    for (const m of execAll(new RegExp(`(?<![\\w-])${body}(?![\\w-])`, 'gi'), text)) {
      const place = m.groups?.place;
      if (entry.phrase.includes('<Place>') && (place === undefined || !/^[A-Z]/.test(place) || CALENDAR_WORDS.has(place.toLowerCase()))) continue;
      out.push(`${m.index}-${m.index + m[0].length} ${entry.phrase}`);
    }
  }
  return out;
}
