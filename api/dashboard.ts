/**
 * The operator dashboard: one HTML page, a few ES modules and CSS, served from
 * `api/dashboard/`, plus `/present.js`, the code that writes figures and claims
 * for people (pipeline/present), bundled for the browser on first request so
 * the page and the CLI always write a figure the same way. The files hold no
 * data and need no token; the page calls the JSON routes with the token typed
 * into it. A strict Content-Security-Policy allows only these files to run, so
 * text from crawled pages shown on the page can never execute.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';

const HERE = dirname(fileURLToPath(import.meta.url));
const ASSET_DIR = join(HERE, 'dashboard');
/** Entry of the browser bundle: pure functions, no Node built-ins (pipeline/ is checked for that). */
const PRESENT_ENTRY = join(HERE, '..', 'pipeline', 'present', 'index.ts');
export const PRESENT_PATH = '/present.js';

const JS = 'text/javascript; charset=utf-8';
/** URL path → file in ASSET_DIR and its content type. */
const ASSETS: Array<{ path: string; file: string; type: string }> = [
  { path: '/', file: 'index.html', type: 'text/html; charset=utf-8' },
  { path: '/dashboard.js', file: 'dashboard.js', type: JS },
  { path: '/dom.js', file: 'dom.js', type: JS },
  { path: '/timeline.js', file: 'timeline.js', type: JS },
  { path: '/dashboard.css', file: 'dashboard.css', type: 'text/css; charset=utf-8' },
];

const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

function sendAsset(reply: FastifyReply, type: string, body: string): FastifyReply {
  return reply
    .code(200)
    .type(type)
    .header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    .header('Cache-Control', 'no-cache')
    .header('X-Content-Type-Options', 'nosniff')
    .send(body);
}

/** pipeline/present as one ES module for the browser (esbuild, a few milliseconds). */
export async function buildPresentBundle(): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [PRESENT_ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Registers the dashboard's files (read once, at registration) and the bundle (built once, when first asked for). */
export function registerDashboard(app: FastifyInstance): void {
  for (const asset of ASSETS) {
    const body = readFileSync(join(ASSET_DIR, asset.file), 'utf8');
    app.get(asset.path, async (_request, reply) => sendAsset(reply, asset.type, body));
  }
  let bundle: Promise<string> | null = null;
  app.get(PRESENT_PATH, async (_request, reply) => {
    bundle ??= buildPresentBundle().catch((err: unknown) => {
      bundle = null;
      throw err;
    });
    return sendAsset(reply, JS, await bundle);
  });
}
