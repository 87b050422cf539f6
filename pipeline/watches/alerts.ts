/**
 * The alerts a published document raises, one per watch and kind, each with
 * the JSON body receivers get. The key (watch + kind + document version) is
 * the idempotency key of the alert: every runtime's outbox stores an alert
 * under it once, and receivers see it in a header to drop a repeat.
 */
import type { ArticleDocument } from '../output.js';
import type { AlertKind } from './schema.js';

export const ALERT_SCHEMA_ID = 'wirewatch.alert/v1';

/** The body of a webhook POST and of a digest line. */
export interface AlertBody {
  schema: typeof ALERT_SCHEMA_ID;
  idempotencyKey: string;
  kind: AlertKind;
  watchId: string;
  /** When the document was built (the alert's time; the same on every retry). */
  at: string;
  article: {
    id: string;
    url: string;
    title: string;
    siteName: string | null;
    publishedAt: string | null;
    /** The document's idempotency key, to find it in the output. */
    documentKey: string;
    dedupStatus: ArticleDocument['dedup']['status'];
  };
  storyId: string;
  entities: string[];
  /** The claims that met the watch's claim filters. */
  claims: Array<Pick<ArticleDocument['claims'][number], 'id' | 'sentence' | 'measure' | 'value' | 'bound' | 'low' | 'high' | 'unit' | 'source' | 'counted'>>;
  /** The updates and conflicts of the watch's timeline, then those of the story's (timeline alerts). */
  claimFlags: ArticleDocument['story']['claimFlags'];
}

export interface Alert {
  key: string;
  watchId: string;
  kind: AlertKind;
  body: AlertBody;
}

/** Idempotency key of an alert: no ':' (it is part of queue job ids) and stable across runtimes. */
export function alertKey(watchId: string, kind: AlertKind, documentKey: string): string {
  return `${watchId}.${kind}.${documentKey}`;
}

export function alertsOf(doc: ArticleDocument): Alert[] {
  return doc.watches.flatMap((match) =>
    match.alerts.map((kind): Alert => {
      const key = alertKey(match.id, kind, doc.idempotencyKey);
      const claimIds = new Set(match.claimIds);
      return {
        key,
        watchId: match.id,
        kind,
        body: {
          schema: ALERT_SCHEMA_ID,
          idempotencyKey: key,
          kind,
          watchId: match.id,
          at: doc.provenance.processedAt,
          article: {
            id: doc.article.id,
            url: doc.article.url,
            title: doc.article.title,
            siteName: doc.article.siteName,
            publishedAt: doc.article.publishedAt,
            documentKey: doc.idempotencyKey,
            dedupStatus: doc.dedup.status,
          },
          storyId: doc.story.id,
          entities: match.entities,
          claims: doc.claims
            .filter((c) => claimIds.has(c.id))
            .map(({ id, sentence, measure, value, bound, low, high, unit, source, counted }) => ({
              id,
              sentence,
              measure,
              value,
              bound,
              low,
              high,
              unit,
              source,
              counted,
            })),
          claimFlags: kind === 'timeline' ? [...match.timelineFlags, ...match.claimFlags.flatMap((i) => doc.story.claimFlags[i] ?? [])] : [],
        },
      };
    }),
  );
}
