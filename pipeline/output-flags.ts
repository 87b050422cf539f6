/**
 * The claim-timeline flags carried in an output document: how this article's
 * figures relate to what other outlets in the same story said (drift from the
 * report it copies, a source's update, a conflict between sources). Mirrors
 * `TimelineFlag` of pipeline/claims; a test keeps the two in step.
 */
import { z } from 'zod';
import { BOUNDS } from './types.js';

const boundSchema = z.enum(BOUNDS);

const flagFigureSchema = z.object({
  value: z.number().nullable(),
  bound: boundSchema.nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  when: z.string().nullable().describe('Publication day of the article(s) stating it'),
  source: z.string().nullable(),
  articleIds: z.array(z.string()),
});

export const claimFlagSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('update').describe('The same source gives a new figure later'),
    subject: z.string().nullable(),
    measure: z.string(),
    source: z.string(),
    from: flagFigureSchema,
    to: flagFigureSchema,
  }),
  z.object({
    type: z.literal('conflict').describe('Different sources give incompatible figures at the same time'),
    subject: z.string().nullable(),
    measure: z.string(),
    a: flagFigureSchema,
    b: flagFigureSchema,
  }),
  z.object({
    type: z.literal('drift').describe('A copy restates a figure of the same source with another value or bound'),
    subject: z.string().nullable(),
    measure: z.string(),
    source: z.string(),
    articleId: z.string(),
    duplicateOf: z.string(),
    original: flagFigureSchema,
    restated: flagFigureSchema,
  }),
]);

export type ClaimFlag = z.output<typeof claimFlagSchema>;
