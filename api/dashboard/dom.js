// Small DOM helpers of the dashboard. Text from crawled pages is only ever set
// as textContent or an attribute value, never parsed as HTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

export const $ = (id) => document.getElementById(id);

/** An element with attributes (`text` sets textContent, `className` the class) and children. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null) continue;
    if (k === 'text') node.textContent = v;
    else if (k === 'className') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== '') node.append(child);
  return node;
}

export function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** "2026-05-01 12:00:03Z", or "-" for never. */
export function when(iso) {
  return iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '-';
}

/** A link to an article or feed: only http(s) addresses become links (a crawled page cannot inject `javascript:`). */
export function link(href, text) {
  return /^https?:\/\//i.test(href ?? '') ? el('a', { href, text, rel: 'noreferrer', target: '_blank' }) : el('span', { text });
}
