/**
 * Fault matrix B8: the browser is sealed for every protocol. A script-built page
 * opens an RTCPeerConnection with STUN and TURN servers on a loopback canary
 * (UDP socket and TCP server on 127.0.0.2): WebRTC's UDP never leaves Chromium,
 * TURN over TCP goes to the filtering proxy, which refuses it and records the
 * page. Real Chromium; the suite fails with advice when it is missing.
 */
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserRenderer, chromiumAvailable, DEFAULT_CHROMIUM_PATH, type ProxyRefusal } from '../crawlers/browser/index.js';
import { PRODUCTION_URL_POLICY, type UrlPolicy } from '../crawlers/url-policy.js';
import { html, sleep, startCanary, startPageServer, waitFor, type Canary, type PageServer } from './helpers/browser-fixtures.js';

/** The page's load is held this long by a slow script, so its ICE gathering runs while it renders. */
const HOLD_LOAD_MS = 4_000;

function webrtcPage(host: string, udpPort: number, tcpPort: number): string {
  return `<!doctype html><html><head><title>WebRTC probe</title></head><body>
<p id="out">webrtc page rendered</p>
<script>
  const pc = new RTCPeerConnection({ iceServers: [
    { urls: 'stun:${host}:${udpPort}' },
    { urls: ['turn:${host}:${udpPort}?transport=udp', 'turn:${host}:${tcpPort}?transport=tcp'], username: 'u', credential: 'p' },
    { urls: 'stun:webrtc-canary.invalid:${udpPort}' },
  ] });
  pc.createDataChannel('probe');
  pc.createOffer().then((offer) => pc.setLocalDescription(offer));
  pc.onicecandidate = (e) => { if (e.candidate) document.getElementById('out').dataset.candidates = (document.getElementById('out').dataset.candidates || '') + e.candidate.type + ' '; };
</script>
<script src="/hold.js"></script>
</body></html>`;
}

describe('B8 WebRTC from a rendered page', () => {
  let server: PageServer;
  let tcp: Canary;
  let udp: UdpSocket;
  let udpPackets = 0;
  let policy: UrlPolicy;

  beforeAll(async () => {
    if (!chromiumAvailable()) throw new Error(`Chromium not found at ${DEFAULT_CHROMIUM_PATH}: apt-get install chromium`);
    tcp = await startCanary();
    udp = createSocket('udp4');
    udp.on('message', () => {
      udpPackets += 1;
    });
    await new Promise<void>((resolve) => udp.bind(0, tcp.host, resolve));
    const udpPort = udp.address().port;
    server = await startPageServer({
      '/webrtc': html(webrtcPage(tcp.host, udpPort, tcp.port)),
      '/hold.js': (_req, res) => {
        setTimeout(() => res.writeHead(200, { 'content-type': 'text/javascript' }).end('void 0;'), HOLD_LOAD_MS);
      },
    });
    policy = { ...PRODUCTION_URL_POLICY, allowHosts: [`127.0.0.1:${server.port}`], allowCidrs: [] };
  });

  afterAll(async () => {
    await server?.close();
    await tcp?.close();
    udp?.close();
  });

  it('B8 STUN/TURN to a loopback canary: no UDP and no TCP reaches it; the TURN connection is refused at the proxy and logged with the page', async () => {
    const refused: ProxyRefusal[] = [];
    const renderer = new BrowserRenderer({ policy, onRefused: (r) => refused.push(r) });
    try {
      await renderer.start();
      const url = `${server.base}/webrtc`;
      const page = await renderer.render(url);
      expect(page.html).toContain('webrtc page rendered');
      const turnTcp = `${tcp.host}:${tcp.port}`;
      const seen = (): boolean => refused.some((r) => r.target === turnTcp);
      expect(await waitFor(seen, 10_000), `refused: ${JSON.stringify(refused)}`).toBe(true);
      expect(refused.find((r) => r.target === turnTcp)).toMatchObject({ code: 'SSRF_BLOCKED_ADDRESS', pages: [url] });
      // Whatever Chromium would still send comes within moments of the gathering.
      await sleep(1_000);
    } finally {
      await renderer.close();
    }
    expect(udpPackets).toBe(0);
    expect(tcp.connections()).toBe(0);
  });
});
