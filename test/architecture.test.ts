/**
 * The layering of the codebase, enforced: pipeline is pure (it imports only the
 * packages allowed below); only workers talk to BullMQ/Redis; only config reads
 * the environment; no import cycles.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIRS = ['pipeline', 'crawlers', 'workers', 'config', 'cli', 'runtime', 'feeds', 'local', 'demo', 'bench', 'examples', 'api', 'scripts'];

interface SourceFile {
  path: string; // relative to ROOT, with '/'
  dir: string; // top-level folder
  imports: string[]; // specifiers
  text: string;
}

function walk(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : walk(full);
    return /\.(ts|mts|js|mjs)$/.test(name) ? [full] : [];
  });
}

const IMPORT_RE = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

function loadSources(): SourceFile[] {
  return SOURCE_DIRS.flatMap((dir) =>
    walk(join(ROOT, dir)).map((full) => {
      const text = stripComments(readFileSync(full, 'utf8'));
      const imports = [...text.matchAll(IMPORT_RE)].map((m) => m[1] ?? m[2] ?? m[3] ?? '').filter(Boolean);
      return { path: relative(ROOT, full).split('\\').join('/'), dir, imports, text };
    }),
  );
}

const sources = loadSources();

/** Top-level folder a relative import lands in. */
function targetDir(file: SourceFile, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const target = relative(ROOT, resolve(ROOT, dirname(file.path), spec))
    .split('\\')
    .join('/');
  return target.split('/')[0] ?? null;
}

const QUEUE_PACKAGES = ['bullmq', 'ioredis'];

/** Waiting is a runtime's job (a store method, a scheduler): pipeline/ never sets a timer. */
const TIMER_RE = /\b(?:setTimeout|setInterval|setImmediate)\b/;
/** A `let` or `var` at the start of a line outside any block: state shared by every caller of the module. */
const TOP_LEVEL_VAR_RE = /^(?:export\s+)?(?:let|var)\s+\w+/gm;

/**
 * Every package `pipeline/` may import: pure computation only. Anything else
 * (I/O, timers, threads, module loaders, queues) belongs to a runtime and comes
 * in through a port.
 */
const PIPELINE_PACKAGES = ['@mozilla/readability', 'linkedom', 'node:crypto', 'zod'];

/**
 * Which top-level folders each folder may import from (besides itself):
 * pipeline ← config ← crawlers ← runtime ← feeds ← local | workers ← api ← cli.
 */
const ALLOWED_DEPS: Record<string, string[]> = {
  pipeline: [],
  config: ['pipeline'],
  crawlers: ['pipeline', 'config'],
  runtime: ['pipeline', 'crawlers', 'config'],
  feeds: ['pipeline', 'crawlers', 'config', 'runtime'],
  local: ['pipeline', 'crawlers', 'config', 'runtime', 'feeds'],
  workers: ['pipeline', 'crawlers', 'config', 'runtime', 'feeds'],
  api: ['pipeline', 'crawlers', 'config', 'runtime', 'feeds', 'local', 'workers'],
  cli: ['pipeline', 'crawlers', 'config', 'runtime', 'feeds', 'local', 'workers', 'demo', 'api'],
  demo: ['pipeline'],
  bench: ['pipeline', 'crawlers', 'config', 'runtime', 'feeds', 'local', 'workers', 'demo', 'cli', 'test', 'api'],
  examples: ['pipeline'],
  // Developer tools (scripts/fixture-new.ts): run the stages on saved inputs.
  scripts: ['pipeline', 'crawlers'],
};

function packageName(spec: string): string {
  if (spec.startsWith('@')) return spec.split('/').slice(0, 2).join('/');
  if (spec.startsWith('node:')) return spec;
  return spec.split('/')[0] ?? spec;
}

describe('architecture', () => {
  it('finds the source files it checks', () => {
    expect(sources.filter((f) => f.dir === 'pipeline').length).toBeGreaterThan(3);
    expect(sources.filter((f) => f.dir === 'crawlers').length).toBeGreaterThan(1);
  });

  it('pipeline/ imports only the allowed packages, and uses no global fetch', () => {
    const bad = sources
      .filter((f) => f.dir === 'pipeline')
      .flatMap((f) => [
        ...f.imports.filter((s) => !s.startsWith('.') && !PIPELINE_PACKAGES.includes(packageName(s))).map((s) => `${f.path} imports ${s}`),
        ...(/(^|[^.\w])fetch\s*\(/.test(f.text) ? [`${f.path} calls global fetch`] : []),
        ...(/\bcreateRequire\b|\brequire\s*\(/.test(f.text) ? [`${f.path} loads modules at run time`] : []),
      ]);
    expect(bad).toEqual([]);
  });

  it('pipeline/ uses no timers and keeps no module-level variables', () => {
    const bad = sources
      .filter((f) => f.dir === 'pipeline')
      .flatMap((f) => [
        ...(TIMER_RE.test(f.text) ? [`${f.path} uses a timer`] : []),
        ...[...f.text.matchAll(TOP_LEVEL_VAR_RE)].map((m) => `${f.path}: ${m[0].trim()}`),
      ]);
    expect(bad).toEqual([]);
    // The checks themselves catch what they are for.
    expect(TIMER_RE.test('await new Promise((r) => setTimeout(r, 5));')).toBe(true);
    expect([...'let width = 1;\nfunction f() {\n  let i = 0;\n}\nexport var x = 2;'.matchAll(TOP_LEVEL_VAR_RE)]).toHaveLength(2);
  });

  it('the allowlist check would catch a forbidden import', () => {
    const probe = ["import { setTimeout } from 'node:timers/promises';", "import { Worker } from 'node:worker_threads';"].join('\n');
    const found = [...probe.matchAll(IMPORT_RE)].map((m) => m[1] ?? m[2] ?? m[3] ?? '').filter((s) => !PIPELINE_PACKAGES.includes(packageName(s)));
    expect(found).toEqual(['node:timers/promises', 'node:worker_threads']);
  });

  it('only workers/ imports bullmq or ioredis', () => {
    const bad = sources
      // examples/ is a downstream consumer's program and bench/ measures Redis itself: not wirewatch's layering.
      .filter((f) => !['workers', 'examples', 'bench'].includes(f.dir))
      .flatMap((f) => f.imports.filter((s) => QUEUE_PACKAGES.includes(packageName(s))).map((s) => `${f.path} imports ${s}`));
    expect(bad).toEqual([]);
  });

  it('folders import only the layers below them', () => {
    const bad = sources.flatMap((f) =>
      f.imports
        .map((spec) => ({ spec, to: targetDir(f, spec) }))
        .filter(({ to }) => to !== null && to !== f.dir && !(ALLOWED_DEPS[f.dir] ?? []).includes(to))
        .map(({ spec, to }) => `${f.path} → ${to} (${spec})`),
    );
    expect(bad).toEqual([]);
  });

  it('only config/ reads process.env', () => {
    const bad = sources.filter((f) => !['config', 'bench', 'examples'].includes(f.dir) && /process\.env\b/.test(f.text)).map((f) => f.path);
    expect(bad).toEqual([]);
  });

  it('has no import cycles', () => {
    const graph = new Map<string, string[]>();
    for (const f of sources) {
      const deps = f.imports
        .filter((s) => s.startsWith('.'))
        .map((s) =>
          relative(ROOT, resolve(ROOT, dirname(f.path), s))
            .split('\\')
            .join('/')
            .replace(/\.js$/, '.ts'),
        );
      graph.set(f.path, deps);
    }
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (node: string, stack: string[]): void => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'visiting') {
        cycles.push([...stack.slice(stack.indexOf(node)), node].join(' → '));
        return;
      }
      state.set(node, 'visiting');
      for (const dep of graph.get(node) ?? []) if (graph.has(dep)) visit(dep, [...stack, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });
});
