// The build (`npm run build`): bundles src/ into dist/ with esbuild, then parses the bundled
// roadmaps into dist/bundled-trees.json. Not bundled and not shipped; run by npm from the package root.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Built-ins the bundle replaces with a stand-in (src/shims/). Every one loads its module once for
 * the whole bundle; the lazy ones only when a property is first read, since a command rarely
 * needs them (chalk asks node:os for the Windows release as it loads, commander node:child_process
 * for subcommands it never runs).
 */
const SHIMS = {
  'node:child_process': './src/shims/lazy-child-process.cjs',
  'node:tty': './src/shims/lazy-tty.cjs',
  'node:os': './src/shims/lazy-os.cjs',
  'node:fs': './src/shims/fs.ts',
  'node:path': './src/shims/path.ts',
};
/** The stand-ins that give only a default export: `import { homedir } from 'node:os'` would be undefined in the bundle (and only there). */
const DEFAULT_ONLY = ['node:child_process', 'node:tty', 'node:os', 'node:path'];

/** `import { x } from '<shimmed built-in>'` in a source text: each with its line. */
export function namedShimImports(source) {
  const found = [];
  const pattern = /^\s*import\s+(?!type\b)(?:[\w$]+\s*,\s*)?\{[^}]*\}\s*from\s*['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(pattern)) {
    if (!DEFAULT_ONLY.includes(match[1])) continue;
    const line = source.slice(0, match.index).split('\n').length + (match[0].match(/^\s*/)[0].split('\n').length - 1);
    found.push({ line, statement: match[0].trim().replace(/\s+/g, ' ') });
  }
  return found;
}

/** Fails the build on a named import from a default-only stand-in, naming the file and line. */
const checkShimImports = {
  name: 'check-shim-imports',
  setup(context) {
    context.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      const errors = namedShimImports(source).map(({ line, statement }) => ({
        text: `${statement}: the bundle's stand-in for this built-in has only a default export; import the default and use its properties`,
        location: { file: path.relative(ROOT, args.path), line, lineText: source.split('\n')[line - 1] },
      }));
      return errors.length > 0 ? { errors } : undefined;
    });
  },
};

async function main() {
  await build({
    absWorkingDir: ROOT,
    entryPoints: [
      { in: 'src/cli.ts', out: 'cli' },
      { in: 'src/markdown/parse-worker.ts', out: 'parse-worker' },
      // Loaded by the bundle only when needed (the parser for a learner's file, the prompts on a terminal):
      // each is a file of its own, reached through the package's "imports" (#markdown-parser, #prompts, #review-scheduler).
      { in: 'src/markdown/parse-markdown.ts', out: 'markdown-parser' },
      { in: 'src/ui/prompts.ts', out: 'prompts' },
      { in: 'src/review/scheduler.ts', out: 'review-scheduler' },
      // Run once below, at build time, and not shipped (package.json "files").
      { in: 'src/catalog/prebuild-trees.ts', out: 'prebuild-trees' },
    ],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20.17',
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    external: ['#markdown-parser', '#prompts', '#review-scheduler'],
    define: { 'import.meta.dirname': '__dirname', 'import.meta.filename': '__filename' },
    // CommonJS, so that V8's code cache covers the whole bundle (bin/roadmap.cjs): no import().
    supported: { 'dynamic-import': false },
    alias: SHIMS,
    plugins: [checkShimImports],
    logLevel: 'warning',
  });
  execFileSync(process.execPath, [path.join(ROOT, 'dist', 'prebuild-trees.cjs')], { stdio: 'inherit' });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch(() => {
    // esbuild has printed the errors.
    process.exitCode = 1;
  });
}
