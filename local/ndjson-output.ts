/**
 * Appends article documents to `<outDir>/articles.ndjson`, one JSON document per
 * line. Append-only: a run adds only what it published, so a second run over the
 * same data adds nothing.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArticleDocument } from '../pipeline/output.js';

export const OUTPUT_FILE_NAME = 'articles.ndjson';

export class NdjsonOutput {
  readonly path: string;

  constructor(outDir: string) {
    const dir = resolve(outDir);
    mkdirSync(dir, { recursive: true });
    this.path = join(dir, OUTPUT_FILE_NAME);
  }

  /** Appends the document; `json` is the document serialised, when the caller has it. */
  write(doc: ArticleDocument, json: string = JSON.stringify(doc)): void {
    // One appendFileSync per line keeps each line whole even if the process dies mid-run.
    appendFileSync(this.path, `${json}\n`);
  }
}
