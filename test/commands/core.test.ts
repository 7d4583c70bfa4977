// What status, done, next, list and use decide, in-process through main(argv, io).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ListJson, NextJson, SectionJson, StatusJson } from '../../src/render/json.js';
import { exists } from '../helpers/cli.js';
import { inProcess, learner } from '../helpers/in-process.js';
import { sha256, tempDir } from '../helpers/temp.js';

const phases = (status: StatusJson) =>
  status.sections.flatMap((track: SectionJson) => track.sections.map((phase) => `${phase.title} ${phase.done}/${phase.total}`));

describe('roadmap status', () => {
  it('works on a fresh data directory: the default roadmap, and how to choose another', async () => {
    const { run, db } = learner();
    const result = await run('status');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Backend Development Roadmap — Important Topics to Learn (backend-topics)');
    expect(result.stdout).toMatch(/^1\. Core Backend Fundamentals +░+ +0\/6 +0%$/m);
    expect(result.stdout).toMatch(/^Overall +░+ +0\/58 +0%$/m);
    expect(result.stderr).toContain('roadmap use <id>');
    expect(exists(db)).toBe(true);
  });

  it('shows each section of the active roadmap with its bar, counts and percent', async () => {
    const { run } = learner();
    expect((await run('use', 'go-backend-cloud')).stdout).toContain('Now using go-backend-cloud: Backend & Cloud Development Roadmap (6 of 35 done)');
    const result = await run('status');
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').slice(0, 6)).toEqual([
      'Backend & Cloud Development Roadmap (go-backend-cloud)',
      '',
      'Backend Engineering Roadmap                ██████░░░░░░░░░░░░░░░░░░ 6/21  28%',
      '  Phase 1: Fundamentals                    ████████████████████░░░░  6/7  85%',
      '  Phase 2: Scalable Backend Design         ░░░░░░░░░░░░░░░░░░░░░░░░  0/7   0%',
      '  Phase 3: Microservices & Advanced Topics ░░░░░░░░░░░░░░░░░░░░░░░░  0/7   0%',
    ]);
    expect(result.stdout).toMatch(/^Overall +█+░+ 6\/35 +17%$/m);
  });

  it('--json is one document with the declared fields and no colour, even when colour is forced', async () => {
    const { home } = learner();
    const result = await inProcess(home, ['status', '--json', '-r', 'go-backend-cloud'], { FORCE_COLOR: '1' });
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('\x1b');
    const status = JSON.parse(result.stdout) as StatusJson;
    expect(status).toMatchObject({
      schemaVersion: 1,
      roadmap: { id: 'go-backend-cloud', title: 'Backend & Cloud Development Roadmap' },
      done: 6,
      total: 35,
      percent: 17,
    });
    expect(phases(status)).toEqual([
      'Phase 1: Fundamentals 6/7',
      'Phase 2: Scalable Backend Design 0/7',
      'Phase 3: Microservices & Advanced Topics 0/7',
      'Phase 1: Cloud Basics 0/4',
      'Phase 2: Deployment & Automation 0/5',
      'Phase 3: Scaling & Serverless 0/5',
    ]);
    const goroutines = status.sections[0].sections[0].topics[6];
    expect(goroutines).toEqual({
      id: 'backend-engineering-roadmap/phase-1-fundamentals/goroutines-optimizing',
      title: 'Goroutines – Optimizing performance with concurrency in Go',
      status: 'todo',
      kind: 'topic',
      topics: [],
    });
  });

  it('--topics lists every topic with its id', async () => {
    const { home } = learner();
    const result = await inProcess(home, ['status', '--topics', '-r', 'go-backend-cloud'], { COLUMNS: '200' });
    expect(result.stdout).toMatch(/^ {4}✔ Get comfortable with Go \(syntax, data structures, error handling\) {2}get-comfortable-with-go$/m);
    expect(result.stdout).toMatch(/^ {4}○ Goroutines – Optimizing performance with concurrency in Go {2}goroutines-optimizing$/m);
  });
});

describe('roadmap done', () => {
  it('marks a topic done, says what changed and how far its phase is', async () => {
    const { run, json } = learner();
    await run('use', 'go-backend-cloud');
    const result = await run('done', 'Unit Testing');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      '✔ Unit Testing – Writing testable and maintainable code: done\nPhase 2: Scalable Backend Design is 14% complete, 6 of 7 left\nWhat next? roadmap next · Changed your mind? roadmap undo\n',
    );
    expect((await json<StatusJson>('status')).done).toBe(7);
  });

  it('finds topics by short id, exact title in any case and accent, path, and unique part', async () => {
    const { run, json } = learner();
    await run('use', 'go-backend-cloud');
    expect((await run('done', 'goroutines-optimizing')).status).toBe(0);
    expect((await run('done', 'UNDERSTAND IAM ROLES & PERMISSIONS')).status).toBe(0);
    expect((await run('done', 'Phase 2/Context')).status).toBe(0);
    expect((await run('done', 'mqtt')).status).toBe(0);
    expect(phases(await json<StatusJson>('status'))).toEqual([
      'Phase 1: Fundamentals 7/7',
      'Phase 2: Scalable Backend Design 1/7',
      'Phase 3: Microservices & Advanced Topics 1/7',
      'Phase 1: Cloud Basics 1/4',
      'Phase 2: Deployment & Automation 0/5',
      'Phase 3: Scaling & Serverless 0/5',
    ]);
  });

  it('marks every leaf of a section or parent topic', async () => {
    const { run, json } = learner();
    const result = await run('-r', 'go-backend-cloud', 'done', 'Cloud/Phase 2');
    expect(result.stdout).toContain('✔ Phase 2: Deployment & Automation: 5 of its 5 topics now done');
    expect(result.stdout).toContain('Phase 2: Deployment & Automation is 100% complete.');
    expect((await json<StatusJson>('status', '-r', 'go-backend-cloud')).done).toBe(11);
  });

  it('says when a topic is already done, and exits 0', async () => {
    const { run } = learner();
    await run('use', 'go-backend-cloud');
    const result = await run('done', 'Implement authentication');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('• Implement authentication (JWT, OAuth) is already done\n');
  });

  it('refuses an ambiguous name, listing candidates with their ids, and changes nothing', async () => {
    const { run, db } = learner();
    await run('use', 'go-backend-cloud');
    const before = sha256(db);
    const result = await run('done', 'Phase 1/Learn');
    expect(result.status).toBe(64);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("roadmap: 'Phase 1/Learn' matches 2 topics in go-backend-cloud; nothing was changed");
    expect(result.stderr).toContain('  learn-how-http-rest  Learn how HTTP, REST, and WebSockets work');
    expect(result.stderr).toContain('  learn-core-aws-services  Learn core AWS services (EC2, S3, RDS, IAM)');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(sha256(db)).toBe(before);
  });

  it('refuses an unknown name with close matches, and changes nothing, even beside a good one', async () => {
    const { run, db } = learner();
    await run('use', 'go-backend-cloud');
    const before = sha256(db);
    const result = await run('done', 'mqtt', 'gorutines');
    expect(result.status).toBe(64);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("no topic matches 'gorutines'");
    expect(result.stderr).toContain('did you mean:\n  goroutines-optimizing  Goroutines');
    expect(sha256(db)).toBe(before);
  });

  it('says the whole refusal: what matched, each with its id, title and place, and a hint', async () => {
    const { run, home } = learner();
    fs.writeFileSync(path.join(home, 'b.md'), '- Setup basics\n- Setup more\n# Setup tools\n- y\n');
    await run('add', path.join(home, 'b.md'));
    expect((await run('-r', 'b', 'done', 'Setup')).stderr).toBe(
      [
        "roadmap: 'Setup' matches 1 section and 2 topics in b; nothing was changed",
        '  setup-basics  Setup basics',
        '  setup-more  Setup more',
        '  setup-tools  Setup tools',
        'hint: name one by its id, its full title, or a path such as "Phase 1/Goroutines"',
        '',
      ].join('\n'),
    );
    expect((await run('-r', 'go-backend-cloud', 'show', 'gorutines')).stderr).toBe(
      [
        "roadmap: no topic matches 'gorutines' in go-backend-cloud",
        'did you mean:',
        '  goroutines-optimizing  Goroutines – Optimizing performance with concurrency in Go  (Backend Engineering Roadmap › Phase 1: Fundamentals)',
        'hint: roadmap status --topics lists every topic with its id',
        '',
      ].join('\n'),
    );
    // Nothing close: no "did you mean" at all.
    expect((await run('-r', 'go-backend-cloud', 'done', 'zzzqqqxx')).stderr).toBe(
      "roadmap: no topic matches 'zzzqqqxx' in go-backend-cloud; nothing was changed\nhint: roadmap status --topics lists every topic with its id\n",
    );
  });

  it('needs a topic, and says so before touching any data', async () => {
    const home = tempDir();
    const result = await inProcess(home, ['done'], { ROADMAP_HOME: `${home}/data` });
    expect(result.status).toBe(64);
    expect(result.stderr).toContain('roadmap: done needs a topic when it cannot prompt');
    expect(exists(`${home}/data`)).toBe(false);
  });
});

describe('roadmap next', () => {
  it('suggests the earliest unfinished topics with their place and why', async () => {
    const { run, json } = learner();
    await run('use', 'go-backend-cloud');
    const next = await json<NextJson>('next', '-n', '2');
    expect(next.schemaVersion).toBe(1);
    expect(next.suggestions.map(({ title, path, reason }) => ({ title, path, reason }))).toEqual([
      {
        title: 'Goroutines – Optimizing performance with concurrency in Go',
        path: ['Backend Engineering Roadmap', 'Phase 1: Fundamentals'],
        reason: 'first open topic of the earliest unfinished section',
      },
      {
        title: 'Understand API versioning & best practices',
        path: ['Backend Engineering Roadmap', 'Phase 2: Scalable Backend Design'],
        reason: 'first open topic of its section, after 1 unfinished section',
      },
    ]);
    const human = await run('next', '-n', '1');
    expect(human.stdout).toContain('1.  Goroutines – Optimizing performance with concurrency in Go');
    expect(human.stdout).toContain('    id  goroutines-optimizing\n    why first open topic of the earliest unfinished section');
  });

  it('moves on once a topic is done, and says when all is done', async () => {
    const { run, json } = learner();
    await run('use', 'go-backend-cloud');
    await run('done', 'goroutines');
    expect((await json<NextJson>('next', '-n', '1')).suggestions[0].title).toBe('Understand API versioning & best practices');
    await run('done', 'Backend Engineering Roadmap', 'Cloud Development Roadmap');
    expect((await run('next')).stdout).toBe('✔ Everything in Backend & Cloud Development Roadmap is done. Well done!\n');
  });

  it('refuses a count that is not a positive whole number', async () => {
    const { run } = learner();
    const result = await run('next', '-n', 'zero');
    expect(result.status).toBe(64);
    expect(result.stderr).toContain("-n takes a whole number of at least 1, not 'zero'");
  });
});

describe('roadmap list and use', () => {
  it('lists the five bundled roadmaps with progress, marking the active one', async () => {
    const { run, json } = learner();
    await run('use', 'go-backend-cloud');
    const list = await json<ListJson>('list');
    expect(list.roadmaps.map(({ id, done, total, active }) => [id, done, total, active])).toEqual([
      ['backend-mastery', 0, 102, false],
      ['backend-topics', 0, 58, false],
      ['go-backend-6-weeks', 0, 46, false],
      ['go-backend-cloud', 6, 35, true],
      ['go-backend-ecommerce', 0, 127, false],
    ]);
    expect((await run('list')).stdout).toMatch(/^\* go-backend-cloud +6\/35 +17% +Backend & Cloud Development Roadmap$/m);
  });

  it('-r works on another roadmap without changing the active one', async () => {
    const { run, json } = learner();
    await run('use', 'go-backend-cloud');
    expect((await run('-r', 'backend-mastery', 'done', 'Goroutines')).stdout).toContain('✔ Goroutines: done');
    expect((await json<StatusJson>('status')).roadmap.id).toBe('go-backend-cloud');
    expect((await json<StatusJson>('status', '-r', 'backend-mastery')).done).toBe(1);
  });

  it('refuses an unknown roadmap with a suggestion', async () => {
    const { run } = learner();
    const result = await run('use', 'cloud');
    expect(result.status).toBe(64);
    expect(result.stderr).toContain("roadmap: unknown roadmap 'cloud'");
    expect(result.stderr).toContain('did you mean go-backend-cloud?');
  });
});
