/**
 * Serves the demo news sites until Ctrl-C: `npx tsx demo/serve.ts [port]`.
 * Prints the base URL and the feed URLs to point a crawler at.
 */
import { startDemoSites } from './server.js';

const port = Number(process.argv[2] ?? 0);
const sites = await startDemoSites({ port: Number.isInteger(port) ? port : 0 });

console.log(`wirewatch demo news sites at ${sites.baseUrl}/`);
for (const feed of sites.feeds) console.log(`  ${feed.name.padEnd(16)} ${feed.kind.padEnd(20)} ${feed.url}`);
console.log('Press Ctrl-C to stop.');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void sites.close().then(() => process.exit(0));
  });
}
