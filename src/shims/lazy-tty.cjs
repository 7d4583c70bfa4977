// Node's tty module loads net and the streams when it loads (about 2 ms), and chalk asks
// tty.isatty(1) and (2) as soon as it loads. The bundle gives everything this stand-in (esbuild
// --alias in package.json): isatty answers from fstat when the descriptor cannot be a terminal (a
// file, a pipe, /dev/null) and asks the real module only for other character devices; anything
// else loads the real module on first use.
'use strict';
const fs = require('fs');

let real;
const load = () => (real ??= require('tty'));

function isatty(fd) {
  let stat;
  try {
    stat = fs.fstatSync(fd);
  } catch {
    return false;
  }
  if (!stat.isCharacterDevice()) return false;
  // Linux's memory devices (/dev/null, /dev/zero, /dev/urandom) are major 1; terminals never are.
  if (process.platform === 'linux' && Math.floor(stat.rdev / 256) % 4096 === 1) return false;
  return load().isatty(fd);
}

module.exports = new Proxy({}, { get: (_, key) => (key === 'isatty' ? isatty : load()[key]) });
