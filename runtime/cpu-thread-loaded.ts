/**
 * The message a CPU pool thread posts once its tasks module is evaluated
 * (runtime/cpu-thread-tasks.ts); CpuPool.close() waits for it before
 * terminating a thread (runtime/cpu-pool.ts says why). A module of its own: the
 * pool must not import the tasks module, which lowers its thread's priority.
 */
const THREAD_LOADED_KEY = 'wirewatchThreadLoaded';

export function threadLoadedMessage(threadId: number): Record<string, number> {
  return { [THREAD_LOADED_KEY]: threadId };
}

/** The thread id a "loaded" message names, or null for any other message. */
export function isThreadLoaded(message: unknown): number | null {
  const id = typeof message === 'object' && message !== null ? (message as Record<string, unknown>)[THREAD_LOADED_KEY] : undefined;
  return typeof id === 'number' ? id : null;
}
