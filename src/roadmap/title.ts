/** A roadmap's title when the document names none, and a title in YAML front matter. */

/**
 * "dsa-bootcamp-java-syllabus.md" → "Dsa Bootcamp Java Syllabus"; a README is named by its folder.
 * Never a path: only the last name in it.
 */
export function fallbackTitle(name: string): string {
  const parts = name.split(/[\\/]/).filter((part) => part !== '' && part !== '.' && part !== '..');
  let base = (parts.at(-1) ?? '').replace(/\.(md|markdown|mdown|mkd|txt|json)$/i, '');
  if (/^(readme|index)([-_.].*)?$/i.test(base) && parts.length > 1) base = parts.at(-2)!;
  const words = base.split(/[-_\s]+/).filter(Boolean);
  if (words.length === 0) return 'Roadmap';
  // Only a word written all in lower case is capitalised: "iOS" and "README" stay as they are.
  return words.map((word) => (/^[a-z][a-z0-9]*$/.test(word) ? word[0].toUpperCase() + word.slice(1) : word)).join(' ');
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * YAML front matter at the very start: its `title:` if it has one, and the text with the block
 * blanked out (newlines kept, so line numbers in messages stay true). Never a section or prose.
 */
export function splitFrontMatter(text: string): { title?: string; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { body: text };
  const body = match[0].replace(/[^\n]/g, '') + text.slice(match[0].length);
  const line = /^title:[ \t]*(.+?)[ \t]*$/m.exec(match[1]);
  const title = line?.[1]?.replace(/^(['"])(.*)\1$/, '$2').trim();
  return title ? { title, body } : { body };
}
