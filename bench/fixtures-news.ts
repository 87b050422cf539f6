/**
 * Synthetic news sites for the pipeline benchmark: deterministic article pages
 * of realistic weight (50–150 KB: inline CSS and app state, a mega menu,
 * cookie banner, share bar, "Also read" boxes, ads, related links, most-read
 * sidebar, reader comments, a long footer) around 8–24 paragraphs of article
 * text, plus one RSS 2.0 feed and one robots.txt per host.
 *
 * Invariant: every page's text is drawn from its own seed (names, places,
 * figures, word order), so no two pages are copies or near-copies and dedup
 * keeps all of them; each body carries a few attributed figures for the
 * claims stage.
 */
import { seededRandom } from '../test/helpers/seeded-random.js';

/** Page weight bounds, bytes (the article text is a small part, as on real sites). */
const MIN_PAGE_BYTES = 50_000;
const MAX_PAGE_BYTES = 150_000;
const MIN_PARAGRAPHS = 8;
const MAX_PARAGRAPHS = 24;

const FIRST = [
  'Maria',
  'James',
  'Olena',
  'Hiroshi',
  'Amara',
  'Lucas',
  'Priya',
  'Tomasz',
  'Fatima',
  'Daniel',
  'Ingrid',
  'Kwame',
  'Sofia',
  'Mateo',
  'Yuki',
  'Aisha',
  'Pieter',
  'Elena',
  'Rahul',
  'Chloe',
  'Omar',
  'Nadia',
  'Henrik',
  'Grace',
  'Diego',
  'Leila',
  'Stefan',
  'Mei',
  'Jonas',
  'Zanele',
];
const LAST = [
  'Kovalenko',
  'Okafor',
  'Tanaka',
  'Fischer',
  'Haddad',
  'Moreau',
  'Nowak',
  'Silva',
  'Lindqvist',
  'Mensah',
  'Park',
  'Ortega',
  'Rahman',
  'Petrov',
  'Walsh',
  'Ibrahim',
  'Jansen',
  'Costa',
  'Nakamura',
  'Dubois',
  'Mwangi',
  'Rossi',
  'Schmidt',
  'Andersen',
  'Chen',
  'Kaya',
  'Novak',
  'Brennan',
  'Mbeki',
  'Alvarez',
];
const PLACES = [
  'Kharkiv',
  'Lagos',
  'Osaka',
  'Hamburg',
  'Beirut',
  'Lyon',
  'Gdansk',
  'Recife',
  'Malmo',
  'Kumasi',
  'Busan',
  'Monterrey',
  'Chittagong',
  'Odesa',
  'Cork',
  'Mombasa',
  'Rotterdam',
  'Porto',
  'Sapporo',
  'Marseille',
  'Nairobi',
  'Turin',
  'Leipzig',
  'Aarhus',
  'Chengdu',
  'Izmir',
  'Brno',
  'Galway',
  'Durban',
  'Valencia',
];
const REGIONS = [
  'the northern province',
  'the coastal region',
  'the eastern districts',
  'the capital',
  'the border area',
  'the river delta',
  'the mountain villages',
  'the southern suburbs',
];
const BODIES = [
  'the health ministry',
  'the regional governor',
  'the national statistics office',
  'the interior ministry',
  'the emergency services agency',
  'the central bank',
  'the UN refugee agency',
  'the electoral commission',
  'the port authority',
  'the transport ministry',
  'local officials',
  'the army general staff',
  'the Red Cross',
  'the energy regulator',
];
const WIRES = ['Reuters', 'the Associated Press', 'AFP', 'Yonhap', 'Kyodo', 'dpa', 'ANSA', 'EFE', 'PAP', 'Anadolu'];
const COUNTED = [
  ['people', 'were displaced by the floods'],
  ['households', 'lost power overnight'],
  ['workers', 'joined the strike'],
  ['patients', 'were treated for smoke inhalation'],
  ['soldiers', 'were killed or wounded in the fighting'],
  ['homes', 'were damaged in the storm'],
  ['migrants', 'were rescued at sea'],
  ['jobs', 'will be cut by the end of next year'],
  ['passengers', 'were stranded at the airport'],
  ['students', 'sat the new examination'],
] as const;
const TOPICS = [
  'flood defences',
  'energy prices',
  'the port expansion',
  'the rail strike',
  'hospital waiting lists',
  'the ceasefire talks',
  'the budget vote',
  'wildfire season',
  'housing costs',
  'the drought',
  'the election count',
  'grain exports',
  'the chip plant',
  'water rationing',
  'the teachers pay deal',
];
const SECTIONS = ['World', 'Politics', 'Business', 'Climate', 'Health', 'Europe', 'Africa', 'Asia', 'Americas', 'Science', 'Technology', 'Opinion'];
const WORDS = (
  'government council minister officials residents report plan budget market prices energy workers union strike talks agreement ' +
  'deadline court ruling appeal evidence witness police investigation inquiry election vote parliament opposition coalition party leader ' +
  'policy reform tax spending deficit growth inflation rates bank lending housing rent tenants landlords schools teachers hospital doctors ' +
  'nurses patients treatment vaccine outbreak water supply drought rainfall harvest farmers exports imports shipping port cargo airline ' +
  'flights passengers rail network bridge road repairs contract company shares investors profits losses factory plant jobs wages pension ' +
  'border crossing refugees aid convoy shelter families children volunteers mayor district village coast river storm damage ' +
  'emergency crews power grid outage cables weather forecast temperatures heatwave wildfire smoke evacuation routes ministry agency ' +
  'statement spokesperson briefing interview analysts experts survey data figures estimates record decline increase pressure concerns ' +
  'critics supporters protest rally crowd square street night morning week month year decade quarter season early late recent new ' +
  'former local national regional international major small large key main public private senior junior annual weekly'
).split(' ');
const VERBS = ['said', 'warned', 'announced', 'confirmed', 'argued', 'insisted', 'noted', 'added', 'suggested', 'acknowledged'];
const CONNECT = [
  'However,',
  'Meanwhile,',
  'In a statement,',
  'Earlier this week,',
  'On Tuesday,',
  'By late afternoon,',
  'Since then,',
  'For now,',
  'Still,',
  'At the same time,',
];
const NAV = [
  'World',
  'UK',
  'US',
  'Europe',
  'Asia',
  'Africa',
  'Business',
  'Markets',
  'Tech',
  'Science',
  'Climate',
  'Health',
  'Sport',
  'Culture',
  'Opinion',
  'Video',
  'Podcasts',
  'Newsletters',
];

export interface Host {
  /** 127.0.0.x: one loopback address per outlet. */
  address: string;
  /** `http://127.0.0.x:PORT`. */
  origin: string;
  name: string;
  /** Article paths in feed order, newest first. */
  paths: string[];
}

export interface SiteBundle {
  hosts: Host[];
  /** Body of every path, keyed by `${origin}${path}`. */
  bodies: Map<string, { body: Buffer; type: string }>;
  pages: number;
  pageBytes: number;
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}

function person(r: () => number): string {
  return `${pick(r, FIRST)} ${pick(r, LAST)}`;
}

function figure(r: () => number): string {
  const n = Math.floor(10 + r() ** 2 * 40_000);
  return n.toLocaleString('en-US');
}

/** A filler sentence of 12–28 words with a name or place now and then. */
function sentence(r: () => number): string {
  const n = 12 + Math.floor(r() * 17);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.05) words.push(pick(r, PLACES));
    else if (x < 0.08) words.push(pick(r, TOPICS));
    else if (x < 0.1) words.push(String(Math.floor(r() * 500)));
    else words.push(pick(r, WORDS));
  }
  const first = words[0] as string;
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return r() < 0.3 ? `${pick(r, CONNECT)} ${words.join(' ').replace(/^./, (c) => c.toLowerCase())}, ${person(r)} ${pick(r, VERBS)}.` : `${words.join(' ')}.`;
}

/** An attributed figure the claims stage should tag. */
function claimSentence(r: () => number, place: string): string {
  const [what, event] = pick(r, COUNTED);
  const bound = pick(r, ['About', 'At least', 'More than', 'Nearly', 'Around', 'Up to']);
  const source = pick(r, BODIES);
  return r() < 0.5
    ? `${bound} ${figure(r)} ${what} ${event} in ${place}, ${source} said, according to ${pick(r, WIRES)}.`
    : `${bound} ${figure(r)} ${what} ${event} across ${pick(r, REGIONS)}, ${source} estimated, ${pick(r, WIRES)} reported.`;
}

function paragraph(r: () => number, place: string): string {
  const parts: string[] = [];
  const n = 2 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) parts.push(r() < 0.12 ? claimSentence(r, place) : sentence(r));
  return parts.join(' ');
}

function headline(r: () => number, place: string): string {
  return `${pick(r, ['Officials in', 'Residents of', 'Workers in', 'Families in', 'Investors in'])} ${place} ${pick(r, ['brace for', 'push back on', 'react to', 'count the cost of', 'wait on'])} ${pick(r, TOPICS)} ${pick(r, ['as talks stall', 'after a week of delays', 'amid rising costs', 'as deadline nears', 'in a tense vote', ''])}`.trim();
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface ArticleMeta {
  host: Host;
  path: string;
  title: string;
  dek: string;
  author: string;
  publishedAt: string;
  section: string;
}

function megaMenu(r: () => number, host: Host): string {
  return `<nav class="mega-menu" aria-label="Sections"><ul>${NAV.map(
    (s) =>
      `<li class="menu-item has-children"><a href="/${s.toLowerCase()}/">${s}</a><ul class="sub-menu">${Array.from({ length: 8 }, () => {
        const t = `${pick(r, PLACES)} ${pick(r, WORDS)}`;
        return `<li><a href="/${s.toLowerCase()}/${t.toLowerCase().replace(/\W+/g, '-')}/">${esc(t)}</a></li>`;
      }).join('')}</ul></li>`,
  ).join(
    '',
  )}</ul></nav><div class="topbar"><span class="weather">${pick(r, PLACES)} ${Math.floor(r() * 30)}°C</span> <a class="subscribe" href="${host.origin}/subscribe">Subscribe</a> <a href="/login">Sign in</a></div>`;
}

function teaser(r: () => number, withSnippet: boolean): string {
  const place = pick(r, PLACES);
  const t = headline(r, place);
  const href = `/${pick(r, SECTIONS).toLowerCase()}/${t.toLowerCase().replace(/\W+/g, '-').slice(0, 60)}-${Math.floor(r() * 1e6)}`;
  return `<li class="teaser"><a href="${href}"><img src="/img/t${Math.floor(r() * 1e5)}.jpg" alt="" loading="lazy" width="320" height="180"><h3 class="teaser__title">${esc(t)}</h3></a>${withSnippet ? `<p class="teaser__snippet">${esc(sentence(r))}</p>` : ''}<span class="teaser__meta">${Math.floor(1 + r() * 23)} hours ago · ${Math.floor(r() * 900)} comments</span></li>`;
}

function comments(r: () => number): string {
  const n = 4 + Math.floor(r() * 18);
  const items = Array.from(
    { length: n },
    () =>
      `<li class="comment"><div class="comment__author">${esc(pick(r, FIRST))}_${Math.floor(r() * 999)}</div><time class="comment__time">${Math.floor(1 + r() * 59)} min ago</time><div class="comment__body"><p>${esc(sentence(r))} ${esc(sentence(r))}</p></div><div class="comment__actions"><button>Reply</button><button>Like ${Math.floor(r() * 200)}</button><button>Report</button></div></li>`,
  ).join('');
  return `<section id="comments" class="comments"><h2>${n} comments</h2><form class="comment-form"><textarea placeholder="Join the conversation"></textarea><button>Post</button></form><ol class="comment-list">${items}</ol></section>`;
}

function footer(r: () => number, host: Host): string {
  const cols = [
    'About us',
    'Contact',
    'Careers',
    'Advertise',
    'Privacy policy',
    'Cookie settings',
    'Terms of use',
    'Accessibility',
    'Corrections',
    'Newsletters',
    'Apps',
    'RSS feeds',
  ];
  const links = Array.from(
    { length: 6 },
    (_, c) =>
      `<div class="footer-col"><h4>${NAV[c] ?? ''}</h4><ul>${cols.map((l) => `<li><a href="/${l.toLowerCase().replace(/\W+/g, '-')}/${c}">${l}</a></li>`).join('')}</ul></div>`,
  ).join('');
  return `<footer class="site-footer"><div class="footer-cols">${links}</div><p class="copyright">© ${2020 + Math.floor(r() * 5)} ${esc(host.name)}. All rights reserved. Registered office: ${Math.floor(r() * 200)} ${pick(r, PLACES)} Road.</p></footer>`;
}

/** Inline CSS and an app-state blob pad the page to its target weight, as bundlers do on real sites. */
function padding(r: () => number, bytes: number): { css: string; state: string } {
  const cssRules: string[] = [];
  let size = 0;
  const cssBudget = bytes * 0.35;
  while (size < cssBudget) {
    const rule = `.c-${Math.floor(r() * 1e6).toString(36)}{margin:${Math.floor(r() * 40)}px ${Math.floor(r() * 40)}px;color:#${Math.floor(r() * 0xffffff)
      .toString(16)
      .padStart(6, '0')};font-size:${(0.7 + r()).toFixed(2)}rem;display:${pick(r, ['flex', 'grid', 'block', 'none'])}}`;
    cssRules.push(rule);
    size += rule.length;
  }
  const slots: string[] = [];
  size = 0;
  while (size < bytes - cssBudget) {
    const slot = `{"slot":"ad-${Math.floor(r() * 1e6).toString(36)}","sizes":[[300,250],[728,90]],"targeting":{"section":"${pick(r, SECTIONS)}","kw":["${pick(r, WORDS)}","${pick(r, WORDS)}"]},"lazy":${r() < 0.5}}`;
    slots.push(slot);
    size += slot.length;
  }
  return { css: cssRules.join('\n'), state: `window.__APP_STATE__={"ads":[${slots.join(',')}]};` };
}

function renderArticle(r: () => number, meta: ArticleMeta, place: string): string {
  const paragraphs = MIN_PARAGRAPHS + Math.floor(r() * (MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1));
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    body.push(`<p>${esc(paragraph(r, place))}</p>`);
    if (i === 3)
      body.push(
        `<aside class="also-read"><strong>Also read:</strong> <a href="/news/${Math.floor(r() * 1e6)}">${esc(headline(r, pick(r, PLACES)))}</a></aside>`,
      );
    if (i % 5 === 4) body.push('<div class="ad-slot" data-ad="inline"><span>Advertisement · Scroll to continue</span></div>');
    if (i === 6 && r() < 0.6) body.push(`<h2>${esc(`What happens next in ${place}`)}</h2>`);
  }
  const layout = Math.floor(r() * 3);
  const header = `<header class="article-header"><a class="section-label" href="/${meta.section.toLowerCase()}/">${meta.section}</a><h1 class="headline">${esc(meta.title)}</h1><p class="standfirst">${esc(meta.dek)}</p><div class="byline">By <a rel="author" href="/authors/${meta.author.toLowerCase().replace(/\W+/g, '-')}">${esc(meta.author)}</a>, ${esc(place)} · <time datetime="${meta.publishedAt}">${new Date(meta.publishedAt).toUTCString()}</time></div></header>`;
  const figureHtml = `<figure class="lead-image"><img src="/img/lead-${Math.floor(r() * 1e6)}.jpg" alt="${esc(`Scene in ${place}`)}" width="1200" height="675"><figcaption>${esc(`A street in ${place} this week.`)} <span class="credit">Photo: ${esc(person(r))}/${esc(pick(r, WIRES))}</span></figcaption></figure>`;
  const share =
    '<div class="share-bar"><a href="#" class="share fb">Share</a><a href="#" class="share x">Post</a><a href="#" class="share mail">Email</a><button class="copy-link">Copy link</button></div>';
  const tags = `<ul class="tags">${Array.from({ length: 5 }, () => `<li><a href="/topic/${pick(r, WORDS)}">${pick(r, TOPICS)}</a></li>`).join('')}</ul>`;
  const related = `<section class="related"><h2>Related stories</h2><ul>${Array.from({ length: 8 }, () => teaser(r, true)).join('')}</ul></section>`;
  const mostRead = `<aside class="sidebar"><section class="most-read"><h2>Most read</h2><ol>${Array.from({ length: 10 }, () => teaser(r, false)).join('')}</ol></section><section class="newsletter"><h3>Morning briefing</h3><p>The day's top stories in your inbox.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></section><div class="ad-slot" data-ad="mpu"><span>Advertisement</span></div><section class="trending"><h2>Trending</h2><ul>${Array.from({ length: 6 }, () => teaser(r, false)).join('')}</ul></section></aside>`;
  const text = body.join('\n');
  const article =
    layout === 0
      ? `<article class="post">${header}${figureHtml}${share}<div class="entry-content">${text}</div>${tags}${related}</article>`
      : layout === 1
        ? `<div class="story-wrap"><div class="story">${header}${figureHtml}${share}<div class="story-body" itemprop="articleBody">${text}</div>${tags}</div>${related}</div>`
        : `<main id="content"><section class="article">${header}${figureHtml}<div class="article__body">${text}</div>${share}${tags}</section>${related}</main>`;
  const chrome = `<div class="cookie-banner" role="dialog"><p>We use cookies to personalise content and ads and to analyse our traffic.</p><button>Accept all</button><button>Manage</button></div><header class="site-header"><a class="logo" href="/">${esc(meta.host.name)}</a>${megaMenu(r, meta.host)}</header><nav class="breadcrumbs"><a href="/">Home</a> › <a href="/${meta.section.toLowerCase()}/">${meta.section}</a></nav>`;
  const visible = `${chrome}<div class="layout">${article}${mostRead}</div>${comments(r)}${footer(r, meta.host)}`;
  const url = meta.host.origin + meta.path;
  const head = `<meta charset="utf-8"><title>${esc(meta.title)} | ${esc(meta.host.name)}</title><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${esc(meta.dek)}"><link rel="canonical" href="${url}"><meta property="og:type" content="article"><meta property="og:title" content="${esc(meta.title)}"><meta property="og:url" content="${url}"><meta property="og:site_name" content="${esc(meta.host.name)}"><meta property="article:published_time" content="${meta.publishedAt}"><meta name="author" content="${esc(meta.author)}"><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: meta.title, datePublished: meta.publishedAt, author: { '@type': 'Person', name: meta.author }, publisher: { '@type': 'Organization', name: meta.host.name } })}</script>`;
  const target = MIN_PAGE_BYTES + Math.floor(r() * (MAX_PAGE_BYTES - MIN_PAGE_BYTES));
  const pad = padding(r, Math.max(2000, target - head.length - visible.length - 200));
  return `<!DOCTYPE html><html lang="en"><head>${head}<style>${pad.css}</style><script>${pad.state}</script><script async src="/static/app.${Math.floor(r() * 1e8).toString(16)}.js"></script></head><body class="single">${visible}</body></html>`;
}

function rss(host: Host, metas: ArticleMeta[]): string {
  const items = metas
    .map(
      (m) =>
        `<item><title>${esc(m.title)}</title><link>${host.origin}${m.path}</link><guid isPermaLink="true">${host.origin}${m.path}</guid><pubDate>${new Date(m.publishedAt).toUTCString()}</pubDate><dc:creator>${esc(m.author)}</dc:creator><description>${esc(m.dek)}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${esc(host.name)}</title><link>${host.origin}/</link><description>Latest news from ${esc(host.name)}</description><language>en</language>\n${items}\n</channel></rss>`;
}

const ROBOTS = 'User-agent: *\nDisallow: /admin/\nDisallow: /search\nAllow: /\n';

/**
 * Builds `pages` articles spread evenly over `hosts` outlets on 127.0.0.10,
 * 127.0.0.11, ... (all at `port`). Deterministic for a given seed.
 */
export function buildSites(options: { pages: number; hosts: number; port: number; seed?: number; now?: Date }): SiteBundle {
  const r = seededRandom(options.seed ?? 20_240_601);
  const nowMs = (options.now ?? new Date()).getTime();
  const bodies = new Map<string, { body: Buffer; type: string }>();
  const hosts: Host[] = [];
  let pageBytes = 0;
  for (let h = 0; h < options.hosts; h++) {
    const address = `127.0.0.${10 + h}`;
    const origin = `http://${address}:${options.port}`;
    const host: Host = {
      address,
      origin,
      name: `The ${pick(r, PLACES)} ${pick(r, ['Herald', 'Courier', 'Post', 'Observer', 'Tribune', 'Chronicle', 'Ledger', 'Dispatch'])} ${h}`,
      paths: [],
    };
    const count = Math.floor(options.pages / options.hosts) + (h < options.pages % options.hosts ? 1 : 0);
    const metas: ArticleMeta[] = [];
    for (let i = 0; i < count; i++) {
      const place = pick(r, PLACES);
      const section = pick(r, SECTIONS);
      const title = `${headline(r, place)} (${h}-${i})`;
      const path = `/${section.toLowerCase()}/${new Date(nowMs).getUTCFullYear()}/${title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/-$/, '')}`;
      const meta: ArticleMeta = {
        host,
        path,
        title,
        dek: sentence(r),
        author: person(r),
        publishedAt: new Date(nowMs - (h * count + i) * 60_000).toISOString(),
        section,
      };
      const html = Buffer.from(renderArticle(r, meta, place));
      pageBytes += html.length;
      bodies.set(origin + path, { body: html, type: 'text/html; charset=utf-8' });
      metas.push(meta);
      host.paths.push(path);
    }
    bodies.set(`${origin}/feed.xml`, { body: Buffer.from(rss(host, metas)), type: 'application/rss+xml; charset=utf-8' });
    bodies.set(`${origin}/robots.txt`, { body: Buffer.from(ROBOTS), type: 'text/plain; charset=utf-8' });
    hosts.push(host);
  }
  return { hosts, bodies, pages: options.pages, pageBytes };
}
