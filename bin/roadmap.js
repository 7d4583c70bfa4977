#!/usr/bin/env node
// Plain JavaScript that any Node can parse, so an old Node gets a clear message instead of a syntax error.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 17)) {
  process.stderr.write(`roadmap: needs Node.js 20.17 or newer; this is ${process.version}\n`);
  process.exitCode = 1;
} else {
  // A closed pipe (`roadmap status | head -1`) is not an error: stop quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
  import('../dist/cli.js')
    .then(({ run }) => run())
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error) => {
      const missing = error && error.code === 'ERR_MODULE_NOT_FOUND' && /dist[\\/]cli\.js/.test(String(error.message));
      process.stderr.write(missing ? 'roadmap: not built yet; run `npm install` (or `npm run build`) in its folder\n' : `roadmap: ${error && error.stack}\n`);
      process.exitCode = 1;
    });
}
