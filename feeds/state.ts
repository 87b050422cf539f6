/**
 * The FeedState port: per-feed polling state (validators for conditional GET,
 * the adaptive interval and the next poll, health). Adapters: SQLite for the
 * embedded mode (feeds/state-sqlite.ts), Redis for the distributed one
 * (workers/feed-state-redis.ts); both pass test/feed-state-contract.test.ts.
 */

export interface FeedState {
  feedId: string;
  etag: string | null;
  lastModified: string | null;
  /** Hash of the last feed body: a fallback for servers whose validators lie. */
  contentHash: string | null;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  /** ISO time the feed is due again (failures back off: pipeline/adaptive-interval.ts nextPoll). */
  nextPollAt: string | null;
  consecutiveFailures: number;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
  /** The current adaptive interval; null until the first poll. */
  intervalSecs: number | null;
  /**
   * Items of the feed's document already listed when it holds more than one poll
   * parses (PARSE_LIMIT_EXCEEDED): the next poll reads on from there, unconditionally.
   * 0: the next poll reads the document from its start.
   */
  resumeOffset: number;
}

/** A poll that answered (possibly "not modified"). */
export interface PollSuccess {
  etag: string | null;
  lastModified: string | null;
  contentHash: string | null;
  at: string;
  intervalSecs: number;
  nextPollAt: string;
  /** See FeedState.resumeOffset; default 0. */
  resumeOffset?: number;
}

/** A poll that failed, with its stable error code. */
export interface PollFailure {
  code: string;
  message: string;
  at: string;
  intervalSecs: number;
  nextPollAt: string;
}

export interface FeedStateStore {
  get(feedId: string): Promise<FeedState>;
  recordSuccess(feedId: string, success: PollSuccess): Promise<void>;
  /** Counts one more consecutive failure. */
  recordFailure(feedId: string, failure: PollFailure): Promise<void>;
}

/** The state of a feed never polled. */
export function emptyFeedState(feedId: string): FeedState {
  return {
    feedId,
    etag: null,
    lastModified: null,
    contentHash: null,
    lastPolledAt: null,
    lastSuccessAt: null,
    nextPollAt: null,
    consecutiveFailures: 0,
    lastErrorCode: null,
    lastErrorMessage: null,
    intervalSecs: null,
    resumeOffset: 0,
  };
}

/** What validatorsAfter reads of a poll's answer (crawlers/crawl-fetcher.ts FeedFetchResult). */
export interface PollAnswer {
  etag: string | null;
  lastModified: string | null;
  contentHash: string | null;
  nextOffset?: number | null;
}

/**
 * The validators a poll leaves. A document above the parse limit is read over
 * several polls: meanwhile no validators are kept (each poll must read it) and
 * the content hash is that of the first read; the read ends with this response's
 * validators only if the document did not change on the way, else with none, so
 * the next poll reads it again from its start.
 */
export function validatorsAfter(
  state: FeedState,
  result: PollAnswer,
): { etag: string | null; lastModified: string | null; contentHash: string | null; resumeOffset: number } {
  const nextOffset = result.nextOffset ?? null;
  if (state.resumeOffset === 0) {
    if (nextOffset === null) {
      return {
        etag: result.etag ?? state.etag,
        lastModified: result.lastModified ?? state.lastModified,
        contentHash: result.contentHash || state.contentHash,
        resumeOffset: 0,
      };
    }
    return { etag: null, lastModified: null, contentHash: result.contentHash || null, resumeOffset: nextOffset };
  }
  const unchanged = result.contentHash !== null && result.contentHash !== '' && result.contentHash === state.contentHash;
  const contentHash = unchanged ? state.contentHash : null;
  if (nextOffset !== null) return { etag: null, lastModified: null, contentHash, resumeOffset: nextOffset };
  return { etag: unchanged ? result.etag : null, lastModified: unchanged ? result.lastModified : null, contentHash, resumeOffset: 0 };
}
