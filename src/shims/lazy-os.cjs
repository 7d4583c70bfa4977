// chalk loads node:os when it loads, to ask the Windows release; roadmap needs it for little else.
'use strict';
module.exports = require('./lazy.cjs')(() => require('os'));
