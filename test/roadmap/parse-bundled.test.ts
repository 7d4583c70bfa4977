import { describe, expect, it } from 'vitest';
import { indexRoadmap } from '../../src/roadmap/tree-index.js';
import { leaves, outline, parseBundled } from '../helpers/bundled.js';

describe('go-backend-cloud', () => {
  const roadmap = parseBundled('go-backend-cloud');

  it('has two top sections with three phases each and 35 topics', () => {
    const tracked = roadmap.sections.filter((section) => leaves(section).length > 0);
    expect(roadmap.title).toBe('Backend & Cloud Development Roadmap');
    expect(tracked.map((section) => section.title)).toEqual(['Backend Engineering Roadmap', 'Cloud Development Roadmap']);
    expect(tracked.map((section) => section.sections.map((phase) => phase.title))).toEqual([
      ['Phase 1: Fundamentals', 'Phase 2: Scalable Backend Design', 'Phase 3: Microservices & Advanced Topics'],
      ['Phase 1: Cloud Basics', 'Phase 2: Deployment & Automation', 'Phase 3: Scaling & Serverless'],
    ]);
    expect(leaves(roadmap)).toHaveLength(35);
  });

  it('starts 6 of Backend Phase 1’s 7 topics done, and nothing else', () => {
    const phase1 = roadmap.sections[1].sections[0];
    expect(phase1.topics.map((topic) => topic.checked === true)).toEqual([true, true, true, true, true, true, false]);
    expect(leaves(roadmap).filter((topic) => topic.checked)).toHaveLength(6);
  });

  it('does not track the plain bullets of "How I Plan to Tackle This"', () => {
    const plan = roadmap.sections.find((section) => section.title === 'How I Plan to Tackle This');
    expect(plan?.topics).toEqual([]);
  });

  it('has plain titles: no markdown left, emoji decoration gone from headings', () => {
    expect(roadmap.sections[1].sections[0].topics[6].title).toBe('Goroutines – Optimizing performance with concurrency in Go');
    expect(roadmap.sections[1].title).toBe('Backend Engineering Roadmap');
  });
});

describe('go-backend-6-weeks', () => {
  const roadmap = parseBundled('go-backend-6-weeks');
  const weeks = roadmap.sections[0].sections;

  it('has its six weeks as sections', () => {
    expect(weeks.map((week) => week.title)).toEqual([
      'WEEK 1 – Backend Fundamentals & Real-World Go',
      'WEEK 2 – Databases & Persistence Layer',
      'WEEK 3 – Concurrency, Caching & Real-Time',
      'WEEK 4 – Deployment, CI/CD, Docker & Cloud',
      'WEEK 5 – Monitoring, Logging, Testing',
      'WEEK 6 – System Design + Final Polish',
    ]);
  });

  it('keeps each week’s Resources links as resources, not topics', () => {
    expect(weeks.map((week) => week.resources.length)).toEqual([3, 3, 3, 3, 2, 2]);
    expect(weeks[0].resources[0]).toEqual({ title: 'Go Web Examples', url: 'https://gowebexamples.com/' });
    const titles = leaves(roadmap).map((topic) => topic.title);
    expect(titles).not.toContain('Go Web Examples');
    expect(titles).not.toContain('SQLBolt');
  });

  it('makes Project Task items project topics, with their subtopics', () => {
    expect(outline(weeks[0])).toEqual([
      '# What to Learn',
      '  - Web server basics: net/http, routing, middleware',
      '  - REST APIs: status codes, CRUD operations',
      '  - JSON handling',
      '  - Structuring Go projects (cmd, pkg, internal)',
      '# Project Task',
      '  - (project) Create a basic RESTful service in Go:',
      '    - (project) /ping returns “pong”',
      '    - (project) /todos supports GET, POST, DELETE',
      '  - (project) Use PostgreSQL or SQLite to store data',
    ]);
  });

  it('takes the prose before the first section as the roadmap description', () => {
    expect(roadmap.description).toMatch(/^Great! Here's a 4–6 week backend engineer learning roadmap/);
  });
});

describe('backend-mastery', () => {
  const roadmap = parseBundled('backend-mastery');

  it('has its phases 0 to 6 as top sections', () => {
    expect(roadmap.title).toBe('BACKEND ENGINEERING MASTERY ROADMAP');
    expect(roadmap.sections.map((section) => section.title)).toEqual([
      'PHASE 0 — Mental Shift (Read This Once)',
      'PHASE 1 — Core Backend Foundations (Month 1–2)',
      'PHASE 2 — Architecture & Design (Month 3–4)',
      'PHASE 3 — Scalability & Distributed Systems (Month 5–7)',
      'PHASE 4 — Enterprise & Robust Systems (Month 8–10)',
      'PHASE 5 — Reliability & Production Engineering (Month 11–13)',
      'PHASE 6 — Mastery Level (Month 14–18)',
    ]);
  });

  it('names lists by their bold labels and makes "Project:" lists projects', () => {
    const go = roadmap.sections[3].sections[2];
    expect(outline(go)).toEqual([
      '- <Learn> Goroutines',
      '- <Learn> Channels',
      '- <Learn> Context',
      '- <Learn> Race conditions',
      '- (project) <Project> High-performance microservice',
      '- (project) <Project> Stress test it',
      '- (project) <Project> Measure latency & throughput',
    ]);
  });

  it('never makes images, quotes or prose into topics', () => {
    const titles = leaves(roadmap).map((topic) => topic.title);
    expect(titles.some((title) => /Image|Frameworks change|Languages are just/.test(title))).toBe(false);
    expect(roadmap.sections[3].sections[2].description).toBe('Use Go only after you understand concurrency concepts.');
  });
});

describe('backend-topics', () => {
  const roadmap = parseBundled('backend-topics');

  it('has 12 numbered sections', () => {
    expect(roadmap.sections).toHaveLength(12);
    expect(roadmap.sections.map((section) => section.title.split('.')[0])).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
    expect(roadmap.sections[2].title).toBe('3. Databases');
  });

  it('keeps the labels of the Databases lists as tags', () => {
    expect(outline(roadmap.sections[2])).toEqual([
      '- <SQL (Relational)> PostgreSQL, MySQL',
      '- <SQL (Relational)> Joins, indexes, transactions, normalization, stored procedures',
      '- <SQL (Relational)> Query optimization',
      '- <NoSQL (Non-Relational)> MongoDB, Cassandra, DynamoDB',
      '- <NoSQL (Non-Relational)> Document-based vs Key-Value vs Column-family vs Graph DBs',
      '- <NoSQL (Non-Relational)> When to use SQL vs NoSQL',
      '- <ORM / Query Builders> Mongoose (MongoDB), Prisma, Sequelize, TypeORM',
    ]);
  });
});

describe('go-backend-ecommerce', () => {
  const roadmap = parseBundled('go-backend-ecommerce');

  it('does not make its table of contents into topics', () => {
    const toc = roadmap.sections.find((section) => section.title === 'Table of Contents');
    expect(toc?.topics).toEqual([]);
    expect(leaves(roadmap).map((topic) => topic.title)).not.toContain('Core Fundamentals');
  });

  it('makes bold-labelled items with nested lists into groups', () => {
    const databases = roadmap.sections[1].sections[1];
    expect(databases.topics.map((topic) => [topic.title, topic.topics.length])).toEqual([
      ['PostgreSQL', 4],
      ['MongoDB', 4],
    ]);
  });

  it('makes the Project Implementation features projects', () => {
    const features = roadmap.sections.find((section) => section.title === 'Project Implementation')!.sections[0];
    expect(features.topics).toHaveLength(10);
    expect(features.topics.every((topic) => topic.kind === 'project')).toBe(true);
  });
});

describe('ids of the bundled roadmaps', () => {
  it.each(['go-backend-cloud', 'go-backend-ecommerce', 'go-backend-6-weeks', 'backend-topics', 'backend-mastery'] as const)(
    '%s: every id and short id is unique, and parsing twice gives the same ids',
    (id) => {
      const index = indexRoadmap(parseBundled(id));
      const ids = index.nodes.map((node) => node.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(index.nodes.map((node) => node.shortId)).size).toBe(ids.length);
      expect(indexRoadmap(parseBundled(id)).nodes.map((node) => node.id)).toEqual(ids);
    },
  );

  it('reads as a place and a title', () => {
    const index = indexRoadmap(parseBundled('go-backend-cloud'));
    const goroutines = index.leaves.find((leaf) => leaf.title.startsWith('Goroutines'))!;
    expect(goroutines.id).toBe('backend-engineering-roadmap/phase-1-fundamentals/goroutines-optimizing');
    expect(goroutines.shortId).toBe('goroutines-optimizing');
  });
});
