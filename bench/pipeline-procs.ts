/**
 * Process helpers for bench/pipeline.ts: CPU time of child processes read from
 * /proc (sampled, because a process that exits takes its counters with it),
 * the machine's load, and a summary of a V8 CPU profile by self time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

/** Linux USER_HZ: /proc/<pid>/stat counts CPU time in these ticks. */
const CLOCK_TICKS_PER_SEC = 100;
const SAMPLE_EVERY_MS = 100;

/** utime + stime of one process (all its threads), seconds; null once it is gone. */
function cpuSecondsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SEC;
  } catch {
    return null;
  }
}

/**
 * Keeps the last CPU reading of each watched process until `stop()`. CPU
 * counts from the moment `started()` first returns true (the run's first
 * request), so start-up (loading code) is left out for every contender alike.
 */
export class CpuSampler {
  readonly #last = new Map<number, number>();
  readonly #base = new Map<number, number>();
  readonly #started: () => boolean;
  #rebased = false;
  readonly #timer: NodeJS.Timeout;

  constructor(started: () => boolean) {
    this.#started = started;
    this.#timer = setInterval(() => this.sample(), SAMPLE_EVERY_MS);
    this.#timer.unref();
  }

  watch(pid: number | undefined): void {
    if (pid !== undefined) this.#last.set(pid, cpuSecondsOf(pid) ?? 0);
  }

  sample(): void {
    for (const pid of this.#last.keys()) {
      const s = cpuSecondsOf(pid);
      if (s !== null) this.#last.set(pid, s);
    }
    if (!this.#rebased && this.#started()) {
      this.#rebased = true;
      for (const [pid, s] of this.#last) this.#base.set(pid, s);
    }
  }

  /** CPU seconds of every watched process since the start, summed. */
  totalSeconds(): number {
    this.sample();
    return [...this.#last.entries()].reduce((a, [pid, s]) => a + s - (this.#base.get(pid) ?? 0), 0);
  }

  stop(): void {
    clearInterval(this.#timer);
  }
}

export const load1 = (): string => (loadavg()[0] ?? 0).toFixed(1);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Samples that are waiting, not working. */
const NOT_CPU = new Set(['(idle)', 'atomicsWaitLoop']);

/** Where a function lives, coarsely: the stage or library its time goes to. */
function areaOf(url: string, functionName: string): string {
  if (functionName.startsWith('(')) return functionName;
  if (!url) return '(native)';
  const m = /(pipeline\/[a-z-]+|crawlers|workers|embedded)\/|node_modules\/((?:@[^/]+\/)?[^/]+)|^(node:internal\/modules)/.exec(url);
  return m?.[1] ?? m?.[2] ?? m?.[3] ?? url.replace(/^.*\//, '');
}

/** Self time over every .cpuprofile in `dir` (all threads of all processes), by area and by function. */
export function summarizeProfiles(dir: string, top = 15): { files: number; areas: string[]; functions: string[] } {
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  let total = 0;
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  for (const file of files) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const node = byId.get(id);
      const dt = profile.timeDeltas[i] ?? 0;
      if (!node || NOT_CPU.has(node.callFrame.functionName)) return;
      const { functionName, url, lineNumber } = node.callFrame;
      const where = url ? `${url.replace(/^.*\/(node_modules\/|work\/main\/)/, '')}:${lineNumber + 1}` : '';
      const key = `${functionName || '(anonymous)'} ${where}`.trim();
      byFunction.set(key, (byFunction.get(key) ?? 0) + dt);
      const area = areaOf(url, functionName);
      byArea.set(area, (byArea.get(area) ?? 0) + dt);
      total += dt;
    });
  }
  const lines = (m: Map<string, number>): string[] =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => `${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1e6).toFixed(2).padStart(7)} s  ${k}`);
  return { files: files.length, areas: lines(byArea), functions: lines(byFunction) };
}
