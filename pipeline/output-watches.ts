/**
 * The watches an output document matches (`watches` of the document): which
 * watch, why, and which alerts the document raises for it. Added within v1:
 * documents written before the field existed read as matching none.
 */
import { z } from 'zod';
import { claimFlagSchema } from './output-flags.js';
import { ALERT_KINDS } from './watches/schema.js';

export const WATCH_MATCH_ON = ['document', 'story'] as const;

export const documentWatchSchema = z.object({
  id: z.string().describe('Id of the watch (config file or operator-added)'),
  on: z
    .enum(WATCH_MATCH_ON)
    .describe(
      "document: this document meets every criterion of the watch; story: it does not, but an earlier document of its story did, and this one moves a figure of the story's claim timeline",
    ),
  entities: z.array(z.string()).describe("The watch's entities this document names, as the watch writes them; empty when the watch lists none or on=story"),
  claimIds: z.array(z.string()).describe("Ids of this document's claims that meet one of the watch's claim filters (claims[].id)"),
  claimFlags: z
    .array(z.number().int().min(0))
    .describe('Indexes into story.claimFlags of the updates and conflicts the watch follows (those its claim filters accept; all when it has none)'),
  timelineFlags: z
    .array(claimFlagSchema)
    .describe(
      "Updates and conflicts between this document's figures and earlier ones of the watch's own timeline: the figure claims of every document that matched the watch before, in any story; only those the watch's claim filters accept (all when it has none)",
    ),
  alerts: z
    .array(z.enum(ALERT_KINDS))
    .describe(
      'Alerts this document raises for the watch: match (a new document meeting the watch; copies of an earlier report only when the watch includes duplicates), timeline (an update or conflict of a figure in the watch timeline or in a followed story). Empty when the watch asks for neither',
    ),
});

export type DocumentWatch = z.output<typeof documentWatchSchema>;
