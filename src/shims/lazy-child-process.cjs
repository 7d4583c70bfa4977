// commander loads node:child_process when it loads (for external subcommands, which roadmap has
// none of), and that costs a command milliseconds. The bundle gives commander this stand-in,
// which loads the real module only if something is ever used. (esbuild --alias in package.json.)
'use strict';
let real;
module.exports = new Proxy({}, { get: (_, key) => (real ??= require('child_process'))[key] });
