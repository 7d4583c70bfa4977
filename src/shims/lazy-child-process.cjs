// commander loads node:child_process when it loads, for external subcommands, which roadmap has none of.
'use strict';
module.exports = require('./lazy.cjs')(() => require('child_process'));
