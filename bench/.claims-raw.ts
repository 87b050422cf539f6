import { readFileSync } from 'node:fs';
import { tagClaims } from '../pipeline/claims/index.js';
const raw = readFileSync('/work/shared/seeds/000_6275b9eade664fba.txt', 'utf8');
const [title, ...rest] = raw.split('\n');
for (const c of tagClaims({ articleId: 'x', title: title ?? '', text: rest.join('\n'), publishedAt: null })) console.log(c.kind, c.measure, c.value, c.source, '|', c.sentence.slice(0, 80));
