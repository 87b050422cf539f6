// Entry file of the extract worker threads. BullMQ imports it by path in a new
// thread, where the TypeScript loader must be registered again.
import { register } from 'tsx/esm/api';

register();
const mod = await import('../processors/extract.ts');

export default mod.default;
