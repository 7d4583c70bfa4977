// Node's tty module loads net and the streams when it loads (about 2 ms), and chalk asks
// tty.isatty(1) and (2) as soon as it loads. This isatty answers from fstat when the descriptor
// cannot be a terminal (a file, a pipe, /dev/null) and asks the real module only for other
// character devices.
'use strict';
const fs = require('fs');

const tty = require('./lazy.cjs')(() => require('tty'), { isatty });
module.exports = tty;

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
  return require('tty').isatty(fd);
}
