import { describe, expect, it } from 'vitest';
import { fallbackTitle, splitFrontMatter } from '../../src/roadmap/title.js';

describe('a title from a file name', () => {
  it.each([
    ['dsa-bootcamp-java-syllabus.md', 'Dsa Bootcamp Java Syllabus'],
    ['/home/me/notes/rust_path.markdown', 'Rust Path'],
    ['golang-developer-roadmap/README.md', 'Golang Developer Roadmap'],
    ['README.md', 'README'],
    ['iOS-notes.md', 'iOS Notes'],
    ['../', 'Roadmap'],
  ])('%s → %s', (name, title) => {
    expect(fallbackTitle(name)).toBe(title);
  });
});

describe('YAML front matter', () => {
  it('gives its title and blanks itself out, keeping the line count', () => {
    const { title, body } = splitFrontMatter('---\ntitle: "JS basics"\ntopic: x\n---\n# H\n');
    expect(title).toBe('JS basics');
    expect(body).toBe('\n\n\n\n# H\n');
  });

  it('is only front matter at the very start', () => {
    expect(splitFrontMatter('# H\n---\ntitle: no\n---\n')).toEqual({ body: '# H\n---\ntitle: no\n---\n' });
    expect(splitFrontMatter('---\ntopic: x\n---\n- a\n')).toEqual({ body: '\n\n\n- a\n' });
  });
});
