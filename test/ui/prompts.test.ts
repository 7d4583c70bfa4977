import { describe, expect, it } from 'vitest';
import { indexRoadmap } from '../../src/roadmap/tree-index.js';
import type { Status } from '../../src/roadmap/types.js';
import { promptCandidates } from '../../src/ui/prompts.js';
import { md } from '../helpers/bundled.js';

describe('the topics a prompt offers', () => {
  const index = indexRoadmap(md('# T\n## S\n- a\n- b\n- c\n- d\n- e\n'));
  const statuses = new Map<string, Status>([
    ['s/a', 'done'],
    ['s/b', 'skipped'],
    ['s/c', 'doing'],
  ]);
  const offered = (to: Status) => promptCandidates(index, statuses, to).map((leaf) => leaf.title);

  it('are those the command would change, open ones first, each group in document order', () => {
    expect(offered('skipped')).toEqual(['c', 'd', 'e', 'a']);
    expect(offered('done')).toEqual(['c', 'd', 'e', 'b']);
    expect(offered('doing')).toEqual(['d', 'e', 'a', 'b']);
    expect(offered('todo')).toEqual(['c', 'a', 'b']);
  });
});
