/**
 * Test pages for the browser tests: each one does what a hostile or difficult
 * news page does (builds its article in JavaScript, reaches for internal
 * addresses, spins, crashes, opens dialogs and downloads).
 */

/** The cloud metadata address: refused before any connection, so it needs no listener. */
export const METADATA_HOST = '169.254.169.254';

export const ARTICLE_TEXT =
  'Officials said on Tuesday that the reservoir had fallen to its lowest level in forty years, ' +
  'and that rationing would begin in the northern districts next month. Farmers in the valley ' +
  'described a season of failed crops and rising costs, while the water authority said repairs ' +
  'to the main aqueduct would not be finished before the autumn rains. The ministry promised ' +
  'emergency funds, though it gave no figure and no date for their release.';

export const ARTICLE_PAGE = `<!doctype html><html><head><title>Reservoir at record low</title></head><body>
<article><h1>Reservoir at record low</h1><p>${ARTICLE_TEXT}</p><p>${ARTICLE_TEXT}</p></article>
<script>window.analytics = { page: 'article' };</script></body></html>`;

export const APP_PAGE = `<!doctype html><html><head><title>App</title>
<link rel="preload" href="/font.woff2" as="font" crossorigin></head><body>
<noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"></div><img src="/pixel.png" alt="">
<script>
  fetch('/api/article.json').then((r) => r.json()).then((a) => {
    const root = document.getElementById('root');
    root.innerHTML = '<article><h1>' + a.title + '</h1>' + a.paragraphs.map((p) => '<p>' + p + '</p>').join('') + '</article>';
  });
</script></body></html>`;

export function b7Page(canary: string): string {
  const targets = [canary, METADATA_HOST];
  const attempts = targets
    .map(
      (host) => `
  fetch('http://${host}/fetch').catch(() => {});
  try { new WebSocket('ws://${host}/ws'); } catch (e) {}
  try { new WebSocket('wss://${host}/wss'); } catch (e) {}
  window.open('http://${host}/popup');
  new Worker(URL.createObjectURL(new Blob(["fetch('http://${host}/worker').catch(() => {})"], { type: 'text/javascript' })));`,
    )
    .join('\n');
  const tags = targets.map((host) => `<img src="http://${host}/img.png"><iframe src="http://${host}/frame"></iframe>`).join('');
  return `<!doctype html><html><body><p id="marker">b7 page rendered</p>${tags}<script>${attempts}</script></body></html>`;
}

export const E13_PAGE = `<!doctype html><html><body>
<a id="dl" href="/download" download="report.bin">download</a>
<p id="dialogs">dialogs pending</p>
<script>
  document.getElementById('dl').click();
  let dismissed = 0;
  for (let i = 0; i < 20; i++) { alert('alert ' + i); dismissed++; }
  const confirmed = confirm('leave?');
  const answer = prompt('name?', 'default');
  document.getElementById('dialogs').textContent = 'dialogs answered: ' + dismissed + ', confirm=' + confirmed + ', prompt=' + answer;
  setInterval(() => alert('again'), 50);
  window.open('file:///etc/passwd');
</script></body></html>`;

/** Traffic the policy allows must still work through the proxy: a POST body and a WebSocket. */
export const ALLOWED_TRAFFIC_PAGE = `<!doctype html><html><body><p id="echo">no echo</p><p id="ws">no websocket</p><script>
  fetch('/echo', { method: 'POST', body: 'posted body 42' }).then((r) => r.text()).then((t) => { document.getElementById('echo').textContent = 'echo: ' + t; });
  const ws = new WebSocket('ws://' + location.host + '/ws');
  ws.onmessage = (e) => { document.getElementById('ws').textContent = 'websocket: ' + e.data; };
</script></body></html>`;

/** Allocates until the renderer's V8 heap cap ends it: a renderer crash from page content. */
export const OOM_PAGE = `<!doctype html><html><body><p>allocating</p><script>
  const hoard = []; for (;;) hoard.push(new Array(1e6).fill(Math.random()));
</script></body></html>`;
