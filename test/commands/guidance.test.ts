// What the guidance commands (next, stats, the schedule, shared skills) decide, in-process through main(argv, io).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { LogJson, NextJson, ShowJson, StatusJson } from '../../src/render/json.js';
import type { MarkedJson } from '../../src/render/json-changes.js';
import type { StatsJson } from '../../src/render/json-reports.js';
import { CHROMIUM, chromium } from '../helpers/chromium.js';
import { inProcess, pinTimeZone } from '../helpers/in-process.js';
import { tempDir } from '../helpers/temp.js';

pinTimeZone();

/** A learner whose clock is set: every command runs at the given day (UTC). */
function learner() {
  const home = tempDir();
  const at = (day: string, ...args: string[]) => inProcess(home, args, { ROADMAP_NOW: `${day}T10:00:00Z` });
  const json = async <T>(day: string, ...args: string[]) => JSON.parse((await at(day, ...args, '--json')).stdout) as T;
  return { home, at, json };
}

/** Mark the first suggestion done on each of the days. */
async function work(at: ReturnType<typeof learner>['at'], json: ReturnType<typeof learner>['json'], days: readonly string[]) {
  for (const day of days) {
    // The first topic to study (next may put an overdue review first: not a new topic done).
    const first = (await json<NextJson>(day, 'next', '-n', '3')).suggestions.find((suggestion) => suggestion.action === 'study')!;
    expect((await at(day, 'done', first.id)).status).toBe(0);
  }
}

describe('next --explain', () => {
  it('shows each score as value × weight terms, and --json carries them', async () => {
    const { at, json } = learner();
    await at('2026-11-01', 'use', 'go-backend-cloud');
    await at('2026-11-01', 'start', 'mqtt');
    const next = await json<NextJson>('2026-11-01', 'next', '-n', '2');
    expect(next.suggestions.map((s) => [s.title.split(' ')[0], s.score])).toEqual([
      ['MQTT', 1000 - 20 - 6],
      ['Goroutines', 50],
    ]);
    expect(next.suggestions[0].terms).toContainEqual({ signal: 'inProgress', name: 'in progress', value: 1, weight: 1000, contribution: 1000 });
    const human = (await at('2026-11-01', 'next', '-n', '1', '--explain')).stdout;
    expect(human).toMatch(/in progress +1 × +1000 = +1000/);
    expect(human).toMatch(/unfinished sections before its own +2 × +-10 = +-20/);
    expect(human).toMatch(/score +974/);
  });
});

describe('stats', () => {
  it('says there is not enough history instead of guessing', async () => {
    const { at, json } = learner();
    await at('2026-11-01', 'use', 'go-backend-cloud');
    await work(at, json, ['2026-11-01', '2026-11-02']);
    const stats = await json<StatsJson>('2026-11-03', 'stats');
    expect(stats).toMatchObject({ pacePerWeek: null, finish: null, completions: 2 });
    expect((await at('2026-11-03', 'stats')).stdout).toContain(
      'pace      not enough history yet: 2 topics done over 2 days\n          estimates start after 5 topics across 14 days',
    );
  });

  it('counts weeks and streaks, measures pace and estimates finish dates from the learner’s history', async () => {
    const { at, json } = learner();
    await at('2026-10-05', 'use', 'backend-topics');
    const days = [
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
      '2026-10-12',
      '2026-10-19',
      '2026-10-20',
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
      '2026-11-01',
    ];
    await work(at, json, days);
    const stats = await json<StatsJson>('2026-11-01', 'stats');
    // Weeks start on Monday; 1 November 2026 is a Sunday, so the current week began on 26 October.
    // The first week shown is the one the learner started in: no empty weeks from before.
    expect(stats.weeks.map((week) => week.done)).toEqual([3, 1, 2, 5]);
    expect(stats.weeks[0].week).toBe('2026-10-05');
    expect(stats.weeks.at(-1)).toEqual({ week: '2026-10-26', done: 5 });
    expect(stats.streak).toEqual({ current: 1, longest: 4 });
    // 11 topics over the 27 days of history: 2.9 a week; 47 left take 114 days.
    expect(stats).toMatchObject({ pacePerWeek: 2.9, remaining: 47, completions: 11, finish: '2027-02-23' });
    expect(stats.sections[0]).toMatchObject({ title: '3. Databases', remaining: 6, finish: '2026-11-16' });
    const human = (await at('2026-11-01', 'stats')).stdout;
    expect(human).toContain('streak    1 day (longest 4)');
    expect(human).toContain('pace      2.9 topics a week');
    expect(human).toMatch(/Progress over time\n +[▁▂▃▄▅▆▇█]{4} {2}0 → 11 of 58 topics done, 2026-10-05 to now/);
  });

  it('an undone change does not count', async () => {
    const { at, json } = learner();
    await at('2026-11-01', 'done', '-r', 'go-backend-cloud', 'goroutines');
    await at('2026-11-01', 'undo');
    expect((await json<StatsJson>('2026-11-01', 'stats', '-r', 'go-backend-cloud')).completions).toBe(0);
  });
});

describe('the roadmap’s own schedule', () => {
  it('go-backend-6-weeks: weeks are windows from the start; status and stats say ahead or behind', async () => {
    const { at, json } = learner();
    await at('2026-11-02', 'use', 'go-backend-6-weeks', '--since', '2026-11-02');
    await work(at, json, ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08', '2026-11-09']);
    const plan = (await json<StatsJson>('2026-11-09', 'stats')).plan!;
    expect(plan).toMatchObject({ plannedTopics: 42, day: 7, planDays: 42, finished: 8 });
    expect(plan.daysAhead).toBeGreaterThan(0);
    expect((await at('2026-11-09', 'status')).stdout).toMatch(/^Plan: day 8 of 42: \d+ days? ahead/m);
    const late = (await json<StatsJson>('2026-11-30', 'stats')).plan!;
    expect(late.daysAhead).toBeLessThan(0);
    expect((await at('2026-11-30', 'status')).stdout).toMatch(/^Plan: day 29 of 42: \d+ days behind/m);
  });

  it('backend-mastery: "(Month 1–2)" windows per phase', async () => {
    const { at, json } = learner();
    await at('2026-01-01', 'use', 'backend-mastery', '--since', '2026-01-01');
    expect((await json<StatsJson>('2026-03-01', 'stats')).plan).toMatchObject({ plannedTopics: 97, planDays: 540 });
  });

  it('a table of courses with durations becomes topics with a schedule', async () => {
    const { home, at, json } = learner();
    const file = path.join(home, 'courses.md');
    fs.writeFileSync(
      file,
      '# Degree\n\n## Courses\n\n| Course | Duration | Effort |\n|---|---|---|\n| [CS50](https://cs50.harvard.edu) | 12 weeks | 6-10 hours/week |\n| Databases | 8 weeks | 5 hours/week |\n\n## Extra\n- reading\n',
    );
    await at('2026-01-05', 'add', file);
    await at('2026-01-05', 'use', 'courses', '--since', '2026-01-05');
    const show = await json<ShowJson>('2026-01-05', 'show', 'CS50');
    expect(show.resources).toEqual([{ title: 'CS50', url: 'https://cs50.harvard.edu', type: null }]);
    expect((await json<StatusJson>('2026-01-05', 'status')).total).toBe(3);
    expect((await json<StatsJson>('2026-03-01', 'stats')).plan).toMatchObject({ plannedTopics: 2, planDays: 140 });
  });
});

describe('stats over commands that each finish many topics', () => {
  it('counts every topic, not every command: pace, weeks and the count of completions', async () => {
    const { home, at, json } = learner();
    const file = path.join(home, 'blocks.md');
    fs.writeFileSync(file, `# Blocks\n${[1, 2, 3, 4, 5].map((n) => `## Block ${n}\n${[1, 2, 3, 4].map((t) => `- b${n}t${t}`).join('\n')}`).join('\n')}\n`);
    await at('2026-10-01', 'add', file);
    for (const [day, block] of [
      ['2026-10-01', 1],
      ['2026-10-05', 2],
      ['2026-10-12', 3],
      ['2026-10-19', 4],
    ] as const) {
      expect((await at(day, '-r', 'blocks', 'done', `Block ${block}`)).status).toBe(0);
    }
    const stats = await json<StatsJson>('2026-10-20', '-r', 'blocks', 'stats');
    expect(stats.completions).toBe(16);
    expect(stats.weeks.slice(-4)).toEqual([
      { week: '2026-09-28', done: 4 },
      { week: '2026-10-05', done: 4 },
      { week: '2026-10-12', done: 4 },
      { week: '2026-10-19', done: 4 },
    ]);
    // 16 topics over a 19-day history (the window is the last 28 days, or the whole history when shorter).
    expect(stats.pacePerWeek).toBe(Math.round(((16 * 7) / 19) * 10) / 10);
  });
});

describe('stats by phase', () => {
  it('estimates the phases: the top sections, or the sections of a lone top section, each with what is left in it', async () => {
    const { home, at, json } = learner();
    fs.writeFileSync(path.join(home, 'one.md'), '# One\n## Track\n### Phase A\n- a1\n- a2\n### Phase B\n- b1\n');
    fs.writeFileSync(path.join(home, 'two.md'), '# Two\n## Left\n- l1\n## Right\n### Inner\n- r1\n- r2\n');
    await at('2026-10-01', 'add', path.join(home, 'one.md'));
    await at('2026-10-01', 'add', path.join(home, 'two.md'));
    await at('2026-10-02', '-r', 'one', 'done', 'a1');
    const phases = async (id: string) => (await json<StatsJson>('2026-10-03', '-r', id, 'stats')).sections.map((section) => [section.title, section.remaining]);
    expect(await phases('one')).toEqual([
      ['Phase A', 1],
      ['Phase B', 1],
    ]);
    expect(await phases('two')).toEqual([
      ['Left', 1],
      ['Right', 2],
    ]);
    // A phase with nothing left is not listed; the schedule is null without one.
    await at('2026-10-03', '-r', 'one', 'done', 'a2');
    expect(await phases('one')).toEqual([['Phase B', 1]]);
    expect((await json<StatsJson>('2026-10-03', '-r', 'one', 'stats')).plan).toBeNull();
  });
});

describe('skills shared across roadmaps', () => {
  it('show says where else a topic is, and done --everywhere marks it there too, undone whole', async () => {
    const { at, json } = learner();
    const show = await json<ShowJson>('2026-11-01', 'show', 'Redis', '-r', 'backend-mastery');
    expect(show.alsoIn.map((other) => `${other.roadmapId}: ${other.title}`)).toEqual([
      'go-backend-6-weeks: Redis for caching (basic TTL)',
      'go-backend-ecommerce: Redis integration and data structures',
    ]);
    const done = await at('2026-11-01', 'done', 'Redis', '-r', 'backend-mastery', '--everywhere');
    expect(done.stdout).toContain('✔ also in go-backend-6-weeks: Redis for caching (basic TTL)');
    expect((await json<StatusJson>('2026-11-01', 'status', '-r', 'go-backend-ecommerce')).done).toBe(1);
    expect((await at('2026-11-01', 'undo')).stdout).toContain('Redis integration and data structures (in go-backend-ecommerce): done → to do');
    expect((await json<StatusJson>('2026-11-01', 'status', '-r', 'go-backend-ecommerce')).done).toBe(0);
  });

  it('done --everywhere marks only where the skill is not done yet, and without --everywhere, off a terminal, nowhere else', async () => {
    const { at, json } = learner();
    const ecommerce = () => json<StatusJson>('2026-11-01', 'status', '-r', 'go-backend-ecommerce').then((status) => status.done);
    // Off a terminal, no prompt and no --everywhere: the other roadmaps are left alone.
    await at('2026-11-01', 'done', 'Redis', '-r', 'backend-mastery');
    expect(await ecommerce()).toBe(0);
    await at('2026-11-01', 'reset', 'Redis', '-r', 'backend-mastery');
    await at('2026-11-01', 'done', 'Redis integration', '-r', 'go-backend-ecommerce');
    const marked = await json<MarkedJson>('2026-11-01', 'done', 'Redis', '-r', 'backend-mastery', '--everywhere');
    // Already done in go-backend-ecommerce: named nowhere, changed nowhere; done in go-backend-6-weeks.
    expect(marked.also).toEqual([{ roadmapId: 'go-backend-6-weeks', title: 'Redis for caching (basic TTL)' }]);
    expect(marked.changes.map((change) => change.roadmapId)).toEqual(['backend-mastery']);
    expect(await ecommerce()).toBe(1);
    const log = await json<LogJson>('2026-11-01', 'log');
    expect(log.events.slice(0, 2).map((event) => [event.roadmapId, event.command])).toEqual([
      ['go-backend-6-weeks', 'done Redis --everywhere'],
      ['backend-mastery', 'done Redis --everywhere'],
    ]);
  });

  it('names a section by as much of its path as tells it from its namesakes', async () => {
    const { home, at } = learner();
    const file = path.join(home, 'weeks.md');
    fs.writeFileSync(file, '# W\n## A\n### Week 1\n#### Learn\n- x\n## B\n### Week 1\n#### Learn\n- y\n### Week 2\n#### Learn\n- z\n');
    await at('2026-11-01', 'add', file);
    expect((await at('2026-11-01', '-r', 'weeks', 'done', 'x')).stdout).toContain('\nA › Week 1 › Learn is 100% complete.\n');
    expect((await at('2026-11-01', '-r', 'weeks', 'done', 'z')).stdout).toContain('\nWeek 2 › Learn is 100% complete.\n');
  });

  it('removing one roadmap keeps the history that --everywhere wrote into the others', async () => {
    const { home, at, json } = learner();
    await at('2026-11-01', 'done', 'Redis', '-r', 'backend-mastery', '--everywhere');
    expect((await at('2026-11-02', 'remove', 'backend-mastery', '--force')).status).toBe(0);
    expect((await at('2026-11-02', 'log', '-r', 'go-backend-ecommerce')).stdout).toContain(
      'Redis integration and data structures: to do → done (done Redis --everywhere)',
    );
    expect((await json<StatusJson>('2026-11-02', 'status', '-r', 'go-backend-ecommerce')).done).toBe(1);
    // The removed roadmap's own commands go with it; the shared one stays; no command is left with nothing in it.
    await at('2026-11-02', '-r', 'backend-mastery', 'done', 'Kafka');
    await at('2026-11-02', '-r', 'backend-mastery', 'note', 'Kafka', 'partitions');
    await at('2026-11-02', '-r', 'go-backend-cloud', 'done', 'goroutines');
    expect((await at('2026-11-02', 'remove', 'backend-mastery', '--force')).status).toBe(0);
    const db = new Database(path.join(home, 'roadmap.db'), { readonly: true });
    const commands = db.prepare("SELECT command FROM batches WHERE kind = 'command' ORDER BY id").pluck().all();
    const empty = db
      .prepare(`SELECT count(*) FROM batches b WHERE kind != 'load' AND NOT EXISTS (SELECT 1 FROM events WHERE batch_id = b.id)
        AND NOT EXISTS (SELECT 1 FROM notes WHERE added_by = b.id OR removed_by = b.id)`)
      .pluck()
      .get();
    db.close();
    expect(commands).toEqual(['done Redis --everywhere', 'done goroutines']);
    expect(empty).toBe(0);
  });

  it('never marks anything elsewhere without being asked', async () => {
    const { at, json } = learner();
    await at('2026-11-01', 'done', 'Redis', '-r', 'backend-mastery');
    expect((await json<StatusJson>('2026-11-01', 'status', '-r', 'go-backend-ecommerce')).done).toBe(0);
  });
});

if (!CHROMIUM) console.warn('SKIPPING the browser test of the HTML export: no chromium (.ci/run installs Debian’s)');

describe('export --format html', { timeout: 60_000 }, () => {
  async function page() {
    const { home, at, json } = learner();
    await at('2026-11-02', 'use', 'go-backend-6-weeks', '--since', '2026-11-02');
    await work(at, json, ['2026-11-02', '2026-11-03', '2026-11-05', '2026-11-08', '2026-11-10']);
    await at('2026-11-10', 'start', 'SQL basics');
    await at('2026-11-10', 'note', 'JSON handling', 'encoding/json is <b>enough</b> & fast');
    const file = path.join(home, 'progress.html');
    expect((await at('2026-11-11', 'export', '--format', 'html', '-o', file)).status).toBe(0);
    return { home, file, html: fs.readFileSync(file, 'utf8') };
  }

  it('is one self-contained file: no scripts, no external assets, text escaped', async () => {
    const { html } = await page();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(/i);
    expect(html).toContain('encoding/json is &#60;b&#62;enough&#60;/b&#62; &#38; fast');
    expect(html).toContain('<meta name="viewport"');
    expect(html).toContain('@media print');
  });

  it.skipIf(!CHROMIUM)('shows the tree, percentages, statuses and notes in a real browser, on a phone-sized screen', async () => {
    const { home, file } = await page();
    const dom = chromium(home, file, ['--dump-dom']);
    const text = dom.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('WEEK 1 – Backend Fundamentals &amp; Real-World Go');
    expect(text).toContain('What to Learn 4/4 · 100%');
    expect(text).toContain('go-roadmap 5 done · 1 in progress · 0 skipped · 40 to do · learned 10% 5/46 · 10%');
    expect(dom).toMatch(/class="topic doing"><span class="mark" title="in progress">▶<\/span> SQL basics/);
    expect(text).toContain('Progress over time: 0 → 5 of 46 topics');
    const screenshot = path.join(home, 'progress.png');
    chromium(home, file, ['--window-size=412,1600', `--screenshot=${screenshot}`]);
    const png = fs.readFileSync(screenshot);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000);
    fs.copyFileSync(screenshot, path.join(tempDir(), 'progress.png'));
  });
});
