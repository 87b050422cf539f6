/**
 * Counts per stage while a crawl runs. The runner only counts; how progress is
 * shown (a live line on a terminal, plain lines in a log) is the CLI's business.
 */
import { METRIC_STAGES, type MetricStage } from './metrics.js';

/** The stages progress is counted for: the metrics' stage vocabulary. */
export const STAGES = METRIC_STAGES;
export type Stage = MetricStage;

export interface StageCounts {
  /** Work items known to reach this stage so far. */
  total: number;
  done: number;
  failed: number;
  /** Items that left the stage early by design (seen before, not an article...). */
  skipped: number;
}

export type ProgressListener = (stage: Stage, counts: Readonly<StageCounts>) => void;

export class Progress {
  readonly #counts = new Map<Stage, StageCounts>(STAGES.map((stage) => [stage, { total: 0, done: 0, failed: 0, skipped: 0 }]));
  readonly #listeners: ProgressListener[] = [];

  onChange(listener: ProgressListener): void {
    this.#listeners.push(listener);
  }

  add(stage: Stage, field: keyof StageCounts, n = 1): void {
    const counts = this.#counts.get(stage);
    if (!counts) return;
    counts[field] += n;
    for (const listener of this.#listeners) listener(stage, counts);
  }

  snapshot(): Record<Stage, StageCounts> {
    const out = {} as Record<Stage, StageCounts>;
    for (const [stage, counts] of this.#counts) out[stage] = { ...counts };
    return out;
  }
}
