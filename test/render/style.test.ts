import { describe, expect, it } from 'vitest';
import { createStyle, decideColorLevel, loadStyles, PLAIN } from '../../src/render/style.js';

describe('loadStyles', () => {
  it.each([
    ['no terminal, no FORCE_COLOR', { stdoutTTY: false, stderrTTY: false, env: {}, noColorFlag: false }],
    ['terminals, but NO_COLOR', { stdoutTTY: true, stderrTTY: true, env: { NO_COLOR: '1' }, noColorFlag: false }],
    ['terminals, but --no-color', { stdoutTTY: true, stderrTTY: true, env: { FORCE_COLOR: '1' }, noColorFlag: true }],
  ])('%s: plain text on both streams', async (_, streams) => {
    const { style, errStyle } = await loadStyles(streams);
    expect(style).toBe(PLAIN);
    expect(errStyle).toBe(PLAIN);
  });
});

describe('createStyle', () => {
  it('gives each status and role its colour: done green, in progress cyan, skipped yellow, to do grey', async () => {
    const style = await createStyle(1);
    const codes = Object.fromEntries(Object.entries(style).map(([name, paint]) => [name, (paint as (text: string) => string)('x')]));
    expect(codes).toEqual({
      bold: '\x1b[1mx\x1b[22m',
      dim: '\x1b[2mx\x1b[22m',
      done: '\x1b[32mx\x1b[39m',
      doing: '\x1b[36mx\x1b[39m',
      skipped: '\x1b[33mx\x1b[39m',
      todo: '\x1b[90mx\x1b[39m',
      accent: '\x1b[36mx\x1b[39m',
      warn: '\x1b[33mx\x1b[39m',
      error: '\x1b[31mx\x1b[39m',
    });
    for (const paint of Object.values(PLAIN)) expect(paint('x')).toBe('x');
  });

  it('styles with SGR codes only from level 1 up', async () => {
    expect((await createStyle(0)).error('x')).toBe('x');
    expect((await createStyle(1)).error('x')).toBe('\x1b[31mx\x1b[39m');
  });
});

describe('decideColorLevel', () => {
  it('lets NO_COLOR and --no-color turn colour off, and FORCE_COLOR win over NO_COLOR', () => {
    expect(decideColorLevel({ detected: 3, env: {}, noColorFlag: false })).toBe(3);
    expect(decideColorLevel({ detected: 3, env: { NO_COLOR: '1' }, noColorFlag: false })).toBe(0);
    expect(decideColorLevel({ detected: 3, env: { NO_COLOR: '' }, noColorFlag: false })).toBe(3);
    expect(decideColorLevel({ detected: 2, env: { NO_COLOR: '1', FORCE_COLOR: '1' }, noColorFlag: false })).toBe(2);
    expect(decideColorLevel({ detected: 3, env: { FORCE_COLOR: '1' }, noColorFlag: true })).toBe(0);
  });
});
