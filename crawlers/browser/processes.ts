/**
 * Process bookkeeping for the browser, read from Linux procfs. Playwright's
 * `Browser` does not expose the process it launched, so the renderer finds it by
 * a marker switch on its command line. Chromium is launched as the leader of its
 * own process group, so every helper process shares the browser's PID as its
 * process-group id: that is what "no processes left behind" is checked against.
 * On a system without /proc these helpers find nothing and kill nothing.
 */
import { readFileSync, readdirSync } from 'node:fs';

/** One process as procfs describes it. */
export interface ProcessInfo {
  pid: number;
  ppid: number;
  pgid: number;
  /** One-letter state: R running, S sleeping, Z zombie (exited, not yet reaped)... */
  state: string;
}

/** Reads /proc/<pid>/stat; null when the process is gone. */
export function readProcess(pid: number): ProcessInfo | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) may contain spaces and parentheses: split after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [state, ppid, pgid] = fields;
  if (state === undefined || ppid === undefined || pgid === undefined) return null;
  return { pid, ppid: Number(ppid), pgid: Number(pgid), state };
}

function allPids(): number[] {
  try {
    return readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return [];
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

/** PID of a direct child of this Node process whose command line contains `marker`. */
export function findChildByMarker(marker: string): number | null {
  for (const pid of allPids()) {
    const info = readProcess(pid);
    if (info?.ppid !== process.pid) continue;
    if (commandLine(pid).split('\0').includes(marker)) return pid;
  }
  return null;
}

/** Every process (zombies included) in process group `pgid`. */
export function processGroupMembers(pgid: number): ProcessInfo[] {
  return allPids()
    .map(readProcess)
    .filter((info): info is ProcessInfo => info !== null && info.pgid === pgid);
}

/** SIGKILLs a whole process group; false when it no longer exists. */
export function killProcessGroup(pgid: number): boolean {
  if (pgid <= 1) return false; // -0 and -1 would mean "my group" and "everyone"
  try {
    process.kill(-pgid, 'SIGKILL');
    return true;
  } catch {
    return false; // ESRCH: already gone
  }
}
