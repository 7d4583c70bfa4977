import { describe, expect, it } from 'vitest';
import { sharedTopics } from '../../src/roadmap/shared.js';
import { indexRoadmap } from '../../src/roadmap/tree-index.js';
import { type BundledId, md, parseBundled, SEEDS } from '../helpers/bundled.js';

const all = (Object.keys(SEEDS) as BundledId[]).sort().map((id) => ({ id, index: indexRoadmap(parseBundled(id)) }));
const find = (roadmap: BundledId, title: string) => all.find((r) => r.id === roadmap)!.index.leaves.find((leaf) => leaf.title === title)!;
const elsewhere = (roadmap: BundledId, title: string) =>
  sharedTopics(
    find(roadmap, title),
    all.filter((r) => r.id !== roadmap),
  ).map((match) => `${match.roadmapId}: ${match.node.title}`);

describe('sharedTopics', () => {
  it('finds Docker, Redis and Kafka across the bundled roadmaps', () => {
    expect(elsewhere('backend-mastery', 'Docker')).toEqual([
      'backend-topics: Docker & Containers',
      'go-backend-6-weeks: Docker Compose for local DB + backend',
      'go-backend-ecommerce: Docker Compose for local development',
      'go-backend-ecommerce: Docker best practices and security',
    ]);
    expect(elsewhere('backend-mastery', 'Redis')).toEqual([
      'go-backend-6-weeks: Redis for caching (basic TTL)',
      'go-backend-ecommerce: Redis integration and data structures',
    ]);
    expect(elsewhere('go-backend-cloud', 'Kafka – Event-driven architecture & message brokering')).toEqual([]);
    expect(elsewhere('backend-mastery', 'Goroutines')).toEqual([
      'go-backend-cloud: Goroutines – Optimizing performance with concurrency in Go',
      'go-backend-ecommerce: Goroutines and concurrency patterns',
    ]);
  });

  it('matches the same resource link whatever the titles', () => {
    const a = indexRoadmap(md('# A\n## S\n- [Go by Example](https://gobyexample.com/)\n'));
    const b = indexRoadmap(md('# B\n## S\n- Learn Go basics ([link](https://gobyexample.com/))\n'));
    expect(sharedTopics(a.leaves[0], [{ id: 'b', index: b }]).map((m) => m.node.title)).toEqual(['Learn Go basics (link)']);
  });

  it('does not match a long title to a longer one that merely shares its start', () => {
    const a = indexRoadmap(md('# A\n## S\n- Build simple CRUD APIs using Go\n'));
    const b = indexRoadmap(md('# B\n## S\n- Build simple CRUD APIs using Go and Gin later\n'));
    expect(sharedTopics(a.leaves[0], [{ id: 'b', index: b }])).toEqual([]);
  });
});
