import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/roadmap/to-markdown.js';
import { indexRoadmap } from '../../src/roadmap/tree-index.js';
import type { Status } from '../../src/roadmap/types.js';
import { type BundledId, md, parseBundled, SEEDS } from '../helpers/bundled.js';

describe('toMarkdown', () => {
  it.each(Object.keys(SEEDS) as BundledId[])('%s: reading the export again gives the same topics, kinds and done set', (id) => {
    const roadmap = parseBundled(id);
    const index = indexRoadmap(roadmap);
    // Every third leaf done, plus one in progress and one skipped (which export as not done).
    const statuses = new Map<string, Status>(index.leaves.map((leaf, i) => [leaf.id, i % 3 === 0 ? 'done' : i % 3 === 1 ? 'doing' : 'skipped']));
    const again = indexRoadmap(md(toMarkdown(roadmap, statuses)));
    expect(again.leaves.map((leaf) => [leaf.id, leaf.title, leaf.kind])).toEqual(index.leaves.map((leaf) => [leaf.id, leaf.title, leaf.kind]));
    expect(again.leaves.filter((leaf) => leaf.checked).map((leaf) => leaf.id)).toEqual(
      index.leaves.filter((leaf) => statuses.get(leaf.id) === 'done').map((leaf) => leaf.id),
    );
  });

  it('escapes titles that look like markdown', () => {
    const roadmap = md('# T\n## S\n- \\*not bold\\* \\`code\\` \\[x\\]\n- 1\\. not a list\n- \\# not a heading\n- a_b_c & \\<tag\\>\n');
    const titles = indexRoadmap(roadmap).leaves.map((leaf) => leaf.title);
    expect(titles).toEqual(['*not bold* `code` [x]', '1. not a list', '# not a heading', 'a_b_c & <tag>']);
    expect(indexRoadmap(md(toMarkdown(roadmap, new Map()))).leaves.map((leaf) => leaf.title)).toEqual(titles);
  });

  it('writes a GFM checklist with labels and resources as the parser reads them', () => {
    const roadmap = md('# T\n## S\nAbout S.\n\n**Learn:**\n\n- a\n- b\n\n**Resources:**\n\n- [Docs](https://d.example)\n');
    expect(toMarkdown(roadmap, new Map([['s/a', 'done']]))).toBe(
      '# T\n\n## S\n\nAbout S.\n\n**Learn:**\n\n- [x] a\n- [ ] b\n\n**Resources:**\n\n- [Docs](https://d.example)\n',
    );
  });
});
