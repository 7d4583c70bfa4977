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
});
