/** Every example the help shows is a command that works: run in-process, in the order help lists them. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, PROGRAM_EXAMPLES } from '../../src/commands/declarations.js';
import { learner } from '../helpers/in-process.js';

/** A shell command line's words, quotes removed; undefined when it needs a shell (a pipe, a redirection, a comment) or a terminal. */
function words(example: string): string[] | undefined {
  if (/[|<>#(]/.test(example)) return undefined;
  return [...example.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

describe('the examples in roadmap --help and in each command’s help', () => {
  it('each runs and succeeds, given the roadmap and the files it names', async () => {
    const { home, run } = learner({ EDITOR: 'true' });
    expect((await run('use', 'go-backend-cloud')).status).toBe(0);
    fs.mkdirSync(path.join(home, 'notes'));
    const markdown = '# Rust\n\n## Basics\n\n- Ownership\n- Borrowing\n';
    fs.writeFileSync(path.join(home, 'notes', 'rust.md'), markdown);
    fs.writeFileSync(path.join(home, 'course.md'), markdown);
    const ran: string[] = [];
    for (const examples of [PROGRAM_EXAMPLES.map(([example]) => example), ...COMMANDS.map((command) => command.examples)]) {
      for (const example of examples) {
        const argv = words(example);
        if (!argv) continue;
        expect(argv[0], example).toBe('roadmap');
        const result = await run(...argv.slice(1));
        expect(result.status, `${example}\n${result.stderr}`).toBe(0);
        ran.push(example);
      }
    }
    expect(ran.length).toBeGreaterThanOrEqual(45);
  });
});
