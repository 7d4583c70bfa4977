// roadmap.sh diagrams read as trees: which nodes are topics, and which topic holds each subtopic (inferred from the layout).
import { describe, expect, it } from 'vitest';
import {
  MAX_NODES,
  MAX_TRACKED_NODES,
  type RoadmapShDocument,
  RoadmapShError,
  readContent,
  readRoadmapSh,
  roadmapShDocument,
} from '../../src/roadmap/roadmap-sh.js';
import { topicTags } from '../../src/roadmap/topic-tags.js';
import type { Roadmap } from '../../src/roadmap/types.js';
import { type Box, diagram } from '../helpers/diagram.js';

/** The main path of these tests: three topics 200 wide, one above the other. */
const T1: Box = { id: 'T1', type: 'topic', x: 0, y: 0, width: 200 };
const T2: Box = { id: 'T2', type: 'topic', x: 0, y: 300, width: 200 };
const T3: Box = { id: 'T3', type: 'topic', x: 0, y: 600, width: 200 };

function read(boxes: Box[], edges: [string | undefined, string | undefined][] = [], extra: Record<string, unknown> = {}) {
  const document = roadmapShDocument(JSON.stringify(diagram(boxes, edges, extra)));
  if (!document) throw new Error('not read as a diagram');
  return readRoadmapSh(document, 'Fallback');
}

/** A section frame titled by a label at its top, holding one box per title, stacked. */
const titledBox = (id: string, title: string, x: number, y: number, height: number, ...items: string[]): Box[] => [
  { id, type: 'section', label: '', x, y, width: 300, height },
  { id: `${id}-title`, type: 'label', label: title, x: x + 20, y: y + 10 },
  ...items.map((item, i) => ({ id: item, x: x + 20, y: y + 60 + i * 53 })),
];

/** Each section as "Title: topic, topic". */
const outline = (roadmap: Roadmap) => roadmap.sections.map((section) => `${section.title}: ${section.topics.map((topic) => topic.title).join(', ')}`);

describe('roadmap.sh diagrams: what is a topic', () => {
  it('tracks topics, subtopics and todos with a label; buttons, labels, paragraphs, sections, titles, legends and lines are not topics', () => {
    const { roadmap } = read([
      { id: 'title', type: 'title', label: 'Mini Roadmap', x: 0, y: -200 },
      { ...T1, label: 'Basics' },
      { id: 's1', label: 'First subtopic', x: 300, y: 0 },
      { id: 'td', type: 'todo', label: 'A todo', x: 300, y: 53 },
      { id: 'blank', label: '   ', x: 300, y: 106 },
      { id: 'b', type: 'button', label: 'Frontend Roadmap', x: -400, y: 0 },
      { id: 'l', type: 'label', label: 'A label', x: -400, y: 100 },
      { id: 'p', type: 'paragraph', label: 'Some text', x: -400, y: 200 },
      { id: 'lg', type: 'legend', label: 'Legend', x: -400, y: 300 },
      { id: 'lk', type: 'linksgroup', label: 'Related Roadmaps', x: -400, y: 400 },
      { id: 'v', type: 'vertical', label: 'vertical node', x: 90, y: 60, width: 21, height: 100 },
      { id: 'sec', type: 'section', label: '', x: -800, y: 0, width: 300, height: 300 },
    ]);
    expect(roadmap.title).toBe('Mini Roadmap');
    expect(outline(roadmap)).toEqual(['Basics: Basics, First subtopic, A todo']);
    expect(roadmap.found?.units.node).toBe(3);
  });

  it('takes the title from the document (the API, or a folder’s page), else the title node, else the file’s name', () => {
    expect(read([T1], [], { title: 'Backend Developer' }).roadmap.title).toBe('Backend Developer');
    expect(read([T1]).roadmap.title).toBe('Fallback');
  });

  it('reads topics top to bottom, and left to right along a line', () => {
    const { roadmap } = read([
      { id: 'B', type: 'topic', x: 0, y: 300 },
      { id: 'A', type: 'topic', x: 0, y: 0 },
      { id: 'A2', type: 'topic', x: 400, y: 15 },
      { id: 'A0', type: 'topic', x: -400, y: 12 },
      { id: 'C', type: 'topic', x: -300, y: 600 },
    ]);
    expect(roadmap.sections.map((section) => section.title)).toEqual(['A0', 'A', 'A2', 'B', 'C']);
  });

  it('makes each topic a section of itself and its subtopics, and counts a box drawn twice over itself once', () => {
    const { roadmap } = read([T1, { id: 'x', x: 300, y: 0 }, { id: 'x-copy', label: 'x', x: 300, y: 0 }, { id: 'y', x: 300, y: 53 }]);
    expect(outline(roadmap)).toEqual(['T1: T1, x, y']);
    expect(roadmap.sections[0].topics.map((topic) => topic.key)).toEqual(['T1', 'x', 'y']);
  });

  it('keeps of two copies the one with content', () => {
    const document = roadmapShDocument(
      JSON.stringify({ ...diagram([T1, { id: 'x', x: 300, y: 0 }, { id: 'x-copy', label: 'x', x: 300, y: 0 }]), content: { 'x-copy': '# x\n\nThe one.' } }),
    )!;
    const [, x] = readRoadmapSh(document, 'F').roadmap.sections[0].topics;
    expect([x.key, x.description]).toEqual(['x-copy', 'The one.']);
  });

  it('with no topic drawn, tracks the other boxes as topics in reading order', () => {
    const { roadmap } = read([
      { id: 'b', x: 0, y: 100 },
      { id: 'a', x: 0, y: 0 },
    ]);
    expect([roadmap.sections.length, roadmap.topics.map((topic) => topic.title)]).toEqual([0, ['a', 'b']]);
  });
});

describe('roadmap.sh diagrams: which topic holds a subtopic', () => {
  it('the topic an edge joins it to, whichever way the edge points, though another topic is nearer', () => {
    const { roadmap, grouping } = read(
      [T1, T2, { id: 'near-T2', x: 300, y: 300 }, { id: 'also', x: 300, y: 700 }],
      [
        ['near-T2', 'T1'],
        ['T1', 'also'],
        [undefined, 'T2'],
        ['T2', 'missing-node'],
      ],
    );
    expect(outline(roadmap)).toEqual(['T1: T1, near-T2, also', 'T2: T2']);
    expect(grouping).toEqual({ byLine: 2, byGroup: 0, byNearness: 0 });
  });

  it('of two topics an edge joins it to, the nearer', () => {
    const { roadmap } = read(
      [T1, T2, { id: 's', x: 300, y: 280 }],
      [
        ['s', 'T1'],
        ['s', 'T2'],
      ],
    );
    expect(outline(roadmap)).toEqual(['T1: T1', 'T2: T2, s']);
  });

  it('the topic one box of its stack of touching boxes is joined to', () => {
    // A stack beside T2 (4 px apart, as roadmap.sh draws them), its top box joined to T1.
    const { roadmap, grouping } = read([T1, T2, { id: 'top', x: 300, y: 250 }, { id: 'mid', x: 300, y: 303 }, { id: 'low', x: 300, y: 356 }], [['T1', 'top']]);
    expect(outline(roadmap)).toEqual(['T1: T1, top, mid, low', 'T2: T2']);
    expect(grouping).toEqual({ byLine: 1, byGroup: 2, byNearness: 0 });
  });

  it('boxes 20 px apart are no stack: each goes by itself', () => {
    const { roadmap } = read([T1, T2, { id: 'top', x: 300, y: 120 }, { id: 'low', x: 300, y: 189 }], [['T2', 'low']]);
    expect(outline(roadmap)).toEqual(['T1: T1, top', 'T2: T2, low']);
  });

  it('the topic a section box around it is joined to by an edge', () => {
    const { roadmap } = read(
      [
        T1,
        T3,
        { id: 'box', type: 'section', label: '', x: 280, y: 560, width: 200, height: 200 },
        { id: 'in-1', x: 300, y: 580 },
        { id: 'in-2', x: 300, y: 680 },
      ],
      [['T1', 'box']],
    );
    expect(outline(roadmap)).toEqual(['T1: T1, in-1, in-2', 'T3: T3']);
  });

  it('the one topic inside the same section box, whatever a line says', () => {
    const { roadmap } = read(
      [T1, T3, { id: 'box', type: 'section', label: '', x: -20, y: 590, width: 500, height: 200 }, { id: 'with-T3', x: 300, y: 700 }],
      [['T1', 'with-T3']],
    );
    expect(outline(roadmap)).toEqual(['T1: T1', 'T3: T3, with-T3']);
  });

  it('the topic a line drawn as a node joins it to (roadmap.sh’s vertical and horizontal nodes), ends within a few pixels', () => {
    // Nearest to T1; a vertical line runs from its bottom down into a wide T2.
    const wideT2 = { ...T2, width: 400 };
    const { roadmap, grouping } = read([T1, wideT2, { id: 'lined', x: 300, y: 120 }, { id: 'line', type: 'vertical', x: 365, y: 185, width: 21, height: 100 }]);
    expect(outline(roadmap)).toEqual(['T1: T1', 'T2: T2, lined']);
    expect(grouping.byLine).toBe(1);
  });

  it('a horizontal line joins the box at its far end to the topic at its near end, though another topic is nearer', () => {
    const T4: Box = { id: 'T4', type: 'topic', x: 600, y: 300, width: 200 };
    const { roadmap } = read([T1, T2, T4, { id: 'h', x: 420, y: 310 }, { id: 'line', type: 'horizontal', x: 200, y: 320, width: 200, height: 20 }]);
    expect(outline(roadmap)).toEqual(['T1: T1', 'T2: T2, h', 'T4: T4']);
  });

  it('a line between two topics is the main path: it joins neither to the boxes it passes or ends at, nor those boxes to each other', () => {
    const { roadmap } = read([
      T1,
      T2,
      { id: 'beside', x: 210, y: 150 },
      { id: 'at-top', x: 50, y: 60, width: 100 },
      { id: 'at-bottom', x: 50, y: 240, width: 100 },
      { id: 'path', type: 'vertical', x: 90, y: 49, width: 21, height: 251 },
    ]);
    expect(outline(roadmap)).toEqual(['T1: T1, at-top, beside', 'T2: T2, at-bottom']);
  });

  it('a line that runs through a topic joins the boxes at its ends to that topic', () => {
    const { roadmap } = read([
      T1,
      T2,
      { id: 'above', x: 50, y: 60, width: 100 },
      { id: 'below', x: 50, y: 400, width: 100 },
      { id: 'through', type: 'vertical', x: 90, y: 109, width: 21, height: 291 },
    ]);
    expect(outline(roadmap)).toEqual(['T1: T1', 'T2: T2, above, below']);
  });

  it('boxes a line joins to each other go together (a subtopic’s own subtopics)', () => {
    // "child" sits nearest T2, but a line joins it to "parent", which an edge joins to T1.
    const { roadmap } = read(
      [T1, T2, { id: 'parent', x: 300, y: 100 }, { id: 'child', x: 300, y: 260 }, { id: 'link', type: 'vertical', x: 365, y: 160, width: 21, height: 90 }],
      [['T1', 'parent']],
    );
    expect(outline(roadmap)).toEqual(['T1: T1, parent, child', 'T2: T2']);
  });

  it('else the nearest topic', () => {
    const { roadmap, grouping } = read([T1, T2, T3, { id: 'far-left', x: -400, y: 610 }, { id: 'up', x: 300, y: 40 }]);
    expect(outline(roadmap)).toEqual(['T1: T1, up', 'T2: T2', 'T3: T3, far-left']);
    expect(grouping).toEqual({ byLine: 0, byGroup: 0, byNearness: 2 });
  });

  it('a stack goes whole to the topic nearest any of its boxes', () => {
    const { roadmap } = read([T1, T2, { id: 'a', x: 300, y: 60 }, { id: 'b', x: 300, y: 113 }, { id: 'c', x: 300, y: 166 }, { id: 'd', x: 300, y: 219 }]);
    expect(outline(roadmap)).toEqual(['T1: T1, a, b, c, d', 'T2: T2']);
  });

  it('orders a topic’s subtopics stack by stack, each top to bottom', () => {
    const { roadmap } = read([
      T1,
      { id: 'left-1', x: -400, y: 0 },
      { id: 'left-2', x: -400, y: 53 },
      { id: 'right-1', x: 300, y: 1 },
      { id: 'right-2', x: 300, y: 54 },
    ]);
    expect(outline(roadmap)).toEqual(['T1: T1, left-1, left-2, right-1, right-2']);
  });

  it('a section box titled by a label inside it, with no topic inside or joined, is a section of its own, in reading order', () => {
    const { roadmap } = read([T1, T2, ...titledBox('box', 'Tools', 600, 280, 300, 'x1', 'x2')]);
    expect(outline(roadmap)).toEqual(['T1: T1', 'T2: T2', 'Tools: x1, x2']);
    expect(roadmap.sections[2].key).toBe('box');
  });

  it('a titled box a line joins to one topic is a section within that topic’s, with the titled boxes it touches', () => {
    const { roadmap } = read(
      [
        T1,
        T2,
        // Listed out of reading order, as the editor stores boxes in the order they were drawn.
        ...titledBox('box2', 'Date Functions', 600, 440, 160, 'x2'),
        ...titledBox('box', 'String Functions', 600, 280, 160, 'x1'),
      ],
      [['T1', 'box']],
    );
    expect(outline(roadmap)).toEqual(['T1: T1', 'T2: T2']);
    expect(roadmap.sections[0].sections.map((section) => `${section.title}: ${section.topics.map((topic) => topic.title).join(', ')}`)).toEqual([
      'String Functions: x1',
      'Date Functions: x2',
    ]);
    expect(roadmap.sections[0].sections[0].topics[0].id).toBe('t1/string-functions/x1');
  });

  it('a titled box lines join to two topics stands on the main path between them: a section of its own', () => {
    const { roadmap } = read(
      [T1, T2, ...titledBox('box', 'Environments', 600, 130, 160, 'x1')],
      [
        ['T1', 'box'],
        ['box', 'T2'],
      ],
    );
    expect(outline(roadmap)).toEqual(['T1: T1', 'Environments: x1', 'T2: T2']);
  });

  it('a paragraph or label lines join to subtopics is a heading over them, with their stacks', () => {
    const { roadmap } = read(
      [
        T1,
        T2,
        { id: 'heading', type: 'paragraph', label: 'Advanced Topics', x: 300, y: 250 },
        { id: 'a', x: 300, y: 320 },
        { id: 'b', x: 300, y: 373 },
        { id: 'loose', x: 300, y: 500 },
      ],
      [['heading', 'a']],
    );
    expect(outline(roadmap)).toEqual(['T1: T1', 'Advanced Topics: a, b', 'T2: T2, loose']);
  });
});

describe('roadmap.sh diagrams: legends, content, keys', () => {
  it('turns legend labels, spelt as roadmap.sh spells them, into tags', () => {
    const cases: [string, string[]][] = [
      ['Personal Recommendation / Opinion', ['recommended']],
      ['Personal Recommendation (Opinion)', ['recommended']],
      ['Alternative Option / Pick this or purple', ['alternative']],
      ['Alternative Option - Pick this or Purple', ['alternative']],
      ['Alternative Options', ['alternative']],
      ['Optional / Learn if you want', ['optional']],
      ['Optional / Learn anytime', ['optional']],
      ['Order not strict / Learn anytime', ['any order']],
      ['Order in Roadmap not Strict - Learn anytime', ['any order']],
      ['Beginner Topics / start with these', ['beginner']],
      ['Intermediate Topics / Pick Next', ['intermediate']],
      ['Advanced Topics / pick these at last', ['advanced']],
      ['Deprecated - do not learn', ['deprecated']],
      ['/', []],
    ];
    expect(cases.map(([label]) => topicTags(label))).toEqual(cases.map(([, tags]) => tags));
    const { roadmap } = read([T1, { id: 'Rust', x: 300, y: 0, legend: 'Alternative Option / Pick this or purple' }]);
    expect(roadmap.sections[0].topics.map((topic) => topic.tags)).toEqual([undefined, ['alternative']]);
  });

  it('reads a node’s content: the prose as its description, each `- [@type@Title](url)` as a resource with its type', () => {
    const text = [
      '# ACID',
      '',
      'ACID is **four** properties, see [the docs](https://x.example) and `BEGIN`.',
      'Still the first paragraph.',
      '',
      'A second paragraph.',
      '',
      'Visit the following resources to learn more:',
      '',
      '- [@article@What is ACID?](https://a.example/acid)',
      '- [@video@ACID Explained](https://www.youtube.com/watch?v=1)',
      '- [Plain link](https://plain.example)',
      '',
    ].join('\n');
    expect(readContent(text)).toEqual({
      description: 'ACID is four properties, see the docs and BEGIN. Still the first paragraph.\n\nA second paragraph.',
      resources: [
        { title: 'What is ACID?', url: 'https://a.example/acid', type: 'article' },
        { title: 'ACID Explained', url: 'https://www.youtube.com/watch?v=1', type: 'video' },
        { title: 'Plain link', url: 'https://plain.example' },
      ],
    });
    expect(readContent('# Title only\n')).toEqual({ resources: [] });
  });

  it('keeps each node’s id as its key, and roadmap.sh’s oldId as the key it had before', () => {
    const { roadmap } = read([
      { ...T1, oldId: 'before' },
      { id: 's', x: 300, y: 0, oldId: 's' },
    ]);
    const [self, s] = roadmap.sections[0].topics;
    expect([roadmap.sections[0].key, self.key, self.formerKey, s.key, s.formerKey]).toEqual(['T1', 'T1', 'before', 's', undefined]);
    expect([self.id, s.id]).toEqual(['t1/t1', 't1/s']);
  });
});

describe('roadmap.sh documents: what is read as one', () => {
  it('reads JSON with a nodes list; leaves anything else to the markdown reader', () => {
    expect(roadmapShDocument('# A roadmap\n- a\n')).toBeUndefined();
    expect(roadmapShDocument('{{< hugo shortcode >}}\n# A roadmap')).toBeUndefined();
    expect(roadmapShDocument('[1, 2]')).toBeUndefined();
    const document = roadmapShDocument(
      ' \n{"_id":"x","title":" Backend ","slug":"backend","nodes":[],"edges":[],"content":{"a":"text","b":3}}',
    ) as RoadmapShDocument;
    expect(document).toEqual({ title: 'Backend', nodes: [], edges: [], content: { a: 'text' } });
  });

  it('refuses JSON that is no diagram, an old Balsamiq mockup, or one past the bound on nodes, saying which', () => {
    expect(() => roadmapShDocument('{"name":"package"}')).toThrow(
      new RoadmapShError('JSON, but not a roadmap.sh roadmap (no "nodes" list): roadmap reads markdown and roadmap.sh\'s JSON'),
    );
    expect(() => roadmapShDocument('{"mockup":{"controls":{}}}')).toThrow(/older roadmap.sh diagram \(a Balsamiq mockup\)/);
    expect(() => roadmapShDocument('{"schemaVersion":3,"kind":"roadmap-backup","roadmaps":[]}')).toThrow('restore it with roadmap import <file>');
    const nodes = Array.from({ length: MAX_NODES + 1 }, (_, i) => ({ id: `n${i}`, type: 'label' }));
    expect(() => roadmapShDocument(JSON.stringify({ nodes }))).toThrow(`a diagram of ${MAX_NODES + 1} nodes, more than the ${MAX_NODES} roadmap reads`);
    expect(roadmapShDocument(JSON.stringify({ nodes: nodes.slice(1) }))?.nodes.length).toBe(MAX_NODES);
    // Topics are bounded apart: grouping compares them in pairs.
    const topics = (count: number) => ({ nodes: Array.from({ length: count }, (_, i) => ({ id: `t${i}`, type: 'subtopic', data: { label: `t${i}` } })) });
    expect(() => readRoadmapSh(topics(MAX_TRACKED_NODES + 1), 'F')).toThrow(
      `a diagram of ${MAX_TRACKED_NODES + 1} topics, more than the ${MAX_TRACKED_NODES} roadmap reads`,
    );
    expect(readRoadmapSh(topics(MAX_TRACKED_NODES), 'F').roadmap.topics.length).toBe(MAX_TRACKED_NODES);
  });

  it('skips nodes that are not objects with an id and a type, and reads a size from whichever field has it', () => {
    const document = {
      nodes: [
        null,
        { id: 5, type: 'topic' },
        { id: 'T', type: 'topic', position: { x: 0, y: 0 }, style: { width: 200, height: 49 }, data: { label: 'T' } },
        { id: 's', type: 'subtopic', position: { x: 205, y: 0 }, width: 100, height: 49, data: { label: ' two   words ' } },
      ],
      edges: [null, { source: 1 }],
    };
    const { roadmap } = readRoadmapSh(roadmapShDocument(JSON.stringify(document))!, 'F');
    expect(outline(roadmap)).toEqual(['T: T, two words']);
  });
});
