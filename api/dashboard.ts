/**
 * The operator dashboard: one HTML page with a little vanilla JavaScript and
 * CSS (no build step), served from `api/dashboard/`. The files hold no data
 * and need no token; the page calls the JSON routes with the token typed into
 * it. A strict Content-Security-Policy allows only these files to run, so
 * text from crawled pages shown on the page can never execute.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

const ASSET_DIR = join(dirname(fileURLToPath(import.meta.url)), 'dashboard');

/** URL path → file in ASSET_DIR and its content type. */
const ASSETS: Array<{ path: string; file: string; type: string }> = [
  { path: '/', file: 'index.html', type: 'text/html; charset=utf-8' },
  { path: '/dashboard.js', file: 'dashboard.js', type: 'text/javascript; charset=utf-8' },
  { path: '/dashboard.css', file: 'dashboard.css', type: 'text/css; charset=utf-8' },
];

const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** Registers the dashboard's files; they are read once, at registration. */
export function registerDashboard(app: FastifyInstance): void {
  for (const asset of ASSETS) {
    const body = readFileSync(join(ASSET_DIR, asset.file), 'utf8');
    app.get(asset.path, async (_request, reply) =>
      reply
        .code(200)
        .type(asset.type)
        .header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
        .header('Cache-Control', 'no-cache')
        .header('X-Content-Type-Options', 'nosniff')
        .send(body),
    );
  }
}
