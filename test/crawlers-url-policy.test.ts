import { describe, expect, it } from 'vitest';
import { PRODUCTION_URL_POLICY, checkUrl } from '../crawlers/url-policy.js';
import { errorCode, errorKind } from '../pipeline/errors.js';
import { fakeResolver } from './helpers/fault-server.js';

const resolve = fakeResolver({
  localhost: ['127.0.0.1'],
  'public.test': ['93.184.216.34'],
  'evil.test': ['10.0.0.5'],
  'mixed.test': ['93.184.216.34', '10.0.0.1'],
  'v6metadata.test': ['fd00:ec2::254'],
  'mapped.test': ['::ffff:127.0.0.1'],
  'nip.test': ['169.254.169.254'],
});

async function refusal(url: string, policy = PRODUCTION_URL_POLICY): Promise<string> {
  try {
    await checkUrl(url, policy, resolve);
  } catch (err) {
    expect(errorKind(err), url).toBe('permanent');
    return errorCode(err);
  }
  return 'ALLOWED';
}

describe('checkUrl (fault matrix B2, B3, B4)', () => {
  it.each([
    'http://localhost:8080/',
    'http://127.1/',
    'http://127.0.0.1/',
    'http://0.0.0.0:80/',
    'http://[::]/',
    'http://[::1]/',
    'http://10.0.0.5/',
    'http://evil.test/',
    'http://mixed.test/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::ffff:169.254.169.254]/',
    'http://[::ffff:127.0.0.1]/',
    'http://mapped.test/',
    'http://2852039166/',
    'http://0xA9FEA9FE/',
    'http://0251.0376.0251.0376/',
    'http://nip.test/',
    'http://v6metadata.test/',
    'http://[fd00:ec2::254]/',
    'http://100.100.100.200/',
    'http://192.168.1.1/',
    'http://172.16.0.1/',
    'http://224.0.0.1/',
    'http://255.255.255.255/',
    'http://192.0.2.1/',
    'http://[fe80::1]/',
    'http://[64:ff9b::a9fe:a9fe]/',
  ])('B2/B3 refuses %s as SSRF_BLOCKED_ADDRESS', async (url) => {
    expect(await refusal(url)).toBe('SSRF_BLOCKED_ADDRESS');
  });

  it.each(['file:///etc/passwd', 'gopher://example.com/', 'ftp://example.com/', 'data:text/html,hi', 'javascript:alert(1)', 'ws://example.com/'])(
    'B4 refuses %s as SSRF_BLOCKED_SCHEME',
    async (url) => {
      expect(await refusal(url)).toBe('SSRF_BLOCKED_SCHEME');
    },
  );

  it('B3 refuses userinfo, garbage and odd forms of public addresses as URL_INVALID', async () => {
    expect(await refusal('http://user:pw@public.test/')).toBe('URL_INVALID');
    expect(await refusal('http://user@public.test/')).toBe('URL_INVALID');
    expect(await refusal('not a url')).toBe('URL_INVALID');
    expect(await refusal('http://134744072/')).toBe('URL_INVALID'); // 8.8.8.8 in decimal
  });

  it('allows public names and literals and returns the address to pin', async () => {
    await expect(checkUrl('https://public.test/a?b', PRODUCTION_URL_POLICY, resolve)).resolves.toMatchObject({ address: '93.184.216.34' });
    await expect(checkUrl('http://8.8.8.8/', PRODUCTION_URL_POLICY, resolve)).resolves.toMatchObject({ address: '8.8.8.8' });
    await expect(checkUrl('http://[2606:4700::1111]/', PRODUCTION_URL_POLICY, resolve)).resolves.toMatchObject({ address: '2606:4700::1111' });
  });

  it('policy exceptions: host:port only on that port, CIDR ranges, names', async () => {
    const policy = { allowHosts: ['127.0.0.1:43123', 'localhost'], allowCidrs: ['10.0.0.0/8'] };
    await expect(checkUrl('http://127.0.0.1:43123/', policy, resolve)).resolves.toMatchObject({ address: '127.0.0.1' });
    expect(await refusal('http://127.0.0.1:43124/', policy)).toBe('SSRF_BLOCKED_ADDRESS');
    expect(await refusal('http://127.0.0.2:43123/', policy)).toBe('SSRF_BLOCKED_ADDRESS');
    await expect(checkUrl('http://evil.test/', policy, resolve)).resolves.toMatchObject({ address: '10.0.0.5' });
    await expect(checkUrl('http://localhost:9999/', policy, resolve)).resolves.toMatchObject({ address: '127.0.0.1' });
  });
});
