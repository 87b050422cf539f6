// The wirewatch dashboard: what the server needs before it shows anything
// (signed out), then feeds with their health, an "add feed" form, the claim
// timeline across stories, and recent stories with their articles, claims
// (written by the same code as the CLI: /present.js) and per-story timelines.
import { claimWords } from '/present.js';
import { $, el, link, when } from '/dom.js';
import { refreshTimeline, showTimeline } from '/timeline.js';

const TOKEN_KEY = 'wirewatch_token';
const REFRESH_MS = 5000;
const STORIES_SHOWN = 20;
/** Figure claims shown per article before "more". */
const CLAIMS_SHOWN = 4;

class Unauthorized extends Error {}

/** What this server runs (GET /capabilities); read once, before signing in. */
let capabilities = null;
/** The last /stories answer drawn, to redraw only on change (and keep open timelines open). */
let shownStories = '';

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

// ---- signed in or out ------------------------------------------------------

function showNav() {
  const links = [];
  if (capabilities.metrics) links.push(el('a', { href: '/metrics', text: 'metrics' }));
  // Bull Board is mounted in the distributed mode only; elsewhere /queues would be a 404.
  if (capabilities.queues) links.push(el('a', { href: '/queues/', text: 'queues' }));
  links.push(el('a', { href: '/openapi.json', text: 'API' }));
  $('links').replaceChildren(...links.flatMap((a, i) => (i === 0 ? [a] : [' · ', a])));
}

function signedOut(reason) {
  $('signed-in').hidden = true;
  $('session').hidden = true;
  $('signed-out').hidden = false;
  $('signed-out-reason').textContent = reason;
  shownStories = '';
}

function signedIn() {
  $('signed-out').hidden = true;
  $('signed-in').hidden = false;
  $('session').hidden = !capabilities.tokenRequired;
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
  if (feeds.length === 0) return body.replaceChildren(el('tr', {}, el('td', { colspan: 9, className: 'empty', text: 'no feeds yet: add one above' })));
  body.replaceChildren(
    ...feeds.map((feed) => {
      const h = feed.health;
      const a = feed.activity;
      const state = feed.shadowedBy ? `shadowed by "${feed.shadowedBy}"` : feed.paused ? 'paused' : 'active';
      const failures = h.consecutiveFailures === 0 ? '0' : `${h.consecutiveFailures} ${h.lastErrorCode ?? ''}`;
      return el(
        'tr',
        { 'data-feed-id': feed.id },
        el('td', {}, el('strong', { text: feed.id }), el('br'), link(feed.url, feed.url)),
        el('td', { text: state }),
        el('td', { text: when(h.lastPolledAt) }),
        el('td', { text: when(h.lastSuccessAt) }),
        el('td', { text: a ? `${a.itemsLast24h.toLocaleString('en-US')} / ${a.itemsLast7d.toLocaleString('en-US')}` : '-' }),
        el('td', { text: a ? String(a.itemsPerDay) : '-' }),
        el('td', { text: `${(a ? a.currentIntervalSecs : feed.pollIntervalSecs).toLocaleString('en-US')} s` }),
        el('td', { text: failures, className: h.consecutiveFailures > 0 ? 'error' : '', title: h.lastErrorMessage ?? '' }),
        qualityCell(a),
      );
    }),
  );
}

// ---- stories ---------------------------------------------------------------

const hasFigure = (c) => c.value !== null || c.low !== null || c.high !== null;

function claimItem(claim, names) {
  const w = claimWords(claim, names);
  return el(
    'li',
    { className: 'claim' },
    w.figure ? el('strong', { className: 'figure', text: w.figure }) : null,
    w.figure && w.what ? ' ' : '',
    w.what,
    el('span', { className: 'who', text: ` · ${w.source}${w.via ? `, via ${w.via}` : ''}`, title: claim.source ?? '' }),
    w.hedge ? el('span', { className: 'tag warn', text: w.hedge }) : null,
    w.inHeadline ? el('span', { className: 'tag', text: 'headline' }) : null,
  );
}

/** An attributed statement without a figure: who said what. */
function statementItem(claim, names) {
  const w = claimWords(claim, names);
  return el(
    'li',
    { className: 'claim statement' },
    el('span', { className: 'who', text: `${w.source}${w.via ? `, via ${w.via}` : ''}: ` }),
    `“${w.says}”`,
    w.hedge ? el('span', { className: 'tag warn', text: w.hedge }) : null,
  );
}

function claimList(claims, names) {
  const figures = claims.filter(hasFigure);
  // Statements are shown when someone is named: unattributed sentences are the article's own voice.
  const statements = claims.filter((c) => !hasFigure(c) && c.source !== null && claimWords(c, names).says !== null);
  if (figures.length === 0 && statements.length === 0) return null;
  const first = el('ul', { className: 'claims' }, ...figures.slice(0, CLAIMS_SHOWN).map((c) => claimItem(c, names)));
  const rest = figures.slice(CLAIMS_SHOWN);
  const more = [];
  if (rest.length > 0) more.push(el('details', {}, el('summary', { text: `${rest.length} more figure(s)` }), el('ul', { className: 'claims' }, ...rest.map((c) => claimItem(c, names)))));
  if (statements.length > 0) {
    more.push(el('details', {}, el('summary', { text: `${statements.length} attributed statement(s)` }), el('ul', { className: 'claims' }, ...statements.map((c) => statementItem(c, names)))));
  }
  return el('div', {}, first, ...more);
}

function storyTimelineLoader(storyId) {
  return async (params) => {
    const query = new URLSearchParams({ story: storyId, ...Object.fromEntries(Object.entries(params).filter(([, v]) => v)) });
    const { status, json } = await api('GET', `/timeline?${query}`);
    if (status !== 200) throw new Error(`${json.error?.code}: ${json.error?.message}`);
    return json;
  };
}

function storyElement(story, names) {
  const figures = story.articles.flatMap((a) => a.claims.filter(hasFigure));
  const box = el('div', { className: 'story-timeline', hidden: '' });
  const button = el('button', { type: 'button', text: 'figures over time' });
  button.addEventListener('click', async () => {
    box.hidden = !box.hidden;
    if (!box.hidden) await showTimeline(box, storyTimelineLoader(story.id)).catch((err) => box.replaceChildren(el('p', { className: 'error', text: err.message })));
  });
  const outlets = new Set(story.articles.map((a) => a.outlet ?? a.feedId));
  return el(
    'div',
    { className: 'story', 'data-story-id': story.id },
    el(
      'h3',
      { text: story.title },
      el('span', { className: 'tag', text: `${story.articles.length} article(s), ${outlets.size} outlet(s)` }),
      el('span', { className: 'tag', text: `${figures.length} figure(s)` }),
      ' ',
      figures.length > 0 ? button : null,
    ),
    el(
      'ul',
      {},
      ...story.articles.map((a) =>
        el(
          'li',
          { className: 'article', 'data-article-id': a.id },
          link(a.url, a.title),
          el('span', { className: 'tag', text: a.outlet ?? a.feedId }),
          el('span', { className: 'tag', text: a.publishedAt ? a.publishedAt.slice(0, 10) : 'undated' }),
          a.dedupStatus === 'new' ? null : el('span', { className: 'tag', text: a.dedupStatus }),
          ...a.flags.map((f) => el('span', { className: 'tag warn', text: f })),
          claimList(a.claims, names),
        ),
      ),
    ),
    box,
  );
}

/** Draws the stories when they changed; true when they did. */
function renderStories({ stories, sourceNames }) {
  const key = JSON.stringify(stories);
  if (key === shownStories) return false;
  shownStories = key;
  const box = $('stories');
  if (stories.length === 0) box.replaceChildren(el('p', { className: 'empty', text: 'no story yet: add a feed and crawl' }));
  else box.replaceChildren(...stories.map((story) => storyElement(story, sourceNames)));
  return true;
}

// ---- the claim timeline across stories -------------------------------------

async function loadCrossTimeline(params) {
  const query = new URLSearchParams(Object.fromEntries(Object.entries(params).filter(([, v]) => v)));
  const { status, json } = await api('GET', `/timeline?${query}`);
  if (status !== 200) throw new Error(`${json.error?.code}: ${json.error?.message}`);
  return json;
}

/** Draws the timeline across stories, keeping the series and source the reader picked. */
async function showCrossTimeline() {
  const box = $('cross-timeline');
  await refreshTimeline(box, loadCrossTimeline).catch((err) => {
    if (err instanceof Unauthorized) throw err;
    box.replaceChildren(el('p', { className: 'error', text: err.message }));
  });
}

// ---- actions and refresh ---------------------------------------------------

async function refresh() {
  if (capabilities === null) return;
  if (capabilities.tokenRequired && !sessionStorage.getItem(TOKEN_KEY)) return signedOut('This server needs its API token before it shows feeds, stories and claims.');
  try {
    const feeds = await api('GET', '/feeds');
    signedIn();
    if (feeds.status === 200) renderFeeds(feeds.json.feeds);
    if (!capabilities.stories) return;
    const stories = await api('GET', `/stories?limit=${STORIES_SHOWN}`);
    // New articles can move any figure: the timeline is drawn again when the stories change.
    if (stories.status === 200 && renderStories(stories.json) && stories.json.stories.length > 0) await showCrossTimeline();
  } catch (err) {
    if (err instanceof Unauthorized) signedOut('That token was refused: it is not the api.token this server was started with.');
  }
}

async function start() {
  const res = await fetch('/capabilities');
  capabilities = await res.json();
  showNav();
  $('crawl-now').hidden = !capabilities.crawl;
  $('stories-section').hidden = !capabilities.stories;
  $('timeline-section').hidden = !capabilities.stories;
  await refresh();
  setInterval(refresh, REFRESH_MS);
}

$('login').addEventListener('submit', (event) => {
  event.preventDefault();
  const token = $('token').value.trim();
  if (token === '') return;
  sessionStorage.setItem(TOKEN_KEY, token);
  // Bull Board pages are plain navigations, which cannot carry a bearer header: it reads this cookie instead.
  document.cookie = `${TOKEN_KEY}=${encodeURIComponent(token)}; path=/queues; SameSite=Strict`;
  $('token').value = '';
  refresh();
});

$('sign-out').addEventListener('click', () => {
  sessionStorage.removeItem(TOKEN_KEY);
  document.cookie = `${TOKEN_KEY}=; path=/queues; SameSite=Strict; max-age=0`;
  signedOut('Signed out.');
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
    if (err instanceof Unauthorized) signedOut('The token was refused.');
  }
  refresh();
});

$('crawl-now').addEventListener('click', async () => {
  const status = $('crawl-status');
  status.className = 'status';
  status.textContent = 'crawling…';
  try {
    const { status: code, json } = await api('POST', '/crawl');
    if (code === 200) status.textContent = `done: ${json.published.toLocaleString('en-US')} published, ${json.pageErrors.length} page error(s)`;
    else {
      status.className = 'status error';
      status.textContent = `${json.error?.code}: ${json.error?.message}`;
    }
  } catch (err) {
    if (err instanceof Unauthorized) signedOut('The token was refused.');
  }
  await refresh();
});

start();
