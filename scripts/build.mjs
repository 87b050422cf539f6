// Builds the `wirewatch` command into dist/: the CLI sources bundled as JavaScript
// (esbuild, the compiler tsx uses), so starting it costs no TypeScript compilation.
// Dependencies stay imports of node_modules. Commands still load their modules
// lazily: every dynamic import becomes a separate chunk.
//
// `import.meta.url` (and dirname/filename) in a source name that source, as under
// tsx, not the chunk it landed in: code that finds files beside itself (dashboard
// assets, the CPU threads' entry) keeps working. Each chunk records its own URL
// (banner); each source that uses import.meta gets its URL relative to that.
//
// dist/inputs.json lists every source with its size and mtime; bin/wirewatch.js
// uses the build only while they all hold, and runs the sources through tsx
// otherwise, so an edit is never hidden behind a stale build.
import { build } from 'esbuild';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'dist');
const ENTRY = join(ROOT, 'cli', 'main.ts');
const USES_IMPORT_META = /\bimport\.meta\.(url|dirname|filename)\b/;

/** Gives each of our sources that reads import.meta its own location. */
const sourceLocation = {
  name: 'source-location',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?ts$/ }, async (args) => {
      if (args.path.split(/[\\/]/).includes('node_modules')) return undefined;
      const text = await readFile(args.path, 'utf8');
      if (!USES_IMPORT_META.test(text)) return undefined;
      // Entry and chunks all sit in dist/, so one relative URL serves whichever chunk holds this source.
      const rel = relative(OUT_DIR, args.path).split('\\').join('/');
      const prelude = [
        "import { fileURLToPath as __wwToPath } from 'node:url';",
        "import { dirname as __wwDirnameOf } from 'node:path';",
        `const __wwSourceUrl = new URL(${JSON.stringify(rel)}, __wwOutputUrl).href;`,
        'const __wwSourceFile = __wwToPath(__wwSourceUrl);',
        'const __wwSourceDir = __wwDirnameOf(__wwSourceFile);',
      ].join(' ');
      return { contents: `${prelude}\n${text}`, loader: 'ts' };
    });
  },
};

await rm(OUT_DIR, { recursive: true, force: true });
const result = await build({
  entryPoints: { wirewatch: ENTRY },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: OUT_DIR,
  chunkNames: '[name]-[hash]',
  packages: 'external',
  metafile: true,
  logLevel: 'warning',
  absWorkingDir: ROOT,
  plugins: [sourceLocation],
  define: { 'import.meta.url': '__wwSourceUrl', 'import.meta.filename': '__wwSourceFile', 'import.meta.dirname': '__wwSourceDir' },
  // Written verbatim into every output file, so `define` does not replace this one.
  banner: { js: 'const __wwOutputUrl = import.meta.url;' },
});

const stamps = {};
for (const input of Object.keys(result.metafile.inputs)) {
  const s = await stat(join(ROOT, input));
  stamps[input] = [s.size, s.mtimeMs];
}
await writeFile(join(OUT_DIR, 'inputs.json'), JSON.stringify(stamps));
process.stderr.write(`built dist/wirewatch.js from ${Object.keys(stamps).length} sources\n`);
