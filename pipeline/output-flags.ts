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
  value: z.number().nullable().describe('The amount, as in a claim; null for a range'),
  bound: boundSchema.nullable().describe('Its qualifier, as in a claim: =, ~, >, >=, <, <=, <~ or range; null for none'),
  low: z.number().nullable().describe('Lower end of a range; null when not a range'),
  high: z.number().nullable().describe('Upper end of a range; null when open'),
  when: z.string().nullable().describe('Publication day (YYYY-MM-DD, or coarser as published) of the article(s) stating it; null when undated'),
  source: z.string().nullable().describe('Canonical id of the source that states it; null when unattributed'),
  articleIds: z.array(z.string()).describe('The articles that state it'),
});
const subject = z.string().nullable().describe('What is counted, as a comparison key ("north korean"); null when unknown');
const measure = z.string().describe('The measure compared (killed, casualties, deployed...)');
const flagSource = z.string().describe('Canonical id of the source');

export const claimFlagSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('update').describe('The same source gives a new figure later'),
    subject,
    measure,
    source: flagSource,
    from: flagFigureSchema.describe('The earlier figure'),
    to: flagFigureSchema.describe('The later figure'),
  }),
  z.object({
    type: z.literal('conflict').describe('Different sources give incompatible figures at the same time'),
    subject,
    measure,
    a: flagFigureSchema.describe("One source's figure"),
    b: flagFigureSchema.describe("The other source's figure"),
  }),
  z.object({
    type: z.literal('drift').describe('A copy restates a figure of the same source with another value or bound'),
    subject,
    measure,
    source: flagSource,
    articleId: z.string().describe('The copy'),
    duplicateOf: z.string().describe('The article it copies'),
    original: flagFigureSchema.describe("The original's closest figure"),
    restated: flagFigureSchema.describe("The copy's figure"),
  }),
]);

export type ClaimFlag = z.output<typeof claimFlagSchema>;
