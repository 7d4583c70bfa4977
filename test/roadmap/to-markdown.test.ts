import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/roadmap/to-markdown.js';
import { indexRoadmap } from '../../src/roadmap/tree-index.js';
import type { Status } from '../../src/roadmap/types.js';
import { type BundledId, md, parseBundled, SEEDS } from '../helpers/bundled.js';

describe('toMarkdown', () => {
  it.each(Object.keys(SEEDS) as BundledId[])('%s: reading the export again gives the same topics, kinds and done set', (id) => {
    const roadmap = parseBundled(id);
    const index = indexRoadmap(roadmap);
    // A leaf of every status: done, in progress, skipped, to do, in turn.
    const cycle: Status[] = ['done', 'doing', 'skipped', 'todo'];
    const statuses = new Map<string, Status>(index.leaves.map((leaf, i) => [leaf.id, cycle[i % 4]]));
    const again = indexRoadmap(md(toMarkdown(roadmap, statuses)));
    expect(again.leaves.map((leaf) => [leaf.id, leaf.title, leaf.kind])).toEqual(index.leaves.map((leaf) => [leaf.id, leaf.title, leaf.kind]));
    // Ticked: done and skipped (both finished); in progress and skipped come back as they were.
    const read = again.leaves.map((leaf) => leaf.startsAs ?? (leaf.checked ? 'done' : 'todo'));
    expect(read).toEqual(index.leaves.map((leaf) => statuses.get(leaf.id)));
    expect(again.leaves.filter((leaf) => leaf.checked).length).toBe(index.leaves.filter((_, i) => i % 4 === 0 || i % 4 === 2).length);
  });

  it('escapes titles that look like markdown', () => {
    const roadmap = md('# T\n## S\n- \\*not bold\\* \\`code\\` \\[x\\]\n- 1\\. not a list\n- \\# not a heading\n- a_b_c & \\<tag\\>\n');
    const titles = indexRoadmap(roadmap).leaves.map((leaf) => leaf.title);
    expect(titles).toEqual(['*not bold* `code` [x]', '1. not a list', '# not a heading', 'a_b_c & <tag>']);
    expect(indexRoadmap(md(toMarkdown(roadmap, new Map()))).leaves.map((leaf) => leaf.title)).toEqual(titles);
  });

  it('leaves prose as it was written: only what markdown would read as syntax is escaped', () => {
    const roadmap = md('# Go & Friends: Great! Here’s C#\n\nRead the **docs** & use snake_case, a ~ b.\n\n## S\n- a | b, 5 > 3, x_1\n');
    const text = toMarkdown(roadmap, new Map());
    expect(text).toBe('# Go & Friends: Great! Here’s C#\n\nRead the docs & use snake_case, a ~ b.\n\n## S\n\n- [ ] a | b, 5 > 3, x_1\n');
    const tricky = md('# T\n## S\n- \\_under\\_ \\*star\\* \\~\\~strike\\~\\~ \\&amp; \\<b\\> ends with \\#\n');
    const titles = indexRoadmap(tricky).leaves.map((leaf) => leaf.title);
    expect(titles).toEqual(['_under_ *star* ~~strike~~ &amp; <b> ends with #']);
    expect(indexRoadmap(md(toMarkdown(tricky, new Map()))).leaves.map((leaf) => leaf.title)).toEqual(titles);
  });

  it('marks in progress and skipped topics with a comment GitHub does not show, a skipped one ticked', () => {
    const roadmap = md('# T\n## S\n- a\n- b\n- c\n');
    const statuses = new Map<string, Status>([
      ['s/a', 'doing'],
      ['s/b', 'skipped'],
    ]);
    expect(toMarkdown(roadmap, statuses)).toBe('# T\n\n## S\n\n- [ ] a <!-- roadmap: in progress -->\n- [x] b <!-- roadmap: skipped -->\n- [ ] c\n');
  });

  it('writes a GFM checklist with labels and resources as the parser reads them', () => {
    const roadmap = md('# T\n## S\nAbout S.\n\n**Learn:**\n\n- a\n- b\n\n**Resources:**\n\n- [Docs](https://d.example)\n');
    expect(toMarkdown(roadmap, new Map([['s/a', 'done']]))).toBe(
      '# T\n\n## S\n\nAbout S.\n\n**Learn:**\n\n- [x] a\n- [ ] b\n\n**Resources:**\n\n- [Docs](https://d.example)\n',
    );
  });
});
