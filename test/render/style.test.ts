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
