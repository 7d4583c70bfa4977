/**
 * A month of one learner's use of test/fixtures/golden/learner.md, then every report it can ask
 * for, compared whole with the files in test/fixtures/golden/. Other tests check what a command
 * decides; these pin every line, mark, number and space of what it prints, so a change to any
 * output shows up here. After a deliberate change: `npx vitest run --config test/vitest.config.ts
 * test/commands/golden.test.ts -u`, then read the diff of the .txt files before committing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcess, pinTimeZone } from '../helpers/in-process.js';

pinTimeZone();

const FIXTURE = path.join(import.meta.dirname, '../fixtures/golden/learner.md');
const golden = (name: string) => path.join(import.meta.dirname, '../fixtures/golden', name);

// One data folder for the whole file (tempDir's is removed after each test).
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-golden-'));
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));
const at = async (day: string, ...args: string[]) => atWidth(80, day, ...args);
const atWidth = async (columns: number, day: string, ...args: string[]) => {
  const result = await inProcess(home, args, { ROADMAP_NOW: `${day}T10:00:00Z`, COLUMNS: String(columns) });
  if (result.status !== 0) throw new Error(`roadmap ${args.join(' ')} exited ${String(result.status)}: ${result.stderr}`);
  return result;
};

/** Three weeks of work on the fixture, with a note, a skip, a topic in progress and an undo. */
beforeAll(async () => {
  await at('2026-10-05', 'add', FIXTURE);
  await at('2026-10-05', 'use', 'learner', '--since', '2026-10-05');
  await at('2026-10-05', 'done', 'shell');
  await at('2026-10-06', 'start', 'c-pointers');
  await at('2026-10-06', 'note', 'c-pointers', 'a pointer to a pointer is <b>confusing</b> & "fun"');
  await at('2026-10-08', 'done', 'pointer-arithmetic');
  await at('2026-10-09', 'skip', 'cafe-creme', '--reason', 'I know it already');
  await at('2026-10-12', 'done', 'headers');
  await at('2026-10-14', 'done', 'atomics');
  await at('2026-10-15', 'done', 'epoll');
  await at('2026-10-15', 'done', 'tcp-sockets');
  await at('2026-10-15', 'undo');
  await at('2026-10-19', 'done', 'mutexes');
  await at('2026-10-20', 'note', 'mutexes', 'read the futex paper next');
  await at('2026-10-21', '-r', 'go-backend-cloud', 'done', 'goroutines');
});

const TODAY = '2026-10-22';

describe('what a learner reads after three weeks (golden files)', () => {
  it.each([
    ['status.txt', ['status']],
    ['status-topics.txt', ['status', '--topics']],
    ['next.txt', ['next']],
    ['next-explain.txt', ['next', '--explain', '-n', '3']],
    ['show-topic.txt', ['show', 'c-pointers']],
    ['show-skipped.txt', ['show', 'cafe-creme']],
    ['show-section.txt', ['show', 'Phase 2']],
    ['show-resource.txt', ['show', 'beej']],
    ['show-also-in.txt', ['-r', 'go-backend-cloud', 'show', 'goroutines']],
    ['list.txt', ['list']],
    ['log.txt', ['log']],
    ['stats.txt', ['stats']],
    ['export.md', ['export']],
    ['export.html', ['export', '--format', 'html']],
  ])('%s: roadmap %s', async (file, args) => {
    await expect((await at(TODAY, ...args)).stdout).toMatchFileSnapshot(golden(file));
  });

  it.each([40, 120])('at %i columns: status, next --explain, log, show, list', async (columns) => {
    const page: string[] = [];
    for (const args of [['status', '--topics'], ['next', '--explain', '-n', '2'], ['log', '-n', '4'], ['show', 'c-pointers'], ['list']]) {
      page.push(`$ roadmap ${args.join(' ')}`, (await atWidth(columns, TODAY, ...args)).stdout);
    }
    await expect(page.join('\n')).toMatchFileSnapshot(golden(`width-${columns}.txt`));
  });

  it.each([
    ['status.json', ['status']],
    ['next.json', ['next', '-n', '2']],
    ['show-topic.json', ['show', 'c-pointers']],
    ['list.json', ['list']],
    ['log.json', ['log']],
    ['stats.json', ['stats']],
    ['export.json', ['export', '--format', 'json']],
  ])('%s: roadmap %s --json', async (file, args) => {
    const json = args[0] === 'export' ? (await at(TODAY, ...args)).stdout : (await at(TODAY, ...args, '--json')).stdout;
    // The backup names the file the roadmap was added from: where this checkout is, not part of the output's shape.
    await expect(json.replaceAll(JSON.stringify(FIXTURE).slice(1, -1), '<fixture>')).toMatchFileSnapshot(golden(file));
  });
});
