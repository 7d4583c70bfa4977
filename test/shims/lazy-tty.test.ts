import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import tty from 'node:tty';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';

const lazyTty = createRequire(import.meta.url)('../../src/shims/lazy-tty.cjs') as typeof tty;

describe('the bundle’s stand-in for node:tty', () => {
  const cases: [string, () => number][] = [
    ['a file', () => fs.openSync(path.join(tempDir(), 'file'), 'w')],
    ['/dev/null', () => fs.openSync('/dev/null', 'w')],
    ['/dev/zero', () => fs.openSync('/dev/zero', 'r')],
    ['a terminal (a pseudo-terminal master)', () => fs.openSync('/dev/ptmx', 'r+')],
  ];
  it.each(cases)('answers isatty for %s as Node does', (_, open) => {
    const fd = open();
    try {
      expect(lazyTty.isatty(fd)).toBe(tty.isatty(fd));
    } finally {
      fs.closeSync(fd);
    }
  });

  it('says a closed or unknown descriptor is no terminal', () => {
    expect(lazyTty.isatty(9999)).toBe(false);
  });

  it('is the real module for everything else', () => {
    expect(lazyTty.WriteStream).toBe(tty.WriteStream);
    expect(lazyTty.ReadStream).toBe(tty.ReadStream);
  });
});
