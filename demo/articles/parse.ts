import type { Block, SlotName } from '../types.js';

/**
 * Article bodies are kept as plain text so they stay verbatim copies of the
 * seeds and easy to read: blocks are separated by a blank line; "## " starts a
 * subheading, ">> " a lede shown above the body, and "[[name]]" marks where the
 * layout puts inline furniture (an "Also read" box, an ad).
 */
const HEADING_PREFIX = '## ';
const SUMMARY_PREFIX = '>> ';
const SLOT_PATTERN = /^\[\[(also-read|others-reading|ad)\]\]$/;

export function parseBody(source: string): Block[] {
  return source
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0)
    .map(toBlock);
}

function toBlock(chunk: string): Block {
  const slot = SLOT_PATTERN.exec(chunk);
  if (slot) return { kind: 'slot', name: slot[1] as SlotName };
  if (chunk.startsWith(HEADING_PREFIX)) return { kind: 'h2', text: chunk.slice(HEADING_PREFIX.length) };
  if (chunk.startsWith(SUMMARY_PREFIX)) return { kind: 'summary', text: chunk.slice(SUMMARY_PREFIX.length) };
  return { kind: 'p', text: chunk.replace(/\s*\n\s*/g, ' ') };
}

/** The article text a good extractor returns: paragraphs and headings, no slots. */
export function bodyText(blocks: readonly Block[]): string {
  return blocks
    .filter((b): b is Exclude<Block, { kind: 'slot' }> => b.kind !== 'slot')
    .map((b) => b.text)
    .join('\n\n');
}
