/**
 * Shows stage progress while a crawl runs: one live line on a terminal, plain
 * periodic lines otherwise (CI logs, pipes), so long runs never look stuck.
 */
import { STAGES, type Progress, type Stage, type StageCounts } from '../embedded/progress.js';

const TTY_REDRAW_MS = 100;
const PLAIN_LINE_EVERY_MS = 2000;

function formatStage(stage: Stage, c: StageCounts): string {
  const extra = [c.skipped > 0 ? `${c.skipped} skipped` : '', c.failed > 0 ? `${c.failed} failed` : ''].filter(Boolean).join(', ');
  const settled = c.done + c.skipped + c.failed;
  return `${stage} ${settled}/${c.total}${extra ? ` (${extra})` : ''}`;
}

export function formatProgress(progress: Progress): string {
  const snap = progress.snapshot();
  return STAGES.map((stage) => formatStage(stage, snap[stage])).join(' · ');
}

export interface ProgressView {
  stop(): void;
}

/** Starts rendering `progress` to `stream` until `stop()`. */
export function showProgress(progress: Progress, stream: NodeJS.WriteStream = process.stderr): ProgressView {
  const tty = stream.isTTY === true;
  let dirty = false;
  let lastLine = '';
  progress.onChange(() => {
    dirty = true;
  });
  const render = (final: boolean): void => {
    if (!dirty && !final) return;
    dirty = false;
    const line = formatProgress(progress);
    if (tty) stream.write(`\r\x1b[2K${line}${final ? '\n' : ''}`);
    else if (line !== lastLine) stream.write(`progress: ${line}\n`);
    lastLine = line;
  };
  const timer = setInterval(() => render(false), tty ? TTY_REDRAW_MS : PLAIN_LINE_EVERY_MS);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      dirty = true;
      render(true);
    },
  };
}
