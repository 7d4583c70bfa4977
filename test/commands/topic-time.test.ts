// Time on each topic: show says when a topic was started and finished; stats gives the medians.
import { describe, expect, it } from 'vitest';
import type { ShowJson } from '../../src/render/json.js';
import type { StatsJson } from '../../src/render/json-reports.js';
import { inProcess, pinTimeZone } from '../helpers/in-process.js';
import { tempDir } from '../helpers/temp.js';

pinTimeZone();

const GO = ['-r', 'go-backend-cloud'];

function learner(home = tempDir()) {
  const at = (now: string, ...args: string[]) => inProcess(home, args, { ROADMAP_NOW: now });
  const json = async <T>(now: string, ...args: string[]) => JSON.parse((await at(now, ...args, '--json')).stdout) as T;
  return { at, json };
}

describe('time on each topic', () => {
  it('show says when a topic was started and finished and how long it took; stats gives the medians', async () => {
    const { at, json } = learner();
    await at('2026-11-01T09:00:00Z', 'start', 'goroutines', 'grpc', 'unit-testing', ...GO);
    await at('2026-11-04T21:00:00Z', 'done', 'goroutines', ...GO);
    await at('2026-11-08T09:00:00Z', 'done', 'grpc', 'mqtt', ...GO);
    await at('2026-11-08T09:00:00Z', 'done', 'unit-testing', ...GO);
    await at('2026-11-08T09:30:00Z', 'undo'); // unit testing is in progress again: not finished
    // Kafka: a start taken back counts for nothing. Context: started, done, then reset: not finished.
    await at('2026-11-01T09:00:00Z', 'start', 'kafka', ...GO);
    await at('2026-11-01T09:01:00Z', 'undo');
    await at('2026-11-02T09:00:00Z', 'start', 'kafka', ...GO);
    await at('2026-11-03T09:00:00Z', 'done', 'kafka', ...GO);
    await at('2026-11-02T09:00:00Z', 'start', 'context', ...GO);
    await at('2026-11-03T09:00:00Z', 'done', 'context', ...GO);
    await at('2026-11-03T10:00:00Z', 'reset', 'context', ...GO);
    const shown = await json<ShowJson>('2026-11-09T10:00:00Z', 'show', 'goroutines', ...GO);
    expect(shown).toMatchObject({ started: '2026-11-01T09:00:00.000Z', finished: '2026-11-04T21:00:00.000Z', daysInProgress: 3.5 });
    expect((await at('2026-11-09T10:00:00Z', 'show', 'goroutines', ...GO)).stdout).toContain(
      'time    started 2026-11-01 09:00 · finished 2026-11-04 21:00 · 3.5 days in progress',
    );
    // Done without being started: a finish, no time in progress. In progress: a start only.
    expect(await json<ShowJson>('2026-11-09T10:00:00Z', 'show', 'mqtt', ...GO)).toMatchObject({
      started: null,
      daysInProgress: null,
      finished: '2026-11-08T09:00:00.000Z',
    });
    expect(await json<ShowJson>('2026-11-09T10:00:00Z', 'show', 'unit-testing', ...GO)).toMatchObject({ started: '2026-11-01T09:00:00.000Z', finished: null });
    expect(await json<ShowJson>('2026-11-09T10:00:00Z', 'show', 'context', ...GO)).toMatchObject({ started: null, finished: null, daysInProgress: null });
    expect(await json<ShowJson>('2026-11-09T10:00:00Z', 'show', 'kafka', ...GO)).toMatchObject({ daysInProgress: 1 });
    const stats = await json<StatsJson>('2026-11-09T10:00:00Z', 'stats', ...GO);
    // 3.5, 7 and 1 day: a median of 3.5 over three topics, all in the first phase.
    expect(stats.time).toEqual({
      medianDays: 3.5,
      topics: 3,
      sections: [{ id: 'backend-engineering-roadmap', title: 'Backend Engineering Roadmap', medianDays: 3.5, topics: 3 }],
    });
    expect((await at('2026-11-09T10:00:00Z', 'stats', ...GO)).stdout).toContain('per topic 3.5 days in progress (the median of 3 topics started, then done)');
  });
});
