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
// It also bundles the CPU pool's thread entry (runtime/cpu-thread-tasks.ts) into
// dist/cpu-thread.js, dependencies included: a thread loading the sources through
// tsx costs about 1.5 CPU s, the bundle about 0.2 s, paid by every thread of every process.
//
// dist/inputs.json (the command) and dist/cpu-thread.inputs.json (the threads) list
// every source with its size and mtime; bin/wirewatch.js and
// runtime/cpu-thread-bundle.ts use a build only while they all hold, and the
// sources through tsx otherwise, so an edit is never hidden behind a stale build.
//
// `node scripts/build.mjs [--out DIR] [--only cli|cpu-thread]`: DIR defaults to dist/.
import { build } from 'esbuild';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI_ENTRY = join(ROOT, 'cli', 'main.ts');
const THREAD_ENTRY = join(ROOT, 'runtime', 'cpu-thread-tasks.ts');
const USES_IMPORT_META = /\bimport\.meta\.(url|dirname|filename)\b/;

/** Gives each of our sources that reads import.meta its own location, relative to outDir. */
const sourceLocation = (outDir) => ({
  name: 'source-location',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?ts$/ }, async (args) => {
      if (args.path.split(/[\\/]/).includes('node_modules')) return undefined;
      const text = await readFile(args.path, 'utf8');
      if (!USES_IMPORT_META.test(text)) return undefined;
      // Entry and chunks all sit in dist/, so one relative URL serves whichever chunk holds this source.
      const rel = relative(outDir, args.path).split('\\').join('/');
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
});

/** Writes the size and mtime of each input of an esbuild metafile, by path relative to the repository. */
async function writeStamps(metafile, file) {
  const stamps = {};
  for (const input of Object.keys(metafile.inputs)) {
    const s = await stat(join(ROOT, input));
    stamps[input] = [s.size, s.mtimeMs];
  }
  await writeFile(file, JSON.stringify(stamps));
  return Object.keys(stamps).length;
}

/** The command: outDir/wirewatch.js, its chunks, and outDir/inputs.json. */
export async function buildCli(outDir) {
  const result = await build({
    entryPoints: { wirewatch: CLI_ENTRY },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: outDir,
    chunkNames: '[name]-[hash]',
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
    absWorkingDir: ROOT,
    plugins: [sourceLocation(outDir)],
    define: { 'import.meta.url': '__wwSourceUrl', 'import.meta.filename': '__wwSourceFile', 'import.meta.dirname': '__wwSourceDir' },
    // Written verbatim into every output file, so `define` does not replace this one.
    banner: { js: 'const __wwOutputUrl = import.meta.url;' },
  });
  return writeStamps(result.metafile, join(outDir, 'inputs.json'));
}

/**
 * The CPU threads' entry: outDir/cpu-thread.js and outDir/cpu-thread.inputs.json.
 * Dependencies are bundled in, so the file loads from any directory.
 */
export async function buildCpuThread(outDir) {
  const result = await build({
    entryPoints: [THREAD_ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: join(outDir, 'cpu-thread.js'),
    metafile: true,
    logLevel: 'warning',
    absWorkingDir: ROOT,
    // CommonJS dependencies inside an ES module bundle call require(): give them one.
    banner: { js: "import { createRequire as __wwCreateRequire } from 'node:module'; const require = __wwCreateRequire(import.meta.url);" },
  });
  return writeStamps(result.metafile, join(outDir, 'cpu-thread.inputs.json'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, only: { type: 'string' } } });
  const outDir = resolve(values.out ?? join(ROOT, 'dist'));
  if (values.only !== undefined && values.only !== 'cli' && values.only !== 'cpu-thread') {
    process.stderr.write(`--only takes cli or cpu-thread, not ${values.only}\n`);
    process.exit(2);
  }
  // A whole build starts from an empty directory: no chunk of an earlier build lingers.
  if (values.only === undefined) await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const rel = relative(ROOT, outDir) || '.';
  if (values.only !== 'cpu-thread') {
    const n = await buildCli(outDir);
    process.stderr.write(`built ${rel}/wirewatch.js from ${n} sources\n`);
  }
  if (values.only !== 'cli') {
    const n = await buildCpuThread(outDir);
    process.stderr.write(`built ${rel}/cpu-thread.js from ${n} sources\n`);
  }
}
