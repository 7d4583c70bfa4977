#!/usr/bin/env node
'use strict';
// The roadmap command. CommonJS and plain JavaScript on purpose: it starts faster than an ES module,
// and any Node can parse it, so an old Node gets a clear message instead of a syntax error.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 17)) {
  process.stderr.write(`roadmap: needs Node.js 20.17 or newer; this is ${process.version}\n`);
  process.exitCode = 1;
} else {
  const cli = loadCli(require('node:path').join(__dirname, '..', 'dist', 'cli.cjs'));
  if (cli) {
    cli.exports.run().then((code) => {
      cli.saveCodeCache();
      // Everything is written (output goes to the descriptors synchronously): leave now rather than
      // have Node take the heap apart first, which costs a command a millisecond or more. On
      // Windows output goes through Node's streams, which may still be writing: let them finish.
      if (process.platform === 'win32') process.exitCode = code;
      else process.exit(code);
    });
  }
}

/**
 * Load the bundled CLI with a V8 code cache: the compiled code of earlier runs is reused, so start-up
 * skips most parsing and compiling (Node 20 has no module.enableCompileCache). The cache holds the
 * code of every use made so far ("status", "done", "next --json"); a use it has not seen adds its
 * code once. A missing, stale or corrupt cache only costs one slower start: it is written anew.
 */
function loadCli(file) {
  const fs = require('node:fs');
  const path = require('node:path');
  const vm = require('node:vm');
  const { Module, createRequire } = require('node:module');
  let source;
  let stat;
  try {
    source = fs.readFileSync(file, 'utf8');
    stat = fs.statSync(file);
  } catch {
    process.stderr.write('roadmap: not built yet; run `npm install` (or `npm run build`) in its folder\n');
    process.exitCode = 1;
    return undefined;
  }
  const cacheFile = codeCacheFile(stat);
  const cached = cacheFile ? readCodeCache(fs, cacheFile) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData: cached?.data });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  return {
    exports: module.exports,
    saveCodeCache() {
      const use = useOf(process.argv.slice(2));
      const fresh = !cached || script.cachedDataRejected;
      if (!cacheFile || (!fresh && (cached.uses.includes(use) || cached.uses.length >= MAX_USES))) return;
      try {
        fs.mkdirSync(path.dirname(cacheFile), { recursive: true, mode: 0o700 });
        const temp = `${cacheFile}.${process.pid}.tmp`;
        const uses = Buffer.from(`${JSON.stringify(fresh ? [use] : [...cached.uses, use])}\n`);
        fs.writeFileSync(temp, Buffer.concat([uses, script.createCachedData()]));
        fs.renameSync(temp, cacheFile);
        // Caches of earlier builds or Node versions will never be read again.
        for (const name of fs.readdirSync(path.dirname(cacheFile))) {
          if (/^cli-.*\.v8cache$/.test(name) && name !== path.basename(cacheFile)) fs.rmSync(path.join(path.dirname(cacheFile), name), { force: true });
        }
      } catch {
        // A cache that cannot be written is only a slower start next time.
      }
    },
  };
}

/** Enough uses to cover a learner's habits; past these, the cache is left as it is. */
const MAX_USES = 64;

/** A cache file: a JSON line of the uses its code covers, then V8's data. Anything else counts as none. */
function readCodeCache(fs, file) {
  try {
    const bytes = fs.readFileSync(file);
    const end = bytes.indexOf(0x0a);
    if (end < 0) return undefined;
    const uses = JSON.parse(bytes.toString('utf8', 0, end));
    if (!Array.isArray(uses)) return undefined;
    return { uses, data: bytes.subarray(end + 1) };
  } catch {
    return undefined;
  }
}

/** What a run exercises: its command and the options it names ("next --json -n"), not their values. */
function useOf(args) {
  const options = args.filter((arg) => arg.startsWith('-')).map((arg) => arg.split('=')[0]);
  return [args.find((arg) => !arg.startsWith('-')) ?? '', ...options.sort()].join(' ');
}

/** One file per build of the bundle and Node version, in the user's cache directory; none with ROADMAP_CODE_CACHE=0. */
function codeCacheFile(stat) {
  const path = require('node:path');
  const env = process.env;
  if (env.ROADMAP_CODE_CACHE === '0') return undefined;
  // os.homedir() is $HOME where that is set (not on Windows): no need to load node:os for it.
  const home = (process.platform !== 'win32' && env.HOME) || require('node:os').homedir();
  const base =
    process.platform === 'darwin'
      ? path.join(home, 'Library', 'Caches')
      : process.platform === 'win32'
        ? env.LOCALAPPDATA || path.join(home, 'AppData', 'Local')
        : env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)
          ? env.XDG_CACHE_HOME
          : path.join(home, '.cache');
  const key = `${process.version}-${process.arch}-${stat.size}-${Math.trunc(stat.mtimeMs)}`;
  return path.join(base, 'roadmap', `cli-${key}.v8cache`);
}
