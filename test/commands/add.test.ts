/** roadmap add, in-process; what comes through standard input through the real binary. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ListJson, LogJson, ShowJson, StatusJson } from '../../src/render/json.js';
import type { InstalledJson } from '../../src/render/json-changes.js';
import { ROOT, SEEDS } from '../helpers/bundled.js';
import { roadmap, statusLeaves } from '../helpers/cli.js';
import { learner } from '../helpers/in-process.js';
import { sha256 } from '../helpers/temp.js';

const RUST_V1 = '# Rust Path\n\n## Basics\n- Ownership\n- Borrowing\n- Lifetimes\n\n## Async\n- Futures\n- Tokio runtime\n';
const RUST_V2 = '# Rust Path\n\n## Basics\n- Ownership and moves\n- Borrowing\n\n## Concurrency\n- Futures\n- Tokio runtime\n';

describe('roadmap add', () => {
  it('makes any markdown file a roadmap, kept in the database after the file is gone', async () => {
    const { home, run, json } = learner();
    const file = path.join(home, 'rust.md');
    fs.writeFileSync(file, RUST_V1);
    const added = await run('add', file);
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('Added rust: Rust Path (5 topics in 2 sections, from 5 list items)');
    fs.rmSync(file);
    expect((await run('-r', 'rust', 'done', 'Ownership')).status).toBe(0);
    expect(await json<StatusJson>('status', '-r', 'rust')).toMatchObject({ done: 1, total: 5 });
    expect((await json<ListJson>('list')).roadmaps.map((r) => r.id)).toContain('rust');
  });

  it('updates on a second add of the same file, keeping progress of renamed and moved topics, orphaning the rest', async () => {
    const { home, run, json } = learner();
    const file = path.join(home, 'rust.md');
    fs.writeFileSync(file, RUST_V1);
    await run('add', file);
    await run('-r', 'rust', 'done', 'Ownership', 'Futures', 'Lifetimes');
    fs.writeFileSync(file, RUST_V2);
    const updated = await run('add', file);
    expect(updated.stdout).toContain('Updated rust: Rust Path (4 topics in 2 sections, from 4 list items)');
    expect(updated.stdout).toContain('Progress kept for 2 topics, 2 of them matched to a renamed or moved topic.');
    expect(updated.stdout).toContain('1 topic with progress no longer in the roadmap: kept as orphans');
    const status = await json<StatusJson>('status', '-r', 'rust');
    expect(
      statusLeaves(status)
        .filter((t) => t.status === 'done')
        .map((t) => t.title),
    ).toEqual(['Ownership and moves', 'Futures']);
    expect(status.orphans).toBe(1);
    expect((await run('-r', 'rust', 'status')).stdout).toContain('1 topic this version no longer has keeps its progress: roadmap show --orphans');
    expect((await run('-r', 'rust', 'show', '--orphans')).stdout).toContain('✔ Lifetimes: done since');
  });

  it('refresh reads the file again', async () => {
    const { home, run, json } = learner();
    const file = path.join(home, 'rust.md');
    fs.writeFileSync(file, RUST_V1);
    await run('add', file, '--id', 'rusty');
    await run('-r', 'rusty', 'done', 'Futures');
    fs.writeFileSync(file, RUST_V2);
    expect((await run('refresh', 'rusty')).stdout).toContain('Updated rusty');
    expect((await json<StatusJson>('status', '-r', 'rusty')).sections.map((s) => s.title)).toEqual(['Basics', 'Concurrency']);
    fs.rmSync(file);
    const gone = await run('refresh', 'rusty');
    expect(gone.status).toBe(66);
    expect(gone.stderr).toContain('the stored copy is still used');
  });

  it('undo after a refresh that renamed a topic reverts the renamed topic, and log follows it there', async () => {
    const { home, run, json } = learner();
    const file = path.join(home, 'rust.md');
    fs.writeFileSync(file, RUST_V1);
    await run('add', file);
    await run('-r', 'rust', 'done', 'Ownership');
    fs.writeFileSync(file, RUST_V1.replace('- Ownership\n', '- Ownership and moves\n'));
    await run('refresh', 'rust');
    const done = () =>
      json<StatusJson>('status', '-r', 'rust').then((status) =>
        statusLeaves(status)
          .filter((t) => t.status === 'done')
          .map((t) => t.title),
      );
    expect(await done()).toEqual(['Ownership and moves']);
    const log = await json<LogJson>('log', '-r', 'rust');
    expect(log.events.map((event) => event.topicId)).toEqual(['basics/ownership-and-moves']);
    expect((await run('undo')).stdout).toContain('Ownership: done → to do');
    expect(await done()).toEqual([]);
    expect((await json<StatusJson>('status', '-r', 'rust')).orphans).toBe(0);
  });

  it('gives the status of a topic the new version splits into parts to each part with none of its own', async () => {
    const { home, run, json } = learner();
    const file = path.join(home, 'rust.md');
    fs.writeFileSync(file, '# Rust\n## Basics\n- Ownership\n- Borrowing\n- Lifetimes\n');
    await run('add', file);
    await run('-r', 'rust', 'done', 'Ownership');
    await run('-r', 'rust', 'skip', 'Lifetimes');
    fs.writeFileSync(file, '# Rust\n## Basics\n- Ownership\n  - Moves\n  - Copy types\n- Borrowing\n- Lifetimes\n');
    const refresh = await run('refresh', 'rust');
    expect(refresh.stdout).toContain('Progress kept for 3 topics.\nOwnership now has parts: 2 parts are done, as it was.\n');
    const status = await json<StatusJson>('status', '-r', 'rust');
    expect({ done: status.done, skipped: status.skipped, total: status.total, orphans: status.orphans }).toEqual({ done: 2, skipped: 1, total: 4, orphans: 0 });
    // The topic itself is now only the sum of its parts: no status of its own, and no orphan.
    expect((await run('status', '-r', 'rust')).stdout).not.toContain('no longer has');
    expect(statusLeaves(status).map((t) => [t.title, t.status])).toEqual([
      ['Moves', 'done'],
      ['Copy types', 'done'],
      ['Borrowing', 'todo'],
      ['Lifetimes', 'skipped'],
    ]);
    // The learner's own history is unchanged: the parts' statuses are the refresh's doing, as a first load's ticked items are.
    expect((await json<LogJson>('log', '-r', 'rust')).events.map((event) => event.command)).toEqual(['skip Lifetimes', 'done Ownership']);
  });

  it('a refresh to a new version and back again returns every status to the topic it was on, among many near-identical titles', async () => {
    const { home, run, json } = learner();
    const file = path.join(home, 'course.md');
    const tasks = ['Read the chapter', 'Do the exercises', 'Watch the lecture', 'Write a summary', 'Build the project', 'Review the notes', 'Take the quiz'];
    const version = (rename: (task: string) => string, week: (n: number) => string) =>
      `# Course\n${Array.from({ length: 11 }, (_, w) => `## ${week(w + 1)}\n${tasks.map((task) => `- ${rename(task)}${w % 2 ? '' : ` ${w + 1}`}`).join('\n')}`).join('\n')}\n`;
    const v1 = version(
      (task) => task,
      (n) => `Week ${n}`,
    );
    const v2 = version(
      (task) => task.replace('Do the', 'Do all the').replace('a summary', 'a short summary'),
      (n) => `Week ${n}: part`,
    );
    fs.writeFileSync(file, v1);
    await run('add', file);
    const leaves = () => json<StatusJson>('status', '-r', 'course').then((status) => statusLeaves(status));
    // Every third topic: a different few tasks in each week, so no mix-up of namesakes goes unseen.
    const odd = (await leaves()).filter((_, i) => i % 3 === 0).map((leaf) => leaf.id);
    expect(odd).toHaveLength(26);
    await run('-r', 'course', 'done', ...odd);
    fs.writeFileSync(file, v2);
    expect((await json<InstalledJson>('refresh', 'course')).orphans).toBe(0);
    // Each status on the same task of the same week: v2 has v1's shape, so the same places.
    const donePlaces = async () => (await leaves()).flatMap((leaf, i) => (leaf.status === 'done' ? [i] : []));
    expect(await donePlaces()).toEqual(odd.map((_, i) => 3 * i));
    fs.writeFileSync(file, v1);
    expect(await json<InstalledJson>('refresh', 'course')).toMatchObject({ kept: 26, orphans: 0 });
    expect((await leaves()).filter((leaf) => leaf.status === 'done').map((leaf) => leaf.id)).toEqual(odd);
  });

  it('reads standard input with -', () => {
    const { home } = learner();
    const result = roadmap(home, ['add', '-', '--id', 'piped'], { input: RUST_V1 });
    expect(result.stdout).toContain('Added piped: Rust Path');
  });

  it('repairs a garbled file with a notice on stderr', async () => {
    const { home, run, json } = learner();
    const file = path.join(home, 'mastery.md');
    fs.copyFileSync(new URL(`test/fixtures/seeds/${SEEDS['backend-mastery']}`, ROOT), file);
    const result = await run('add', file, '--id', 'mine');
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('repaired 31 garbled sequences: the text was UTF-8 once read as Windows-1252');
    expect((await json<StatusJson>('status', '-r', 'mine')).roadmap.title).toBe('BACKEND ENGINEERING MASTERY ROADMAP');
  });

  const bad: [string, (file: string) => void, number, RegExp][] = [
    [
      'UTF-16',
      (f) => fs.writeFileSync(f, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# T\n- a\n', 'utf16le')])),
      65,
      /the file is UTF-16; save it as UTF-8/,
    ],
    ['not UTF-8', (f) => fs.writeFileSync(f, Buffer.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a])), 65, /not valid UTF-8 \(byte 0xe9 at offset 5, line 1\)/],
    ['a directory', (f) => fs.mkdirSync(f), 66, /is a directory/],
    ['missing', () => undefined, 66, /no such file/],
    ['a FIFO', (f) => execFileSync('mkfifo', [f]), 66, /not a regular file/],
    ['too large', (f) => fs.writeFileSync(f, `# T\n${'- x\n'.repeat(1_500_000)}`), 65, /over the 5\.0 MiB limit/],
  ];
  it.each(bad)('refuses %s with a clear error, adding nothing', async (_name, make, code, message) => {
    const { home, run, db } = learner();
    await run('list');
    const file = path.join(home, 'bad.md');
    make(file);
    const before = sha256(db);
    const result = await run('add', file);
    expect(result.status).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(sha256(db)).toBe(before);
  });

  it('expands a quoted ~/ and treats a symlink as its target', async () => {
    const { home, run, json } = learner();
    fs.writeFileSync(path.join(home, 'rust.md'), RUST_V1);
    fs.symlinkSync(path.join(home, 'rust.md'), path.join(home, 'link.md'));
    expect((await run('add', '~/rust.md')).stdout).toContain('Added rust');
    expect((await run('add', path.join(home, 'link.md'))).stdout).toContain('Updated rust');
    expect((await json<ListJson>('list')).roadmaps.filter((r) => r.id.startsWith('rust') || r.id === 'link')).toHaveLength(1);
  });

  it('refuses the id of a bundled roadmap', async () => {
    const { home, run } = learner();
    fs.writeFileSync(path.join(home, 'x.md'), RUST_V1);
    const result = await run('add', path.join(home, 'x.md'), '--id', 'backend-topics');
    expect(result.status).toBe(64);
    expect(result.stderr).toContain("'backend-topics' is the id of a bundled roadmap");
  });
});

describe('roadmap add, telling what it found', () => {
  it('--dry-run prints the tree it would store and stores nothing, not even a database', async () => {
    const { home, db, run } = learner();
    const file = path.join(home, 'rust.md');
    fs.writeFileSync(file, RUST_V1);
    const preview = await run('add', file, '--dry-run');
    expect(preview.status).toBe(0);
    expect(preview.stdout).toContain('○ Tokio runtime');
    expect(preview.stdout).toContain('Would add Rust Path: 5 topics in 2 sections, from 5 list items. Nothing was stored.');
    expect(fs.existsSync(db)).toBe(false);
  });

  it('says what the topics came from, and warns of a table it could not read', async () => {
    const { home, run } = learner();
    const file = path.join(home, 'course.md');
    fs.writeFileSync(
      file,
      '# Course\n\n## Week 1\n\n| Course | Hours |\n| --- | --- |\n| [Intro](https://x.example) | 3 |\n\n## Notes\n\n| | |\n| --- | --- |\n| 1 | 2 |\n\n## Git\n\nRead the book.\n',
    );
    const added = await run('add', file);
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('Added course: Course (2 topics in 3 sections, from 1 table row and 1 heading)');
    expect(added.stdout).toContain('a table in "Notes" was not read: no column names its items');
  });

  it('refuses a file with nothing to track (exit 65) and stores nothing', async () => {
    const { home, run, json } = learner();
    for (const [name, text] of [
      ['empty.md', ''],
      ['prose.md', 'Just a paragraph about learning.\n'],
      ['images.md', '# Roadmap\n\n![map](roadmap.png)\n'],
    ] as const) {
      const file = path.join(home, name);
      fs.writeFileSync(file, text);
      const added = await run('add', file);
      expect(added.status, name).toBe(65);
      expect(added.stderr).toContain('nothing in it to track');
      expect(added.stdout).toBe('');
    }
    expect((await json<ListJson>('list')).roadmaps.map((r) => r.id)).not.toContain('prose');
  });

  it('titles a roadmap with no title of its own by its file name, and piped content by its id, not by the cached tree', async () => {
    const { home, run, json } = learner();
    const file = path.join(home, 'my-go-plan.md');
    fs.writeFileSync(file, '## Basics\n- Syntax\n- Types\n');
    expect(roadmap(home, ['add', '-', '--id', 'piped'], { input: '## Basics\n- Syntax\n- Types\n' }).status).toBe(0);
    expect((await run('add', file)).status).toBe(0);
    const titles = Object.fromEntries((await json<ListJson>('list')).roadmaps.map((r) => [r.id, r.title]));
    expect(titles.piped).toBe('Piped');
    expect(titles['my-go-plan']).toBe('My Go Plan');
  });

  it('never shows a section with no topics as skipped', async () => {
    const { home, run, json } = learner();
    const file = path.join(home, 'doc.md');
    fs.writeFileSync(file, '# Doc\n\n## License\n\nMIT.\n\n## Learn\n- A\n');
    await run('add', file);
    const shown = await json<ShowJson>('show', '-r', 'doc', 'license');
    expect(shown).toMatchObject({ status: 'todo' });
  });
});

describe('roadmap add --dry-run shows what add would store', () => {
  it('titles piped markdown with no title of its own as add then does, and names the roadmap id', async () => {
    const { home, json } = learner();
    const text = '## Basics\n- Syntax\n';
    const preview = roadmap(home, ['add', '-', '--dry-run'], { input: text });
    expect(preview.status).toBe(0);
    expect(preview.stdout).toContain('(my-roadmap)');
    expect(roadmap(home, ['add', '-'], { input: text }).status).toBe(0);
    const title = (await json<ListJson>('list')).roadmaps.find((r) => r.id === 'my-roadmap')!.title;
    expect(preview.stdout).toContain(`Would add ${title}: 1 topic in 1 section`);
  });

  it('names piped markdown by its title, and never replaces another roadmap unasked', async () => {
    const { home, json } = learner();
    const added = roadmap(home, ['add', '-'], { input: '# Rust Path\n\n- Ownership\n' });
    expect(added.stdout).toContain('Added rust-path: Rust Path');
    const again = roadmap(home, ['add', '-'], { input: '# Rust Path\n\n- Something else\n' });
    expect(again.status).toBe(64);
    expect(again.stderr).toContain("there is a roadmap 'rust-path' already; nothing was changed");
    expect(again.stderr).toContain('roadmap add - --id rust-path');
    const status = await json<StatusJson>('status', '-r', 'rust-path');
    expect(statusLeaves(status).map((leaf) => leaf.title)).toEqual(['Ownership']);
    // Asked for by its id, it is updated.
    expect(roadmap(home, ['add', '-', '--id', 'rust-path'], { input: '# Rust Path\n\n- Something else\n' }).stdout).toContain('Updated rust-path');
  });
});
