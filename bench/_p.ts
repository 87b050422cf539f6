import { cueFeatures, cueModel, cueProbability } from '../pipeline/claims/attribution-cues.js';
import { ATTRIBUTION_LEXICON_EN } from '../pipeline/claims/attribution-spans.js';
const m = cueModel(ATTRIBUTION_LEXICON_EN.model);
const s = process.argv[2] ?? '';
for (const w of s.matchAll(/[A-Za-z]+/g)) { const f = cueFeatures(s, w.index ?? 0, (w.index ?? 0) + w[0].length, w[0].toLowerCase()); if (m.has(f[0] as string)) console.log(w[0], cueProbability(m, f).toFixed(2), f.map((x) => `${x}:${m.get(x) ?? '-'}`).join(' ')); }
