/**
 * Shows stage progress while a crawl runs: one bar per stage, redrawn in place,
 * on a terminal; plain periodic lines otherwise (CI logs, pipes), so long runs
 * never look stuck and logs stay readable.
 */
import { STAGES, type Progress, type Stage, type StageCounts } from '../runtime/progress.js';

const TTY_REDRAW_MS = 100;
const PLAIN_LINE_EVERY_MS = 2000;
const BAR_WIDTH = 24;
const STAGE_LABEL_WIDTH = 9;

function extras(c: StageCounts): string {
  return [c.skipped > 0 ? `${c.skipped} skipped` : '', c.failed > 0 ? `${c.failed} failed` : ''].filter(Boolean).join(', ');
}

function formatStage(stage: Stage, c: StageCounts): string {
  const extra = extras(c);
  return `${stage} ${c.done + c.skipped + c.failed}/${c.total}${extra ? ` (${extra})` : ''}`;
}

/** One line per stage: `fetch     [██████░░░░]  6/10  (2 skipped)`. */
function formatBar(stage: Stage, c: StageCounts): string {
  const settled = c.done + c.skipped + c.failed;
  const filled = c.total === 0 ? 0 : Math.round((settled / c.total) * BAR_WIDTH);
  const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
  const extra = extras(c);
  return `${stage.padEnd(STAGE_LABEL_WIDTH)}[${bar}] ${String(settled).padStart(4)}/${String(c.total).padEnd(4)}${extra ? ` (${extra})` : ''}`;
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
  let dirty = true;
  let drawn = false;
  let lastLine = '';
  progress.onChange(() => {
    dirty = true;
  });
  const renderTty = (): void => {
    const snap = progress.snapshot();
    const lines = STAGES.map((stage) => formatBar(stage, snap[stage]));
    // Move back over the bars drawn last time and clear each line as it is rewritten.
    const up = drawn ? `\x1b[${lines.length}A` : '';
    stream.write(`${up}${lines.map((l) => `\r\x1b[2K${l}`).join('\n')}\n`);
    drawn = true;
  };
  const render = (final: boolean): void => {
    if (!dirty && !final) return;
    dirty = false;
    if (tty) {
      renderTty();
      return;
    }
    const line = formatProgress(progress);
    if (line !== lastLine) stream.write(`progress: ${line}\n`);
    lastLine = line;
  };
  const timer = setInterval(() => render(false), tty ? TTY_REDRAW_MS : PLAIN_LINE_EVERY_MS);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      render(true);
    },
  };
}
