import { startDemoSites } from '../demo/server.js';
import { DEMO_ARTICLES } from '../demo/expectations.js';
import { extractArticle } from '../pipeline/extract/index.js';
const s = await startDemoSites();
for (const a of DEMO_ARTICLES) {
  const url = s.baseUrl + a.path;
  const r = extractArticle({ html: await (await fetch(url)).text(), url });
  const { text, ...rest } = r;
  console.log('=====', a.outletId, JSON.stringify(rest));
  const ps = text.split('\n\n'); console.log(ps.length, 'paras; first:', ps[0]?.slice(0,100)); console.log('   last3:', ps.slice(-3).map(p=>p.slice(0,90)));
}
await s.close();
