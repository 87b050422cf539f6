#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx so that `npx wirewatch` works
// on a fresh clone without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
