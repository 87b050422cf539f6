import type { Outlet } from '../outlets.js';

/**
 * A small inline stylesheet per outlet: one shared base with the outlet's
 * colours and type, so the four sites look distinct without any external file.
 */
export function stylesheet(outlet: Outlet): string {
  const { accent, ink, paper, font } = outlet.theme;
  return `<style>
:root{--accent:${accent};--ink:${ink};--paper:${paper};--muted:#6b6b6b;--rule:#e2e2e2}
*{box-sizing:border-box}
body{margin:0;background:var(--paper);color:var(--ink);font-family:${font};line-height:1.6}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
.site-header,#top{border-bottom:4px solid var(--accent);padding:12px 24px;background:#fff}
.logo{font-size:2rem;font-weight:700;color:var(--ink);letter-spacing:-.02em;margin-right:12px}
.tagline{color:var(--muted);font-size:.9rem}
.main-navigation,.menu{margin-top:8px;font-family:Arial,sans-serif;font-size:.9rem}
.main-navigation a{margin-right:18px;color:var(--ink);font-weight:600}
.btn-subscribe{background:var(--accent);color:#fff!important;padding:4px 10px;border-radius:3px}
.wrap{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:40px;max-width:1100px;margin:0 auto;padding:24px}
.wrap>aside,.wrap>.side{font-size:.9rem}
h1{font-size:2.3rem;line-height:1.15;margin:.3em 0}
.standfirst,.lead,.entry-excerpt{font-size:1.25rem;color:#444}
.byline,.entry-meta,.author-line{font-family:Arial,sans-serif;font-size:.85rem;color:var(--muted)}
figure{margin:16px 0}figure img,.img-wrap img{width:100%;height:auto;background:#ddd}
figcaption,.img-cap{font-size:.8rem;color:var(--muted)}.credit{display:block;font-style:italic}
.breadcrumb,.crumbs,.c-123{font-family:Arial,sans-serif;font-size:.8rem;color:var(--muted);margin-bottom:8px}
.article-summary{font-weight:700;border-left:4px solid var(--accent);padding-left:12px}
.ad-slot,.a-slot,.mgdk{background:#f1f1f1;color:#999;text-align:center;font:11px Arial,sans-serif;text-transform:uppercase;padding:8px;margin:20px 0;min-height:90px}
.share-bar ul{display:flex;gap:8px;list-style:none;padding:0}.share-bar a,.soc a{border:1px solid var(--rule);padding:4px 8px;border-radius:3px;font:12px Arial,sans-serif}
.related-posts,.you-missed,.w-box,.most-read,.orn,.also-read{border-top:2px solid var(--ink);margin-top:24px;padding-top:8px}
.also-read{border:1px solid var(--rule);padding:8px 12px;background:#fff}
.you-missed ul.post-meta{display:flex;gap:12px;list-style:none;padding:0;font-size:.75rem;color:var(--muted)}
.cookie-banner,#cmp-3f{position:fixed;bottom:0;left:0;right:0;background:#222;color:#eee;padding:12px 24px;font:13px Arial,sans-serif;z-index:10}
.cookie-banner button,#cmp-3f button{margin-right:8px}
.newsletter-signup,.nl{background:#fff;border:1px solid var(--rule);padding:16px;margin:24px 0}
.comments-area,.cmts{margin-top:32px;border-top:1px solid var(--rule)}.comment-list{list-style:none;padding:0}
textarea{width:100%;min-height:80px}
.site-footer,.bottom{background:#1b1b1b;color:#bbb;padding:24px;font:13px Arial,sans-serif;margin-top:48px}
.site-footer a,.bottom a{color:#ddd}
.sticky-title{position:sticky;top:0;background:var(--paper);border-bottom:1px solid var(--rule);padding:6px 24px;font-weight:700;font-size:.9rem}
.card{border-bottom:1px solid var(--rule);padding:16px 0}.card h2{margin:.2em 0}
@media (max-width:800px){.wrap{grid-template-columns:1fr}}
</style>`;
}
