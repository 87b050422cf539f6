// The wirewatch dashboard: feeds with their health, an "add feed" form, recent
// stories with articles and claims, and a story's claim timeline as a chart.
// Text from crawled pages is only ever set as textContent, never parsed as HTML.
'use strict';

const TOKEN_KEY = 'wirewatch_token';
const REFRESH_MS = 5000;
const STORIES_SHOWN = 20;
const CLAIMS_SHOWN = 4;
const SVG_NS = 'http://www.w3.org/2000/svg';
const CHART = { width: 720, height: 260, left: 64, right: 150, top: 16, bottom: 36 };
const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf'];

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') node.textContent = v;
    else if (k === 'className') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
}

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function when(iso) {
  return iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '-';
}

class Unauthorized extends Error {}

async function api(method, path, body) {
  const headers = {};
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await res.json().catch(() => ({}));
  if (res.status === 401) throw new Unauthorized('token needed');
  return { status: res.status, json };
}

function showLogin(message) {
  $('login').hidden = false;
  $('login-status').textContent = message;
}

// ---- feeds -----------------------------------------------------------------

function qualityCell(activity) {
  if (!activity) return el('td', { text: '-' });
  const q = activity.quality;
  if (q.recentShare === null) return el('td', { text: 'too few articles', className: 'empty' });
  const pct = (share) => (share === null ? '-' : `${Math.round(share * 100)}%`);
  const td = el('td', { text: `${pct(q.recentShare)} flagged (before: ${pct(q.previousShare)})` });
  if (q.drifting) td.append(el('span', { className: 'warn', text: ' drifting' }));
  return td;
}

function renderFeeds(feeds) {
  const body = $('feeds').querySelector('tbody');
  body.replaceChildren(
    ...feeds.map((feed) => {
      const h = feed.health;
      const a = feed.activity;
      const state = feed.shadowedBy ? `shadowed by "${feed.shadowedBy}"` : feed.paused ? 'paused' : 'active';
      const failures = h.consecutiveFailures === 0 ? '0' : `${h.consecutiveFailures} ${h.lastErrorCode ?? ''}`;
      const row = el(
        'tr',
        { 'data-feed-id': feed.id },
        el('td', {}, el('strong', { text: feed.id }), el('br'), el('a', { href: feed.url, text: feed.url, rel: 'noreferrer' })),
        el('td', { text: state }),
        el('td', { text: when(h.lastPolledAt) }),
        el('td', { text: when(h.lastSuccessAt) }),
        el('td', { text: a ? `${a.itemsLast24h} / ${a.itemsLast7d}` : '-' }),
        el('td', { text: a ? String(a.itemsPerDay) : '-' }),
        el('td', { text: `${a ? a.currentIntervalSecs : feed.pollIntervalSecs} s` }),
        el('td', { text: failures, className: h.consecutiveFailures > 0 ? 'error' : '', title: h.lastErrorMessage ?? '' }),
        qualityCell(a),
      );
      return row;
    }),
  );
}

// ---- stories ---------------------------------------------------------------

function claimText(c) {
  const figure = c.bound === 'range' ? [c.low, c.high].map((v) => v ?? '?').join('–') : `${c.bound && c.bound !== '=' ? `${c.bound} ` : ''}${c.value ?? '?'}`;
  const what = [c.measure, c.counted].filter(Boolean).join(' ');
  const who = c.source ? ` — ${c.source}${c.via ? ` via ${c.via}` : ''}` : '';
  return `${figure} ${what}${who}${c.hedge ? ` (${c.hedge})` : ''}`;
}

function renderStories(stories) {
  const box = $('stories');
  if (stories.length === 0) return box.replaceChildren(el('p', { className: 'empty', text: 'nothing published yet' }));
  box.replaceChildren(
    ...stories.map((story) => {
      const claims = story.articles.flatMap((a) => a.claims);
      const button = el('button', { type: 'button', text: 'timeline' });
      button.addEventListener('click', () => loadTimeline(story.id, story.title));
      return el(
        'div',
        { className: 'story', 'data-story-id': story.id },
        el('h3', { text: story.title }, el('span', { className: 'tag', text: `${story.articles.length} article(s)` }), el('span', { className: 'tag', text: `${claims.length} claim(s)` }), ' ', button),
        el(
          'ul',
          {},
          ...story.articles.map((a) =>
            el(
              'li',
              { className: 'article', 'data-article-id': a.id },
              el('a', { href: a.url, text: a.title, rel: 'noreferrer' }),
              el('span', { className: 'tag', text: a.outlet ?? a.feedId }),
              el('span', { className: 'tag', text: a.dedupStatus }),
              ...a.flags.map((f) => el('span', { className: 'tag warn', text: f })),
              a.claims.length > 0 ? el('div', { className: 'claims', text: a.claims.slice(0, CLAIMS_SHOWN).map(claimText).join(' · ') }) : null,
            ),
          ),
        ),
      );
    }),
  );
}

// ---- claim timeline chart --------------------------------------------------

/** One chart per series: figure (y) over time (x), one line per source. */
function seriesChart(series) {
  const points = series.points
    .map((p) => ({ ...p, t: p.when ? Date.parse(p.when) : NaN, y: p.value ?? p.high ?? p.low }))
    .filter((p) => Number.isFinite(p.t) && typeof p.y === 'number');
  const figure = el('figure', {}, el('figcaption', { text: `${series.subject ?? 'unspecified'} · ${series.family}${series.unit === 'share' ? ' (share)' : ''}` }));
  if (points.length === 0) {
    figure.append(el('p', { className: 'empty', text: 'no dated figures' }));
    return figure;
  }
  const { width, height, left, right, top, bottom } = CHART;
  const t0 = Math.min(...points.map((p) => p.t));
  const t1 = Math.max(...points.map((p) => p.t));
  const yMax = Math.max(...points.map((p) => p.y)) * 1.1 || 1;
  const x = (t) => (t1 === t0 ? left + (width - left - right) / 2 : left + ((t - t0) / (t1 - t0)) * (width - left - right));
  const y = (v) => top + (1 - v / yMax) * (height - top - bottom);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': `claim timeline of ${series.family}` });
  chart.append(svg('line', { x1: left, y1: height - bottom, x2: width - right, y2: height - bottom, stroke: '#8a939c' }));
  chart.append(svg('line', { x1: left, y1: top, x2: left, y2: height - bottom, stroke: '#8a939c' }));
  for (const v of [0, yMax / 2, yMax]) chart.append(svg('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end' }, Math.round(v).toLocaleString()));
  for (const t of t1 === t0 ? [t0] : [t0, t1]) chart.append(svg('text', { x: x(t), y: height - bottom + 16, 'text-anchor': 'middle' }, new Date(t).toISOString().slice(0, 10)));
  const sources = [...new Set(points.map((p) => p.source ?? 'unattributed'))];
  sources.forEach((source, i) => {
    const colour = COLOURS[i % COLOURS.length];
    const own = points.filter((p) => (p.source ?? 'unattributed') === source).sort((a, b) => a.t - b.t);
    if (own.length > 1) chart.append(svg('polyline', { points: own.map((p) => `${x(p.t)},${y(p.y)}`).join(' '), fill: 'none', stroke: colour, 'stroke-width': 2 }));
    for (const p of own) {
      const dot = svg('circle', { cx: x(p.t), cy: y(p.y), r: 5, fill: colour, 'data-source': source });
      dot.append(svg('title', {}, `${source}: ${p.y.toLocaleString()} ${p.measure} (${p.when}; ${p.outlets.join(', ')})`));
      chart.append(dot);
    }
    chart.append(svg('text', { x: width - right + 10, y: top + 14 + i * 16, fill: colour }, source));
  });
  figure.append(chart);
  return figure;
}

async function loadTimeline(storyId, title) {
  const { status, json } = await api('GET', `/stories/${encodeURIComponent(storyId)}/timeline`);
  $('timeline-section').hidden = false;
  $('timeline-title').textContent = `— ${title}`;
  const box = $('timeline');
  if (status !== 200) return box.replaceChildren(el('p', { className: 'error', text: `${json.error?.code}: ${json.error?.message}` }));
  if (json.series.length === 0) return box.replaceChildren(el('p', { className: 'empty', text: 'no figures tagged in this story' }));
  const flags = json.flags.map((f) => `${f.type}: ${f.measure ?? ''} ${f.source ?? ''}`.trim());
  box.replaceChildren(...json.series.map(seriesChart), flags.length > 0 ? el('p', { className: 'warn', text: flags.join(' · ') }) : '');
  $('timeline-section').scrollIntoView({ behavior: 'smooth' });
}

// ---- actions and refresh ---------------------------------------------------

async function refresh() {
  try {
    const feeds = await api('GET', '/feeds');
    if (feeds.status === 200) renderFeeds(feeds.json.feeds);
    const stories = await api('GET', `/stories?limit=${STORIES_SHOWN}`);
    if (stories.status === 200) renderStories(stories.json.stories);
    $('login').hidden = true;
  } catch (err) {
    if (err instanceof Unauthorized) showLogin(sessionStorage.getItem(TOKEN_KEY) ? 'wrong token' : 'this server needs its API token');
  }
}

$('login').addEventListener('submit', (event) => {
  event.preventDefault();
  const token = $('token').value.trim();
  sessionStorage.setItem(TOKEN_KEY, token);
  // Bull Board pages are plain navigations, which cannot carry a bearer header: it reads this cookie instead.
  document.cookie = `${TOKEN_KEY}=${encodeURIComponent(token)}; path=/queues; SameSite=Strict`;
  $('login-status').textContent = '';
  refresh();
});

$('add-feed').addEventListener('submit', async (event) => {
  event.preventDefault();
  const status = $('add-status');
  const interval = $('feed-interval').value;
  status.className = 'status';
  status.textContent = 'checking…';
  try {
    const { status: code, json } = await api('POST', '/feeds', { url: $('feed-url').value.trim(), ...(interval ? { intervalSecs: Number(interval) } : {}) });
    if (code === 200 || code === 201) {
      status.textContent = code === 201 ? `added "${json.feed.id}"` : `already registered as "${json.feed.id}"`;
      $('feed-url').value = '';
    } else {
      status.className = 'status error';
      status.textContent = `${json.error?.code}: ${json.error?.message}`;
    }
  } catch (err) {
    if (err instanceof Unauthorized) showLogin('this server needs its API token');
  }
  refresh();
});

$('crawl-now').addEventListener('click', async () => {
  const status = $('crawl-status');
  status.className = 'status';
  status.textContent = 'crawling…';
  try {
    const { status: code, json } = await api('POST', '/crawl');
    if (code === 200) status.textContent = `done: ${json.published} published, ${json.pageErrors.length} page error(s)`;
    else {
      status.className = 'status error';
      status.textContent = `${json.error?.code}: ${json.error?.message}`;
    }
  } catch (err) {
    if (err instanceof Unauthorized) showLogin('this server needs its API token');
  }
  refresh();
});

refresh();
setInterval(refresh, REFRESH_MS);
