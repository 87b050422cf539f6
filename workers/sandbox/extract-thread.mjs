// Entry file of the extract worker threads: a parse here never blocks the main
// thread, where BullMQ renews job locks. The TypeScript loader must be
// registered again in each new thread.
import { register } from 'tsx/esm/api';

register();
const { runExtract } = await import('../processors/extract.ts');

export default function extractInThread(data) {
  return runExtract(data);
}
