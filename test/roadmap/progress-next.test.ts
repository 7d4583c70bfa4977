import { describe, expect, it } from 'vitest';
import { suggestNext } from '../../src/roadmap/next.js';
import { computeProgress } from '../../src/roadmap/progress.js';
import { readRoadmapSh, roadmapShDocument } from '../../src/roadmap/roadmap-sh.js';
import { indexRoadmap } from '../../src/roadmap/tree-index.js';
import type { Status } from '../../src/roadmap/types.js';
import { md, parseBundled } from '../helpers/bundled.js';
import { diagram } from '../helpers/diagram.js';

const doneAll = (ids: readonly string[]) => new Map<string, Status>(ids.map((id) => [id, 'done']));

describe('computeProgress', () => {
  const roadmap = md('# T\n## A\n### A1\n- a\n- b\n  - b1\n  - b2\n### A2\n- c\n## Overview\nJust prose.\n## B\n- d\n');

  it('rolls leaves up to parents, sections and the whole, rounding percent down', () => {
    const progress = computeProgress(roadmap, doneAll(['a/a1/a', 'a/a1/b/b1']));
    expect([progress.done, progress.total, progress.percent]).toEqual([2, 5, 40]);
    const a1 = progress.sections[0].sections[0];
    expect([a1.done, a1.total, a1.percent]).toEqual([2, 3, 66]);
    expect(a1.topics.map((topic) => [topic.title, topic.status])).toEqual([
      ['a', 'done'],
      ['b', 'doing'],
    ]);
  });

  it('says 100 only when everything is done', () => {
    const all = computeProgress(roadmap, doneAll(['a/a1/a', 'a/a1/b/b1', 'a/a1/b/b2', 'a/a2/c']));
    expect(all.sections[0].percent).toBe(100);
    expect(all.percent).toBe(80);
  });

  it('leaves out sections with no topics below them', () => {
    expect(computeProgress(roadmap, new Map()).sections.map((section) => section.title)).toEqual(['A', 'B']);
  });
});

describe('suggestNext', () => {
  it('starts with the earliest unfinished section, in document order, and says why', () => {
    const index = indexRoadmap(parseBundled('go-backend-cloud'));
    const checked = index.leaves.filter((leaf) => leaf.checked).map((leaf) => leaf.id);
    const next = suggestNext(index, doneAll(checked), 3);
    expect(next.map(({ node, score, reason }) => [node.shortId, node.path, score, reason])).toEqual([
      ['goroutines-optimizing', ['Backend Engineering Roadmap', 'Phase 1: Fundamentals'], 50, 'first open topic of the earliest unfinished section'],
      [
        'understand-api-versioning-best',
        ['Backend Engineering Roadmap', 'Phase 2: Scalable Backend Design'],
        -10,
        'first open topic of its section, after 1 unfinished section',
      ],
      ['use-middleware-request', ['Backend Engineering Roadmap', 'Phase 2: Scalable Backend Design'], -11, 'in a later section, after 1 unfinished section'],
    ]);
  });

  it('explains each score as value × weight terms', () => {
    const index = indexRoadmap(md('# T\n## A\n- a\n- b\n## B\n- c\n'));
    const [, second, third] = suggestNext(index, new Map([['b/c', 'doing']]), 3);
    expect(suggestNext(index, new Map([['b/c', 'doing']]), 1)[0].node.title).toBe('c');
    expect(second.terms.map((t) => [t.signal, t.value, t.weight, t.contribution])).toEqual([
      ['inProgress', 0, 1000, 0],
      ['earliestSection', 1, 50, 50],
      ['sectionsBefore', 0, -10, 0],
      ['openBefore', 0, -1, 0],
      ['projectReady', 0, 20, 0],
    ]);
    expect([second.node.title, second.score, third.node.title, third.score]).toEqual(['a', 50, 'b', 49]);
  });

  it('suggests alternative and optional topics after every topic of the main path, unless started', () => {
    const { roadmap } = readRoadmapSh(
      roadmapShDocument(
        JSON.stringify(
          diagram([
            { id: 'T1', type: 'topic', label: 'Pick a Language', x: 0, y: 0 },
            { id: 'js', label: 'JavaScript', x: 300, y: 0, legend: 'Personal Recommendation / Opinion' },
            { id: 'rust', label: 'Rust', x: 300, y: 53, legend: 'Alternative Option / Pick this or purple' },
            { id: 'php', label: 'PHP', x: 300, y: 106, legend: 'Optional / Learn if you want' },
            { id: 'T2', type: 'topic', label: 'Git', x: 0, y: 600 },
            { id: 'T3', type: 'topic', label: 'Databases', x: 0, y: 900 },
          ]),
        ),
      )!,
      'R',
    );
    const index = indexRoadmap(roadmap);
    const titles = (statuses: Map<string, Status>) => suggestNext(index, statuses, 10).map((s) => s.node.title);
    expect(titles(new Map())).toEqual(['Pick a Language', 'JavaScript', 'Git', 'Databases', 'Rust', 'PHP']);
    expect(titles(new Map([['pick-a-language/rust', 'doing']]))[0]).toBe('Rust');
    const [rust] = suggestNext(index, new Map(), 10).filter((s) => s.node.title === 'Rust');
    expect([rust.reason, rust.terms.at(-1)]).toEqual([
      'an alternative or optional topic: after the main path',
      { signal: 'offPath', value: 1, weight: -10_000, contribution: -10_000 },
    ]);
  });

  it("holds a section's projects back until its other topics are done", () => {
    const index = indexRoadmap(md('# T\n## W1\n### Learn\n- a\n- b\n### Project Task\n- p\n## W2\n- c\n'));
    expect(suggestNext(index, new Map(), 5).map((s) => s.node.title)).toEqual(['a', 'b', 'c']);
    const later = suggestNext(index, doneAll(['w1/learn/a', 'w1/learn/b']), 5);
    expect(later.map((s) => [s.node.title, s.score, s.reason])).toEqual([
      ['p', 70, 'project of W1: its other topics are done'],
      ['c', -10, 'first open topic of its section, after 1 unfinished section'],
    ]);
  });

  it('keeps a step of a numbered list, or of a section "in order", until the one before is finished', () => {
    const index = indexRoadmap(md('# T\n## Setup\n1. install\n2. configure\n3. run\n## Basics (in order)\n- x\n- y\n'));
    expect(suggestNext(index, new Map(), 9).map((s) => s.node.title)).toEqual(['install', 'x']);
    expect(suggestNext(index, doneAll(['setup/install', 'basics-in-order/x']), 9).map((s) => s.node.title)).toEqual(['configure', 'y']);
  });

  it('leaves out skipped topics, suggests nothing when everything is finished, and honours the limit', () => {
    const index = indexRoadmap(md('# T\n## S\n- a\n- b\n- c\n'));
    expect(suggestNext(index, new Map(), 2)).toHaveLength(2);
    expect(suggestNext(index, new Map([['s/a', 'skipped']]), 5).map((s) => s.node.title)).toEqual(['b', 'c']);
    expect(suggestNext(index, doneAll(index.leaves.map((leaf) => leaf.id)), 5)).toEqual([]);
  });
});
