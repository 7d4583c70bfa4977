import { describe, expect, it } from 'vitest';
import { checkBackup, parseBackup } from '../../src/catalog/backup-check.js';
import { UserError } from '../../src/errors.js';

const now = new Date('2026-06-01T12:00:00.000Z');
const context = { name: 'backup.json', now, bundled: ['go-backend-cloud'] };
const roadmap = (fields: Record<string, unknown> = {}) => ({
  id: 'rust',
  title: 'Rust',
  origin: 'user',
  sourcePath: null,
  markdown: '# Rust\n- a\n',
  progress: [{ topicId: 'a', status: 'done', changedAt: '2026-05-01T10:00:00.000Z', title: 'a' }],
  notes: [{ topicId: 'a', text: 'n', createdAt: '2026-05-01T10:00:00.000Z' }],
  history: [{ at: '2026-05-01T10:00:00.000Z', topicId: 'a', title: 'a', from: 'todo', to: 'done', reason: null, command: 'done a' }],
  ...fields,
});
const backup = (fields: Record<string, unknown> = {}, roadmaps: unknown[] = [roadmap()]) => ({
  schemaVersion: 1,
  kind: 'roadmap-backup',
  exportedAt: '2026-05-02T00:00:00.000Z',
  active: 'rust',
  roadmaps,
  ...fields,
});
const refusal = (data: unknown): string => {
  try {
    checkBackup(data, context);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(65);
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('checkBackup', () => {
  it('accepts a backup as export writes it', () => {
    expect(checkBackup(backup(), context).roadmaps[0]).toMatchObject({ id: 'rust', progress: [{ topicId: 'a', status: 'done' }] });
  });

  it.each([
    ['schemaVersion −1', backup({ schemaVersion: -1 }), '"schemaVersion" is not a version number (-1)'],
    ['schemaVersion 0.5', backup({ schemaVersion: 0.5 }), '"schemaVersion" is not a version number (0.5)'],
    ['another kind', backup({ kind: 'other' }), '"kind" is not "roadmap-backup"'],
    ['an id of 100,000 characters', backup({}, [roadmap({ id: 'a'.repeat(100_000) })]), 'roadmaps[0].id is longer than 64 characters'],
    ['an id add would refuse', backup({}, [roadmap({ id: 'Rust Path' })]), 'roadmaps[0].id is not a roadmap id'],
    [
      "a bundled roadmap's id for one of yours",
      backup({}, [roadmap({ id: 'go-backend-cloud' })]),
      "roadmaps[0].id is a bundled roadmap's id (go-backend-cloud)",
    ],
    ['the same roadmap twice', backup({}, [roadmap(), roadmap()]), 'roadmaps[1].id repeats the roadmap rust'],
    [
      'a garbage date',
      backup({}, [roadmap({ progress: [{ topicId: 'a', status: 'done', changedAt: 'yesterday', title: 'a' }] })]),
      'roadmaps[0].progress[0].changedAt is not a date-time',
    ],
    [
      'a day that does not exist',
      backup({}, [roadmap({ notes: [{ topicId: 'a', text: 'n', createdAt: '2026-02-30T10:00:00.000Z' }] })]),
      'roadmaps[0].notes[0].createdAt is not a date-time',
    ],
    [
      '9999-12-31',
      backup({}, [roadmap({ progress: [{ topicId: 'a', status: 'done', changedAt: '9999-12-31T00:00:00.000Z', title: 'a' }] })]),
      'roadmaps[0].progress[0].changedAt is in the future',
    ],
    [
      'an unknown status',
      backup({}, [roadmap({ progress: [{ topicId: 'a', status: 'finished', changedAt: '2026-05-01T10:00:00.000Z', title: 'a' }] })]),
      'roadmaps[0].progress[0].status is not one of',
    ],
    [
      'the same topic twice',
      backup({}, [roadmap({ progress: [1, 2].map(() => ({ topicId: 'a', status: 'done', changedAt: '2026-05-01T10:00:00.000Z', title: 'a' })) })]),
      'roadmaps[0].progress[1].topicId repeats the topic "a"',
    ],
    [
      'a history entry twice',
      backup({}, [roadmap({ history: [roadmap().history[0], roadmap().history[0]] })]),
      'roadmaps[0].history[1] repeats an earlier entry',
    ],
    [
      'a note that is not text',
      backup({}, [roadmap({ notes: [{ topicId: 'a', text: 5, createdAt: '2026-05-01T10:00:00.000Z' }] })]),
      'roadmaps[0].notes[0].text is not text',
    ],
    ['no roadmaps list', backup({ roadmaps: {} }), '"roadmaps" is not a list'],
    ['a list for the whole file', [backup()], 'the file is not an object'],
    ['a newer schema', backup({ schemaVersion: 4 }), 'was written by a newer roadmap (backup schema 4)'],
    ['a garbage export time', backup({ exportedAt: 'now' }), '"exportedAt" is not a date-time'],
    ['an active roadmap add would refuse', backup({ active: '../x' }), '"active" is not a roadmap id'],
    ['a roadmap that is not an object', backup({}, [5]), 'roadmaps[0] is not an object'],
    ['an unknown origin', backup({}, [roadmap({ origin: 'web' })]), 'roadmaps[0].origin is neither "user" nor "bundled"'],
    ['a title that is not text', backup({}, [roadmap({ title: 7 })]), 'roadmaps[0].title is not text'],
    ['markdown that is not text', backup({}, [roadmap({ markdown: ['# x'] })]), 'roadmaps[0].markdown is not text'],
    ['a garbage start date', backup({}, [roadmap({ startedAt: 'spring' })]), 'roadmaps[0].startedAt is not a date-time'],
    ['progress that is not a list', backup({}, [roadmap({ progress: {} })]), 'roadmaps[0].progress is not a list'],
    ['a progress row that is not an object', backup({}, [roadmap({ progress: ['a'] })]), 'roadmaps[0].progress[0] is not an object'],
    [
      'an empty topic id',
      backup({}, [roadmap({ notes: [{ topicId: '', text: 'n', createdAt: '2026-05-01T10:00:00.000Z' }] })]),
      'roadmaps[0].notes[0].topicId is empty',
    ],
    [
      'a topic id of 100,000 characters',
      backup({}, [roadmap({ progress: [{ topicId: 'x'.repeat(100_000), status: 'done', changedAt: '2026-05-01T10:00:00.000Z', title: 'a' }] })]),
      'roadmaps[0].progress[0].topicId is longer than 2000 characters',
    ],
    [
      'a history status that is not one',
      backup({}, [roadmap({ history: [{ ...roadmap().history[0], from: 'maybe' }] })]),
      'roadmaps[0].history[0].from is not one of todo, doing, done, skipped',
    ],
    [
      'a history time with text after it',
      backup({}, [roadmap({ history: [{ ...roadmap().history[0], at: '2026-05-01T10:00:00.000Zjunk' }] })]),
      'roadmaps[0].history[0].at is not a date-time',
    ],
    [
      'a history time with text before it',
      backup({}, [roadmap({ history: [{ ...roadmap().history[0], at: 'x2026-05-01T10:00:00.000Z' }] })]),
      'roadmaps[0].history[0].at is not a date-time',
    ],
    ['a reason that is not text', backup({}, [roadmap({ history: [{ ...roadmap().history[0], reason: 3 }] })]), 'roadmaps[0].history[0].reason is not text'],
    [
      'an undo mark that is not true or false',
      backup({}, [roadmap({ history: [{ ...roadmap().history[0], undo: 'yes' }] })]),
      'roadmaps[0].history[0].undo is not true or false',
    ],
  ])('refuses %s, naming the place in the backup', (_what, data, message) => {
    expect(refusal(data)).toContain(message);
  });

  it('reads what older backups leave out, and times without milliseconds', () => {
    const old = backup({ exportedAt: undefined, active: null }, [
      roadmap({
        title: undefined,
        startedAt: undefined,
        history: [{ at: '2026-05-01T10:00:00Z', topicId: 'a', title: 'a', from: 'todo', to: 'done', reason: null }],
      }),
    ]);
    const checked = checkBackup(old, context);
    expect(checked.exportedAt).toBe(now.toISOString());
    expect(checked.roadmaps[0]).toMatchObject({ title: 'rust', startedAt: null, history: [{ at: '2026-05-01T10:00:00Z', batch: 1 }] });
    expect(checked.batches).toEqual([{ id: 1, at: '2026-05-01T10:00:00Z', command: 'import', undo: false, undone: false }]);
  });

  it('reads version 1 into one batch per command of a roadmap’s history, and one per command of its notes, in the order they were run', () => {
    const entry = (at: string, topicId: string, fields: Record<string, unknown>) => ({
      at,
      topicId,
      title: topicId,
      from: 'todo',
      to: 'done',
      reason: null,
      ...fields,
    });
    const step = (at: string, command: string, batch?: number) => ({ at, command, undo: false, ...(batch === undefined ? {} : { batch }) });
    const checked = checkBackup(
      backup({}, [
        roadmap({
          history: [
            entry('2026-05-01T10:00:00.000Z', 'a', { command: 'done a b' }),
            entry('2026-05-01T10:00:00.000Z', 'b', { command: 'done a b' }),
            entry('2026-05-02T10:00:00.000Z', 'c', { command: 'done c', undone: true }),
            entry('2026-05-02T11:00:00.000Z', 'c', { command: 'undo done c', undo: true, undone: true, from: 'done', to: 'todo' }),
          ],
          notes: [
            { topicId: 'a', text: 'later', createdAt: '2026-05-04T10:00:00.000Z', added: step('2026-05-04T10:00:00.000Z', 'note a later', 9) },
            {
              topicId: 'a',
              text: 'first',
              createdAt: '2026-05-03T10:00:00.000Z',
              added: step('2026-05-03T10:00:00.000Z', 'note a first', 4),
              removed: step('2026-05-04T10:00:00.000Z', 'note a --edit', 8),
            },
          ],
        }),
      ]),
      context,
    );
    expect(checked.batches.map(({ id, command, undo, undone }) => [id, command, undo, undone])).toEqual([
      [1, 'done a b', false, false],
      [2, 'done c', false, true],
      [3, 'undo done c', true, false],
      [4, 'note a first', false, false],
      [5, 'note a --edit', false, false],
      [6, 'note a later', false, false],
    ]);
    expect(checked.roadmaps[0].history.map((row) => row.batch)).toEqual([1, 1, 2, 3]);
    expect(checked.roadmaps[0].notes.map(({ text, added, removed }) => [text, added, removed])).toEqual([
      ['later', 6, null],
      ['first', 4, 5],
    ]);
  });

  describe('version 3: reviews', () => {
    const card = JSON.stringify({ stability: 2.3, difficulty: 2.1, reps: 2, lapses: 0, state: 2, scheduled_days: 3, due: '2026-05-04T10:00:00.000Z' });
    const review = (fields: Record<string, unknown> = {}) => ({
      topicId: 'a',
      title: 'a',
      rating: 'good',
      at: '2026-05-04T10:00:00.000Z',
      due: '2026-05-20T10:00:00.000Z',
      card,
      batch: 2,
      ...fields,
    });
    const v3 = (reviews: unknown[], more: Record<string, unknown> = {}) =>
      backup(
        {
          schemaVersion: 3,
          batches: [
            { id: 1, at: '2026-05-01T10:00:00.000Z', command: 'done a' },
            { id: 2, at: '2026-05-04T10:00:00.000Z', command: 'review a --rating good' },
          ],
        },
        [
          roadmap({
            history: [{ at: '2026-05-01T10:00:00.000Z', topicId: 'a', title: 'a', from: 'todo', to: 'done', reason: null, batch: 1 }],
            reviews,
            ...more,
          }),
        ],
      );

    it('reads reviews and whether they are off; an older backup has none, and has them on', () => {
      const checked = checkBackup(v3([review()], { reviewsOff: true }), context).roadmaps[0];
      expect(checked.reviews).toEqual([review()]);
      expect(checked.reviewsOff).toBe(true);
      expect(checkBackup(backup(), context).roadmaps[0]).toMatchObject({ reviews: [], reviewsOff: false });
    });

    it.each([
      ['a rating FSRS does not have', review({ rating: 'perfect' }), 'roadmaps[0].reviews[0].rating is not one of again, hard, good, easy'],
      ['a card that is not JSON', review({ card: '{stability' }), 'roadmaps[0].reviews[0].card is not JSON'],
      [
        'a card whose numbers are not',
        review({ card: JSON.stringify({ ...JSON.parse(card), stability: 'high' }) }),
        'roadmaps[0].reviews[0].card.stability is not a number',
      ],
      ['a card that is a list', review({ card: '[1]' }), 'roadmaps[0].reviews[0].card is not an object'],
      ['a due date that is not one', review({ due: 'soon' }), 'roadmaps[0].reviews[0].due is not a date-time'],
      ['a batch the backup does not list', review({ batch: 9 }), 'roadmaps[0].reviews[0].batch names no batch in "batches" (9)'],
    ])('refuses %s', (_name, bad, message) => {
      expect(refusal(v3([bad]))).toContain(message);
    });

    it('refuses the same review twice', () => {
      expect(refusal(v3([review(), review()]))).toContain('roadmaps[0].reviews[1] repeats an earlier review');
    });
  });

  it('allows a clock a little ahead, not a day ahead', () => {
    const at = (changedAt: string) => backup({}, [roadmap({ progress: [{ topicId: 'a', status: 'done', changedAt, title: 'a' }] })]);
    expect(() => checkBackup(at('2026-06-02T11:00:00.000Z'), context)).not.toThrow();
    expect(refusal(at('2026-06-02T13:00:00.000Z'))).toContain('is in the future');
  });
});

describe('parseBackup', () => {
  it('refuses invalid UTF-8 with the offset', () => {
    const bytes = new TextEncoder().encode(JSON.stringify(backup()));
    const broken = Uint8Array.of(...bytes.subarray(0, 10), 0xff, ...bytes.subarray(10));
    expect(() => parseBackup(broken, context)).toThrow(/backup\.json: the file is not valid UTF-8 \(byte 0xff at offset 10/);
  });

  it('refuses text that is not JSON', () => {
    expect(() => parseBackup(new TextEncoder().encode('{"kind":'), context)).toThrow(/backup\.json is not JSON/);
  });
});
