import { tagClaims } from '../pipeline/claims/index.js';
const text = process.argv[2] ?? '';
for (const c of tagClaims({ articleId: 'x', title: '', text, publishedAt: null, language: 'en' }, { packs: [] }))
  console.log(JSON.stringify({ k: c.kind, v: c.value, src: c.source, st: c.sourceText, via: c.via, cue: c.cue, h: c.hedge, ss: c.sourceSpan && [c.sourceSpan.start, c.sourceSpan.text], cs: c.cueSpan && [c.cueSpan.start, c.cueSpan.text], ct: c.contentSpan && [c.contentSpan.start, c.contentSpan.text] }));
