// Preloaded with --require: at exit, writes the Node built-ins and the files this process loaded
// to $LOADED_MODULES_FILE as JSON (see test/e2e/start-up.test.ts).
'use strict';
process.on('exit', () => {
  const builtins = process.moduleLoadList.filter((entry) => entry.startsWith('NativeModule ')).map((entry) => entry.slice('NativeModule '.length));
  const files = Object.keys(require.cache);
  require('node:fs').writeFileSync(process.env.LOADED_MODULES_FILE, JSON.stringify({ builtins, files }));
});
