import { attr, esc } from '../html.js';
import { sectionPath } from '../links.js';
import type { Outlet } from '../outlets.js';

/**
 * Site furniture around every page: header and navigation, cookie banner,
 * share bar, newsletter box, footer. `plain` renders class-poor divs where
 * only the label text tells what a block is, as messy real sites do.
 */

export const COOKIE_TEXT = 'We use cookies to personalise content and ads and to analyse our traffic.';
export const NEWSLETTER_TEXT = 'Get the day’s top stories in your inbox every morning.';
export const SHARE_LABELS = ['Share on Facebook', 'Share on X', 'Share on WhatsApp', 'Copy link'] as const;

export function renderHeader(outlet: Outlet, plain: boolean): string {
  const links = [`<a href="${outlet.prefix}/">Home</a>`]
    .concat(outlet.nav.map((n) => `<a href="${sectionPath(outlet.id, n.slug)}">${esc(n.label)}</a>`))
    .join(plain ? ' | ' : '');
  const masthead = `<a class="logo" href="${outlet.prefix}/">${esc(outlet.name)}</a><span class="tagline">${esc(outlet.tagline)}</span>`;
  return plain
    ? `<div id="top"><div class="hdr">${masthead}</div><div class="menu">${links} | <a href="#search">Search</a> | <a href="#subscribe">Subscribe</a></div></div>`
    : `<header class="site-header"><div class="masthead">${masthead}</div><nav class="main-navigation" aria-label="Main">${links}<a href="#subscribe" class="btn-subscribe">Subscribe</a></nav></header>`;
}

export function renderCookieBanner(outlet: Outlet, plain: boolean): string {
  const text = `${COOKIE_TEXT} By clicking “Accept all” you agree to ${esc(outlet.name)} and its partners storing cookies on your device.`;
  const buttons = '<button type="button">Accept all</button><button type="button">Manage preferences</button>';
  return plain
    ? `<div id="cmp-3f" class="fx-b"><div>${text}</div>${buttons}</div>`
    : `<div class="cookie-banner" role="dialog" aria-label="Cookie consent"><p>${text}</p>${buttons}</div>`;
}

export function renderShareBar(absoluteUrl: string, title: string, plain: boolean): string {
  const u = encodeURIComponent(absoluteUrl);
  const t = encodeURIComponent(title);
  const hrefs = [
    `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    `https://x.com/intent/tweet?url=${u}&text=${t}`,
    `https://wa.me/?text=${t}%20${u}`,
    '#copy-link',
  ];
  const links = SHARE_LABELS.map((label, i) => `<a href="${attr(hrefs[i] ?? '#')}" rel="nofollow noopener">${label}</a>`);
  return plain
    ? `<div class="soc"><span>Share this:</span> ${links.join(' ')}</div>`
    : `<div class="share-bar" aria-label="Share this article"><span class="share-label">Share</span><ul>${links.map((l) => `<li>${l}</li>`).join('')}</ul></div>`;
}

export function renderNewsletter(outlet: Outlet, plain: boolean): string {
  const body = `<strong>Sign up for ${esc(outlet.newsletter)}</strong> ${NEWSLETTER_TEXT}<form action="#subscribe" method="post"><input type="email" name="email" placeholder="Your email address"><button type="submit">Sign up</button></form><small>You can unsubscribe at any time. Read our privacy notice.</small>`;
  return plain ? `<div class="nl" id="subscribe">${body}</div>` : `<aside class="newsletter-signup" id="subscribe" aria-label="Newsletter">${body}</aside>`;
}

export function renderFooter(outlet: Outlet, plain: boolean): string {
  const links = ['About us', 'Contact', 'Advertise with us', 'Privacy policy', 'Terms of use', 'Cookie settings']
    .map((l) => `<a href="#${attr(l.toLowerCase().replaceAll(' ', '-'))}">${l}</a>`)
    .join(' · ');
  const inner = `<p>${links}</p><p>${esc(outlet.copyright)}</p>`;
  return plain ? `<div class="bottom">${inner}</div>` : `<footer class="site-footer">${inner}</footer>`;
}
