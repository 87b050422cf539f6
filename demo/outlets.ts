import type { DemoFeedKind, OutletId } from './types.js';

/** How an outlet addresses the AMP copy of an article. */
export type AmpStyle =
  /** `<canonical path>/amp`, the WordPress AMP plugin habit. */
  | 'path-suffix'
  /** `<canonical path>?outputType=amp`, the habit of some large publishers. */
  | 'output-type-query';

/** One feed of an outlet; its id is the DemoFeed id and the FeedListing feedId. */
export interface OutletFeed {
  id: string;
  kind: DemoFeedKind;
  path: string;
  title: string;
}

export interface Outlet {
  id: OutletId;
  name: string;
  /** Path prefix of every page of the outlet on the demo server. */
  prefix: string;
  tagline: string;
  /** Section feeds may list the same article as other feeds, under another URL. */
  feeds: OutletFeed[];
  /** Section links of the site navigation: label and section slug. */
  nav: { label: string; slug: string }[];
  ampStyle: AmpStyle;
  /** Whether article pages carry a JSON-LD NewsArticle block. */
  jsonLd: boolean;
  theme: { accent: string; ink: string; paper: string; font: string };
  /** Footer line; the outlet name makes each outlet's footer text unique. */
  copyright: string;
  newsletter: string;
}

export const OUTLETS: readonly Outlet[] = [
  {
    id: 'northwire',
    name: 'Northwire',
    prefix: '/northwire',
    tagline: 'News from the north, the wire and the world',
    feeds: [{ id: 'northwire', kind: 'rss', path: '/northwire/feed.xml', title: 'Northwire » Feed' }],
    nav: [
      { label: 'World', slug: 'world' },
      { label: 'Asia', slug: 'asia' },
      { label: 'Politics', slug: 'politics' },
      { label: 'Opinion', slug: 'opinion' },
    ],
    ampStyle: 'path-suffix',
    jsonLd: true,
    theme: { accent: '#b3261e', ink: '#1d1d1f', paper: '#ffffff', font: 'Georgia, "Times New Roman", serif' },
    copyright: '© 2026 Northwire Media Ltd. All rights reserved.',
    newsletter: 'The Northwire Morning Brief',
  },
  {
    id: 'korea-frontline',
    name: 'Korea Frontline',
    prefix: '/korea-frontline',
    tagline: 'Defence and security on the peninsula',
    feeds: [{ id: 'korea-frontline', kind: 'atom', path: '/korea-frontline/atom.xml', title: 'Korea Frontline (Atom)' }],
    nav: [
      { label: 'North Korea', slug: 'north-korea' },
      { label: 'Defence', slug: 'defence' },
      { label: 'Analysis', slug: 'analysis' },
    ],
    ampStyle: 'path-suffix',
    jsonLd: false,
    theme: { accent: '#0b5394', ink: '#202124', paper: '#f7f9fc', font: 'Arial, Helvetica, sans-serif' },
    copyright: 'Korea Frontline is an independent publication. Copyright 2025 KF Media Co.',
    newsletter: 'Frontline Weekly',
  },
  {
    id: 'global-dispatch',
    name: 'Global Dispatch',
    prefix: '/global-dispatch',
    tagline: 'The world, explained daily',
    feeds: [
      { id: 'global-dispatch-news', kind: 'google-news-sitemap', path: '/global-dispatch/news-sitemap.xml', title: 'Global Dispatch news sitemap' },
      { id: 'global-dispatch-war', kind: 'rss', path: '/global-dispatch/war/rss.xml', title: 'Global Dispatch - War' },
    ],
    nav: [
      { label: 'War', slug: 'war' },
      { label: 'Europe', slug: 'europe' },
      { label: 'Science', slug: 'science' },
      { label: 'Lifestyle', slug: 'lifestyle' },
    ],
    ampStyle: 'output-type-query',
    jsonLd: true,
    theme: { accent: '#e37400', ink: '#111111', paper: '#fffdf8', font: '"Helvetica Neue", Arial, sans-serif' },
    copyright: 'Global Dispatch © 2026 · Dispatch Digital Publishing SRL',
    newsletter: 'Dispatch Daily',
  },
  {
    id: 'daily-meridian',
    name: 'Daily Meridian',
    prefix: '/daily-meridian',
    tagline: 'Independent journalism since 1911',
    feeds: [
      { id: 'daily-meridian-world', kind: 'rss', path: '/daily-meridian/rss/world.xml', title: 'Daily Meridian - World' },
      { id: 'daily-meridian-asia', kind: 'rss', path: '/daily-meridian/rss/asia.xml', title: 'Daily Meridian - Asia' },
    ],
    nav: [
      { label: 'World', slug: 'world' },
      { label: 'Asia', slug: 'asia' },
      { label: 'Business', slug: 'business' },
      { label: 'Culture', slug: 'culture' },
    ],
    ampStyle: 'path-suffix',
    jsonLd: false,
    theme: { accent: '#1e6b52', ink: '#222222', paper: '#fbfaf7', font: '"Palatino Linotype", Palatino, serif' },
    copyright: '© Daily Meridian Group 2024. Registered in England No. 0421911.',
    newsletter: 'The Meridian Evening Edition',
  },
];

export function outletById(id: OutletId): Outlet {
  const outlet = OUTLETS.find((o) => o.id === id);
  if (!outlet) throw new Error(`unknown outlet ${id}`);
  return outlet;
}

/** Every feed of every outlet, in outlet order. */
export const FEEDS: readonly (OutletFeed & { outlet: Outlet })[] = OUTLETS.flatMap((outlet) => outlet.feeds.map((feed) => ({ ...feed, outlet })));
