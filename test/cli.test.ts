import { describe, expect, it } from 'vitest';
import { soleCommand } from '../src/cli.js';

describe('soleCommand: when commander needs only the command that runs', () => {
  const names = new Set(['status', 'done', 'next', 'use']);
  it.each([
    [['status'], 'status'],
    [['done', 'goroutines', '--everywhere'], 'done'],
    [['-r', 'go-backend-cloud', 'status', '--json'], 'status'],
    [['--roadmap', 'status', 'next'], 'next'],
    [['--roadmap=x', '--db', 'f.db', '--no-color', 'use', 'y'], 'use'],
    [['--db=f.db', 'next', '-n', '3'], 'next'],
  ])('%j builds only %s', (argv, name) => {
    expect(soleCommand(argv, names)).toBe(name);
  });

  it.each([
    [['--help']],
    [['status', '--help']],
    [['done', '-h']],
    [['help', 'status']],
    [['-V']],
    [['--version']],
    [['stauts']],
    [['--bogus', 'status']],
    [['-r', 'status']],
    [['__complete', 'do']],
    [[]],
  ])('%j builds every command', (argv) => {
    expect(soleCommand(argv, names)).toBeUndefined();
  });
});
