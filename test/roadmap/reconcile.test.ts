import { describe, expect, it } from 'vitest';
import { reconcile, splitTopics } from '../../src/roadmap/reconcile.js';
import { readRoadmapSh, roadmapShDocument } from '../../src/roadmap/roadmap-sh.js';
import { indexRoadmap } from '../../src/roadmap/tree-index.js';
import { md } from '../helpers/bundled.js';
import { type Box, diagram } from '../helpers/diagram.js';

const v1 = indexRoadmap(md('# R\n## Basics\n- Ownership\n- Borrowing\n- Lifetimes\n## Async\n- Futures\n- Tokio runtime\n'));
const tracked = (...ids: string[]) => new Map(ids.map((id) => [id, v1.byId.get(id)?.title ?? '']));

describe('reconcile', () => {
  it('keeps ids that still exist', () => {
    expect(reconcile(v1, v1, tracked('basics/ownership', 'async/futures'))).toEqual({ moves: [], orphans: [] });
  });

  it('follows a topic moved to another section, a renamed one, and one whose title grew', () => {
    const v2 = indexRoadmap(md('# R\n## Basics\n- Ownership and moves\n- Borowing\n## Concurrency\n- Futures\n- Tokio runtime\n'));
    expect(reconcile(v1, v2, tracked('basics/ownership', 'basics/borrowing', 'async/futures'))).toEqual({
      moves: [
        { from: 'basics/ownership', to: 'basics/ownership-and-moves' },
        { from: 'basics/borrowing', to: 'basics/borowing' },
        { from: 'async/futures', to: 'concurrency/futures' },
      ],
      orphans: [],
    });
  });

  it('leaves what matches nothing as an orphan, and never gives one new topic to two old ones', () => {
    const v2 = indexRoadmap(md('# R\n## Basics\n- Ownership rules\n## Other\n- Something else\n'));
    expect(reconcile(v1, v2, tracked('basics/ownership', 'basics/lifetimes', 'async/tokio-runtime'))).toEqual({
      moves: [{ from: 'basics/ownership', to: 'basics/ownership-rules' }],
      orphans: ['basics/lifetimes', 'async/tokio-runtime'],
    });
  });

  it('follows a roadmap.sh node by its id through a rename and a move, and by the oldId of a node drawn anew', () => {
    const tree = (boxes: Box[]) => indexRoadmap(readRoadmapSh(roadmapShDocument(JSON.stringify(diagram(boxes)))!, 'R').roadmap);
    const before = tree([
      { id: 'T1', type: 'topic', label: 'Internet', x: 0, y: 0 },
      { id: 'n-http', label: 'What is HTTP?', x: 300, y: 0 },
      { id: 'n-dns', label: 'DNS', x: 300, y: 53 },
      { id: 'T2', type: 'topic', label: 'Languages', x: 0, y: 300 },
      { id: 'n-go', label: 'Go', x: 300, y: 300 },
    ]);
    const after = tree([
      { id: 'T1', type: 'topic', label: 'Internet', x: 0, y: 0 },
      { id: 'n-dns', label: 'Domain names', x: 300, y: 0 },
      { id: 'T2', type: 'topic', label: 'Languages', x: 0, y: 300 },
      { id: 'n-http', label: 'HTTP in depth', x: 300, y: 300 },
      { id: 'n-golang', label: 'Golang', x: 300, y: 353, oldId: 'n-go' },
      // A namesake of the old title, which a title match alone would pick.
      { id: 'n-other', label: 'What is HTTP?', x: 300, y: 406 },
    ]);
    const ids = ['internet/what-is-http', 'internet/dns', 'languages/go'];
    expect(reconcile(before, after, new Map(ids.map((id) => [id, before.byId.get(id)!.title])))).toEqual({
      moves: [
        { from: 'internet/what-is-http', to: 'languages/http-in-depth' },
        { from: 'internet/dns', to: 'internet/domain-names' },
        { from: 'languages/go', to: 'languages/golang' },
      ],
      orphans: [],
    });
  });

  it('uses the stored title when the old tree is gone', () => {
    const v2 = indexRoadmap(md('# R\n## New\n- Lifetimes\n'));
    expect(reconcile(undefined, v2, new Map([['basics/lifetimes', 'Lifetimes']]))).toEqual({
      moves: [{ from: 'basics/lifetimes', to: 'new/lifetimes' }],
      orphans: [],
    });
  });
  it('gives a topic that two old ones merged into to one of them only: the other is an orphan', () => {
    const before = indexRoadmap(md('# R\n## Tools\n- Docker basics\n- Docker compose\n'));
    const after = indexRoadmap(md('# R\n## Tools\n- Docker basics and compose\n'));
    const result = reconcile(
      before,
      after,
      new Map([
        ['tools/docker-basics', 'Docker basics'],
        ['tools/docker-compose', 'Docker compose'],
      ]),
    );
    expect(result.moves).toEqual([{ from: 'tools/docker-basics', to: 'tools/docker-basics-and-compose' }]);
    expect(result.orphans).toEqual(['tools/docker-compose']);
  });
});

describe('reconcile, namesakes under one parent', () => {
  it('gives the second of two same-titled topics to the second, when their section is renamed', () => {
    const before = indexRoadmap(md('# R\n## Day 1\n- Inline Script\n- Other\n- Inline Script\n'));
    const after = indexRoadmap(md('# R\n## Day 1 (revised)\n- Inline Script\n- Other\n- Inline Script\n'));
    const tracked = new Map([['day-1/inline-script-2', 'Inline Script']]);
    expect(reconcile(before, after, tracked).moves).toEqual([{ from: 'day-1/inline-script-2', to: 'day-1-revised/inline-script-2' }]);
  });
});

describe('splitTopics', () => {
  it('gives a split topic’s status to each part with none, once each, and leaves topics that stay whole alone', () => {
    const v2 = indexRoadmap(md('# R\n## Basics\n- Ownership\n  - Moves\n  - Copy\n- Borrowing\n- Lifetimes\n  - Elision\n'));
    const statuses = new Map([
      ['basics/ownership', 'done' as const],
      ['basics/ownership/copy', 'doing' as const],
      ['basics/borrowing', 'skipped' as const],
      ['basics/lifetimes', 'todo' as const],
    ]);
    expect(splitTopics(v2, statuses).map(({ topic, status, parts }) => [topic.id, status, parts.map((part) => [part.topicId, part.from, part.to])])).toEqual([
      ['basics/ownership', 'done', [['basics/ownership/moves', 'todo', 'done']]],
    ]);
  });
});
