import { describe, expect, it } from 'vitest';
import { isCi, isInteractive } from '../../src/ui/interactive.js';

describe('isInteractive', () => {
  const cases = [true, false].flatMap((stdinTTY) => [true, false].flatMap((stdoutTTY) => [false, true].map((json) => ({ stdinTTY, stdoutTTY, json }))));
  it.each(cases)('stdin TTY %s: only both terminals and no --json prompt', ({ stdinTTY, stdoutTTY, json }) => {
    expect(isInteractive({ stdinTTY, stdoutTTY, json, env: {} })).toBe(stdinTTY && stdoutTTY && !json);
  });

  it.each([
    ['1', true],
    ['true', true],
    ['TRUE', true],
    ['', false],
    ['0', false],
    ['false', false],
    [undefined, false],
  ])('CI=%s counts as CI: %s', (value, ci) => {
    expect(isCi({ CI: value })).toBe(ci);
    expect(isInteractive({ stdinTTY: true, stdoutTTY: true, env: { CI: value } })).toBe(!ci);
  });
});
