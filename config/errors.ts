/** The error of a config that cannot be used, shared by the config loaders. */
import { PermanentError } from '../pipeline/errors.js';

import type { ConfigProblem } from './problems.js';

export type { ConfigProblem } from './problems.js';

/** Thrown when a config cannot be used; `problems` lists all of them. */
export class ConfigError extends PermanentError {
  readonly problems: ConfigProblem[];

  constructor(source: string, problems: ConfigProblem[]) {
    const list = problems.map((p) => `  - ${p.path || '(root)'}: ${p.message}`).join('\n');
    super('CONFIG_INVALID', `invalid config ${source}: ${problems.length} problem(s)\n${list}`, {
      context: { source, problems },
    });
    this.problems = problems;
  }
}
