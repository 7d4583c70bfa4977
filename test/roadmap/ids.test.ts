import { describe, expect, it } from 'vitest';
import { foldForMatch, slugify } from '../../src/roadmap/ids.js';

describe('slugify', () => {
  it.each([
    ['Phase 1: Fundamentals', 'phase-1-fundamentals'],
    ['Goroutines – Optimizing performance with concurrency in Go', 'goroutines-optimizing'],
    ['OAuth 2.0 and OpenID Connect flows', 'oauth-2-0'],
    ['Café crème', 'cafe-creme'],
    ['Cafe\u0301', 'cafe'],
    ['🚀', ''],
    ['日本語 の 本', '日本語-の-本'],
    ['Supercalifragilisticexpialidocious-and-more-words', 'supercalifragilisticexpialidociou'.slice(0, 32)],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

describe('foldForMatch', () => {
  it('ignores case, accents, Unicode normal form and punctuation', () => {
    expect(foldForMatch('Café')).toBe(foldForMatch('CAFE\u0301'));
    expect(foldForMatch('Phase 1: Fundamentals')).toBe('phase 1 fundamentals');
  });

  // The definition, written plainly; foldForMatch must agree with it on every kind of text.
  const reference = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  it.each([
    '',
    '   ',
    '--',
    'Goroutines',
    '  Phase 2/Context: the basics!  ',
    'OAuth 2.0 and OpenID Connect',
    'Goroutines – Optimizing performance with concurrency in Go',
    '🟢 Phase 1: Fundamentals',
    'Café crème, naïve façade',
    'CAFE\u0301',
    'İstanbul ǅemal ﬁle ①②',
    'データベース設計 と SQL',
    'Ελληνικά · Русский · العربية',
    'tab\there\nnewline\u0000nul',
  ])('agrees with its definition on %j', (text) => {
    expect(foldForMatch(text)).toBe(reference(text));
  });

  it('agrees with its definition on every code point of the plain ranges and their edges, between letters', () => {
    const ranges = [
      [0x00, 0x7f],
      [0x2000, 0x2060],
      [0x2180, 0x2200],
      [0x24f0, 0x2800],
      [0x1f2f0, 0x1fb00],
    ];
    const disagree: string[] = [];
    for (const [from, to] of ranges) {
      for (let code = from; code <= to; code++) {
        const text = `Ab${String.fromCodePoint(code)}Cd 1${String.fromCodePoint(code)}2`;
        if (foldForMatch(text) !== reference(text)) disagree.push(code.toString(16));
      }
    }
    expect(disagree).toEqual([]);
  });
});
