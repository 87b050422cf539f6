/**
 * Exit codes of the `wirewatch` command: 0 done, 1 failed at run time (retrying
 * later may work), 2 bad usage, input or config (fixing the command line or
 * the config is what helps), including a JSONL batch (extract --jsonl, dedup,
 * claims) with bad lines, exited with once every other line is processed.
 */
export const EXIT_RUNTIME = 1;
export const EXIT_USAGE = 2;

/** Error codes that refuse the input itself: a bad config, or a URL the crawler will never fetch. */
const INPUT_ERROR_CODES: ReadonlySet<string> = new Set(['CONFIG_INVALID', 'URL_INVALID', 'SSRF_BLOCKED_ADDRESS', 'SSRF_BLOCKED_SCHEME']);

/** The exit code an error that reached the top of a command ends the process with. */
export function exitCodeOf(err: unknown): number {
  const { name, code } = (err ?? {}) as { name?: unknown; code?: unknown };
  // BadLinesError: a batch tool processed every good line of its JSONL and some were bad.
  if (name === 'InputError' || name === 'BadLinesError') return EXIT_USAGE;
  return typeof code === 'string' && INPUT_ERROR_CODES.has(code) ? EXIT_USAGE : EXIT_RUNTIME;
}
