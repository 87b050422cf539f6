// Entry file of the CPU pool's threads when no bundle is used (runtime/cpu-thread-bundle.ts).
// The TypeScript loader must be registered again in each new thread.
import { register } from 'tsx/esm/api';

register();
const tasks = await import('./cpu-thread-tasks.ts');

export const { ready, extract, claims } = tasks;
