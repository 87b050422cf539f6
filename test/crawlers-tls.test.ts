/**
 * Fault matrix A12 (TLS half): a self-signed certificate, a certificate from an
 * unknown CA, and a hostname mismatch are TLS_ERROR, permanent; verification is
 * never switched off. Certificates are made with openssl in a temp dir.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkError } from '../crawlers/http-errors.js';
import { httpFetch, type HttpFetchOptions } from '../crawlers/http.js';
import { errorCode, errorKind } from '../pipeline/errors.js';
import { fakeResolver, testPolicy } from './helpers/fault-server.js';

const dir = mkdtempSync(join(tmpdir(), 'wirewatch-tls-'));
const servers: https.Server[] = [];
let hits = 0;

/** EC keys: generated in milliseconds, where RSA takes a noticeable share of the suite. */
const NEW_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1'];

function openssl(...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

/** A key and a certificate for `san`, self-signed or signed by the test CA. */
function makeCert(name: string, san: string, signedBy: 'self' | 'ca'): { key: string; cert: string } {
  writeFileSync(join(dir, `${name}.ext`), `subjectAltName=${san}\n`);
  openssl('req', '-new', ...NEW_KEY, '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`);
  const sign = signedBy === 'self' ? ['-signkey', `${name}.key`] : ['-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial'];
  openssl('x509', '-req', '-in', `${name}.csr`, '-days', '2', ...sign, '-extfile', `${name}.ext`, '-out', `${name}.crt`);
  return { key: readFileSync(join(dir, `${name}.key`), 'utf8'), cert: readFileSync(join(dir, `${name}.crt`), 'utf8') };
}

async function serve(tls: { key: string; cert: string }): Promise<number> {
  const server = https.createServer(tls, (_req, res) => {
    hits++;
    res.writeHead(200, { 'content-type': 'text/html' }).end('<html>secret</html>');
  });
  server.on('tlsClientError', () => undefined);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

let caPem = '';
let selfSignedPort = 0;
let caSignedPort = 0;

function options(port: number, extra: Partial<HttpFetchOptions> = {}): HttpFetchOptions {
  return {
    userAgent: 'wirewatch-test/1.0',
    deadlineMs: 10_000,
    maxBodyBytes: 1024 * 1024,
    maxRedirects: 3,
    policy: testPolicy(port),
    resolve: fakeResolver({ 'news.test': ['127.0.0.1'], 'other.test': ['127.0.0.1'] }),
    ...extra,
  };
}

async function failure(p: Promise<unknown>): Promise<{ kind: string; code: string; cause: string }> {
  try {
    await p;
  } catch (err) {
    const cause = String((err as { cause?: { code?: unknown } }).cause?.code ?? '');
    return { kind: errorKind(err), code: errorCode(err), cause };
  }
  throw new Error('expected a failure');
}

beforeAll(async () => {
  openssl('req', '-x509', ...NEW_KEY, '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '2', '-subj', '/CN=wirewatch test CA');
  caPem = readFileSync(join(dir, 'ca.crt'), 'utf8');
  selfSignedPort = await serve(makeCert('self', 'IP:127.0.0.1,DNS:news.test', 'self'));
  caSignedPort = await serve(makeCert('leaf', 'DNS:news.test', 'ca'));
});

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  rmSync(dir, { recursive: true, force: true });
});

describe('TLS faults (fault matrix A12)', () => {
  it('A12 a self-signed certificate is TLS_ERROR, permanent, and no request is sent', async () => {
    const before = hits;
    const f = await failure(httpFetch(`https://127.0.0.1:${selfSignedPort}/`, options(selfSignedPort)));
    expect(f).toMatchObject({ kind: 'permanent', code: 'TLS_ERROR', cause: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(hits).toBe(before);
  });

  it('A12 a certificate from an unknown CA is TLS_ERROR', async () => {
    const f = await failure(httpFetch(`https://news.test:${caSignedPort}/`, options(caSignedPort)));
    expect(f).toMatchObject({ kind: 'permanent', code: 'TLS_ERROR', cause: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });
  });

  it('A12 a trusted certificate for another hostname is TLS_ERROR: the pinned address does not replace the name', async () => {
    const f = await failure(httpFetch(`https://other.test:${caSignedPort}/`, options(caSignedPort, { extraCaPem: [caPem] })));
    expect(f).toMatchObject({ kind: 'permanent', code: 'TLS_ERROR', cause: 'ERR_TLS_CERT_ALTNAME_INVALID' });
    // Dialled by address, the certificate names no IP: refused as well.
    const byAddress = await failure(httpFetch(`https://127.0.0.1:${caSignedPort}/`, options(caSignedPort, { extraCaPem: [caPem] })));
    expect(byAddress.code).toBe('TLS_ERROR');
  });

  it('A12 control: the same server is fetched under its own name once its CA is trusted', async () => {
    const res = await httpFetch(`https://news.test:${caSignedPort}/`, options(caSignedPort, { extraCaPem: [caPem] }));
    expect(res.status).toBe(200);
    expect(res.text).toContain('secret');
  });

  it.each(['ERR_TLS_CERT_ALTNAME_INVALID', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'CERT_HAS_EXPIRED', 'SELF_SIGNED_CERT_IN_CHAIN'])(
    'A12 the TLS failure %s maps to TLS_ERROR, permanent',
    (code) => {
      const err = networkError(Object.assign(new Error(code), { code }), 'https://x.test/', 'headers');
      expect([errorKind(err), errorCode(err)]).toEqual(['permanent', 'TLS_ERROR']);
    },
  );

  it('A12 no crawler source switches certificate verification off', () => {
    const root = join(import.meta.dirname, '..', 'crawlers');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = readFileSync(join(root, file), 'utf8');
      expect(source, file).not.toMatch(/rejectUnauthorized\s*:\s*false|NODE_TLS_REJECT_UNAUTHORIZED|ignoreHTTPSErrors\s*:\s*true/);
    }
  });
});
