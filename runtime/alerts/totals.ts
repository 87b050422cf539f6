/** Alert delivery over every watch, counts only: what the unauthenticated `/health` probe shows in either runtime. */
export interface AlertTotals {
  /** Alerts waiting for delivery or under way (retries included). */
  pending: number;
  /** Alerts given up on. */
  failed: number;
  /** Code of the latest failed attempt, or null when none failed. */
  lastErrorCode: string | null;
}
