/**
 * `wirewatch init`: writes the commented config (config/template.ts) for a
 * person to edit. An existing file is kept unless `--force`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { configTemplate } from '../config/template.js';
import { InputError } from './io.js';

export function initCommand(file: string, options: { force: boolean }): void {
  if (existsSync(file) && !options.force) throw new InputError(`${file} exists; pass --force to overwrite it`);
  writeFileSync(file, configTemplate());
  process.stdout.write(`wrote ${file}: every key with its default; edit what you need, delete the rest\n`);
}
