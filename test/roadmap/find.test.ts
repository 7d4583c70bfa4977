import { describe, expect, it } from 'vitest';
import { type FindResult, findNode } from '../../src/roadmap/find.js';
import { indexRoadmap } from '../../src/roadmap/tree-index.js';
import { md, parseBundled } from '../helpers/bundled.js';

const cloud = indexRoadmap(parseBundled('go-backend-cloud'));
const summary = (result: FindResult) =>
  result.type === 'found'
    ? `found ${result.node.id}`
    : result.type === 'ambiguous'
      ? `ambiguous ${result.candidates.map((node) => node.shortId).join(', ')}`
      : `unknown [${result.suggestions.map((node) => node.shortId).join(', ')}]`;

describe('findNode', () => {
  it.each([
    [
      'a full id',
      'backend-engineering-roadmap/phase-1-fundamentals/goroutines-optimizing',
      'found backend-engineering-roadmap/phase-1-fundamentals/goroutines-optimizing',
    ],
    ['a short id', 'goroutines-optimizing', 'found backend-engineering-roadmap/phase-1-fundamentals/goroutines-optimizing'],
    ['a section id', 'cloud-development-roadmap', 'found cloud-development-roadmap'],
    ['an exact title, any case', 'UNDERSTAND IAM ROLES & PERMISSIONS', 'found cloud-development-roadmap/phase-1-cloud-basics/understand-iam-roles-permissions'],
    ['a unique partial title', 'goroutines', 'found backend-engineering-roadmap/phase-1-fundamentals/goroutines-optimizing'],
    ['a partial title inside a word-run', 'request lifecycle', 'found backend-engineering-roadmap/phase-2-scalable-backend/context-managing-request'],
    ['a path', 'Phase 1/Goroutines', 'found backend-engineering-roadmap/phase-1-fundamentals/goroutines-optimizing'],
    ['a path to a section', 'Cloud/Phase 2', 'found cloud-development-roadmap/phase-2-deployment-automation'],
    ['an ambiguous title part', 'Phase 1', 'ambiguous phase-1-fundamentals, phase-1-cloud-basics'],
    ['a path narrowing a common word', 'Phase 2/logging', 'found cloud-development-roadmap/phase-2-deployment-automation/set-up-logging-monitoring'],
    ['an ambiguous path', 'Phase 1/Learn', 'ambiguous learn-how-http-rest, learn-core-aws-services'],
    ['a typo', 'gorutines', 'unknown [goroutines-optimizing]'],
    ['nothing like it', 'zzzzqqq', 'unknown []'],
    ['an empty query', '  ', 'unknown []'],
    ['an id with slashes around it', '/goroutines-optimizing/', 'found backend-engineering-roadmap/phase-1-fundamentals/goroutines-optimizing'],
    ['an id in capitals', 'GOROUTINES-OPTIMIZING', 'found backend-engineering-roadmap/phase-1-fundamentals/goroutines-optimizing'],
    [
      'a path whose places are out of order',
      'Phase 1: Fundamentals/Backend Engineering/Goroutines',
      'unknown [watch-fundamentals-of-backend, phase-1-fundamentals, backend-engineering-roadmap]',
    ],
    ['a path of one part is a title', 'Goroutines/', 'found backend-engineering-roadmap/phase-1-fundamentals/goroutines-optimizing'],
  ])('%s: %s', (_what, query, expected) => {
    expect(summary(findNode(cloud, query))).toBe(expected);
  });

  it('suggests at most three close titles, the closest first, equal ones in document order', () => {
    const index = indexRoadmap(md('# T\n## S\n- Kafka ops\n- Kafka\n- Kafka connect\n- Kafka admin\n- Kafka basics\n- Flink\n'));
    expect(summary(findNode(index, 'kafak'))).toBe('unknown [kafka-ops, kafka, kafka-connect]');
    expect(summary(findNode(index, 'flnk'))).toBe('unknown [flink]');
  });

  it('an id ends where a / begins: the tail of two ids is ambiguous, an exact id wins over tails', () => {
    const index = indexRoadmap(md('# T\n## A\n- Setup\n## B\n- Setup\n## Setup\n- x\n'));
    expect(summary(findNode(index, 'setup'))).toBe('found setup');
    expect(summary(findNode(index, 'a/setup'))).toBe('found a/setup');
    const twice = indexRoadmap(md('# T\n## A\n- Setup\n## B\n- Setup\n'));
    expect(summary(findNode(twice, 'setup'))).toBe('ambiguous a/setup, b/setup');
  });

  it('matches a short id only at a / boundary: "auth" is not the tail of "oauth"', () => {
    const index = indexRoadmap(md('# T\n## S\n- OAuth\n- Authentication basics\n'));
    expect(summary(findNode(index, 'auth'))).toBe('found s/authentication-basics');
  });

  it('matches accents and Unicode forms either way (NFC query, NFD title)', () => {
    const index = indexRoadmap(md('# T\n## S\n- Cafe\u0301 culture\n- Tea\n'));
    expect(summary(findNode(index, 'Café culture'))).toBe('found s/cafe-culture');
    expect(summary(findNode(index, 'cafe'))).toBe('found s/cafe-culture');
  });

  it('treats quotes, % and _ and SQL as plain text', () => {
    const index = indexRoadmap(md("# T\n## S\n- 100% O'Reilly_book; DROP TABLE x\n- other\n"));
    expect(summary(findNode(index, "O'Reilly_book; DROP"))).toBe('found s/100-o-reilly-book');
    expect(summary(findNode(index, '%'))).toBe('unknown []');
  });
});

describe('findNode: the topic a learner means', () => {
  const roadmapWith = (titles: string[]) => indexRoadmap(md(`# T\n\n## S\n\n${titles.map((title) => `- ${title}`).join('\n')}\n`));

  it('a title that begins with the query as whole words wins over one that has it later', () => {
    const index = roadmapWith(['Kafka – Event-driven architecture & message brokering', 'Work with message queues (Kafka, RabbitMQ) for async processing']);
    const result = findNode(index, 'kafka');
    expect(result.type === 'found' && result.node.title).toBe('Kafka – Event-driven architecture & message brokering');
  });

  it('a word is whole: "rest" is REST APIs, not Interest rates; "docker basics" is the exact title', () => {
    expect(findNode(roadmapWith(['REST APIs', 'Interest rates']), 'rest')).toMatchObject({ type: 'found', node: { title: 'REST APIs' } });
    expect(findNode(roadmapWith(['Docker basics', 'Docker basics and Compose']), 'docker basics')).toMatchObject({
      type: 'found',
      node: { title: 'Docker basics' },
    });
  });

  it('still ambiguous when two titles begin with it', () => {
    const result = findNode(roadmapWith(['Kafka streams', 'Kafka connect', 'Using Kafka']), 'kafka');
    expect(result.type).toBe('ambiguous');
    expect(result.type === 'ambiguous' && result.candidates.map((node) => node.title)).toEqual(['Kafka streams', 'Kafka connect']);
  });
});
