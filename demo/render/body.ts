import { esc } from '../html.js';
import type { Block, SlotName } from '../types.js';

/** Renders a slot's furniture; called with the slot's index among slots of that name. */
export type SlotRenderer = (name: SlotName, index: number) => string;

/** The article body as HTML, with each layout's furniture at the slots. */
export function renderBody(blocks: readonly Block[], slot: SlotRenderer): string {
  const seen = new Map<SlotName, number>();
  return blocks
    .map((block): string => {
      switch (block.kind) {
        case 'p':
          return `<p>${esc(block.text)}</p>`;
        case 'h2':
          return `<h2>${esc(block.text)}</h2>`;
        case 'summary':
          return `<div class="article-summary"><p>${esc(block.text)}</p></div>`;
        case 'slot': {
          const index = seen.get(block.name) ?? 0;
          seen.set(block.name, index + 1);
          return slot(block.name, index);
        }
        default:
          return '';
      }
    })
    .join('\n');
}
