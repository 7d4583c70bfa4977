import { describe, expect, it } from 'vitest';
import { sanitize, truncate, width, wrap } from '../../src/render/text.js';

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
  it.each([
    ['ASCII', 'hello', 5],
    ['CJK', '日本語', 6],
    ['an emoji with a skin tone', '👍🏽', 2],
    ['a combining accent', 'e\u0301', 1],
    ['a zero-width space', 'a\u200bb', 2],
    ['a ZWJ sequence', '👨\u200d💻', 2],
    ['a keycap', '1\ufe0f\u20e3', 2],
    ['a text symbol asked to be emoji', '❤\ufe0f', 2],
    ['a flag', '🇫🇷', 2],
    ['dashes and quotes', '– — “x”', 7],
    ['our own colour codes', '\x1b[32mok\x1b[39m', 2],
    ['fullwidth letters', 'ＡＢ', 4],
    ['our own marks and bars', '✔ ▶ ○ ⤼ █▓▒░ › · …', 18],
    ['an emoji-presentation square among shapes', '◽', 2],
  ])('measure terminal cells, not UTF-16 units: %s', (_name, text, cells) => {
    expect(width(text)).toBe(cells);
  });

  it('cut to the cell count with an ellipsis, never through a grapheme', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('日本語です', 5)).toBe('日本…');
    expect(truncate('👍🏽👍🏽👍🏽', 5)).toBe('👍🏽👍🏽…');
    expect(truncate('Cafe\u0301 au lait', 5)).toBe('Cafe\u0301…');
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('\x1b[32mgreen text\x1b[39m and more', 8)).toBe('\x1b[32mgreen t…\x1b[0m');
  });
});

describe('wrap', () => {
  it('breaks between words to the width, indenting the lines after the first', () => {
    expect(wrap('one two three four five', 9, '  ')).toEqual(['one two', '  three', '  four', '  five']);
    expect(wrap('one two three', 13, '  ')).toEqual(['one two three']);
    expect(wrap('one two three', undefined, '  ')).toEqual(['one two three']);
  });

  it('breaks a word only when it alone is wider than a line, by cells, never through a cluster', () => {
    expect(wrap('a abcdefghij b', 5)).toEqual(['a', 'abcde', 'fghij', 'b']);
    expect(wrap('日本語の章です', 5)).toEqual(['日本', '語の', '章で', 'す']);
    expect(wrap('Cafe\u0301s x', 3)).toEqual(['Caf', 'e\u0301s', 'x']);
  });

  it('counts colour codes as nothing and keeps them', () => {
    const dim = (text: string) => `\x1b[2m${text}\x1b[22m`;
    expect(wrap(`${dim('2026-11-01')} one two`, 14)).toEqual([`${dim('2026-11-01')} one`, 'two']);
    expect(wrap(`x ${dim('abcdefgh')}`, 4).map((line) => width(line))).toEqual([1, 4, 4]);
  });
});

describe('wrap, indented', () => {
  it('keeps the first line’s own indentation and leaves no space at the end of a line', () => {
    expect(wrap('    why first open topic', 14, '        ')).toEqual(['    why first', '        open', '        topic']);
    expect(wrap('id  abc  (long)', 8, '  ')).toEqual(['id  abc', '  (long)']);
  });
});
