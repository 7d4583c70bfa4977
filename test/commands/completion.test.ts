/** Completion as the shell scripts ask for it (`roadmap __complete -- <words>`), in-process. */
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandName } from '../../src/commands/declarations.js';
import { learner } from '../helpers/in-process.js';

describe('completion, from the commands’ declarations', () => {
  const complete = async (run: ReturnType<typeof learner>['run'], ...words: string[]) =>
    (await run('__complete', '--', ...words)).stdout.split('\n').filter(Boolean);

  it('offers every declared command, and every option of the one typed', async () => {
    const { run } = learner();
    expect(await complete(run, '')).toEqual(COMMANDS.map(commandName));
    expect(await complete(run, 'next', '--')).toEqual(['--count', '--explain', '--json', '--help', '--roadmap', '--db', '--no-color']);
  });

  it('offers an option’s choices after it, or after its =', async () => {
    const { run } = learner();
    expect(await complete(run, 'export', '--format', '')).toEqual(['md', 'json', 'html', 'svg']);
    expect(await complete(run, 'export', '--format=h')).toEqual(['--format=html']);
    // A file name or a number: nothing from roadmap, so the shell completes file names.
    expect(await complete(run, 'export', '-o', '')).toEqual([]);
    expect(await complete(run, 'next', '-n', '')).toEqual([]);
  });

  it('understands -r <id>, --roadmap <id> and --roadmap=<id>', async () => {
    const { run } = learner();
    expect(await complete(run, '--roadmap=backend-m')).toEqual(['--roadmap=backend-mastery']);
    expect(await complete(run, '-r', 'go-backend-c')).toEqual(['go-backend-cloud']);
    expect(await complete(run, '--roadmap=backend-mastery', 'done', 'gorout')).toEqual(['goroutines']);
    expect(await complete(run, '--roadmap', 'backend-mastery', 'done', 'gorout')).toEqual(['goroutines']);
  });
});
