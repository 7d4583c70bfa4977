import { describe, expect, it } from 'vitest';
import { sanitize, truncate, width } from '../../src/render/text.js';

describe('sanitize', () => {
  it.each([
    ['a CSI sequence', 'a\x1b[2Jb', 'ab'],
    ['an SGR colour', '\x1b[31mred\x1b[0m', 'red'],
    ['an OSC 8 link', '\x1b]8;;https://evil.example\x07click\x1b]8;;\x07', 'click'],
    ['an OSC window title ended by ST', '\x1b]0;pwned\x1b\\title', 'title'],
    ['an OSC 52 clipboard write', '\x1b]52;c;ZXZpbA==\x07x', 'x'],
    ['a DCS string', '\x1bPq#0;2;0;0;0\x1b\\y', 'y'],
    ['an 8-bit CSI', 'a\x9b2Jb', 'ab'],
    ['a carriage return', 'fake\r✔ done', 'fake\\x0d✔ done'],
    ['backspace and bell', 'a\bb\x07', 'a\\x08b\\x07'],
    ['NUL and DEL', 'a\0b\x7f', 'a\\x00b\\x7f'],
    ['a right-to-left override', 'abc\u202edcba', 'abc\\u202edcba'],
    ['a tab', 'a\tb', 'a  b'],
  ])('neutralises %s', (_name, input, expected) => {
    expect(sanitize(input)).toBe(expected);
  });

  it('leaves ordinary text, emoji and CJK alone', () => {
    expect(sanitize('Café — 日本語 🧠 “ok”')).toBe('Café — 日本語 🧠 “ok”');
  });
});

describe('width and truncate', () => {
  it('measure terminal cells, not UTF-16 units', () => {
    expect(width('日本語')).toBe(6);
    expect(width('👍🏽')).toBe(2);
    expect(width('e\u0301')).toBe(1);
  });

  it('cut to the cell count with an ellipsis, never through a grapheme', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('日本語です', 5)).toBe('日本…');
    expect(truncate('👍🏽👍🏽👍🏽', 5)).toBe('👍🏽👍🏽…');
    expect(truncate('short', 10)).toBe('short');
  });
});
