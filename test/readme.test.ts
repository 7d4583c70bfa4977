/**
 * The README's examples, run: every `$ roadmap …` line of its examples is run in-process, in
 * document order, as one learner, and what it prints is compared with what the README shows.
 * Comments the reader does not see set the scene (`<!-- example: … -->` before a block):
 *   fresh              a new learner (a new data folder) from here on
 *   now <date-time>    the clock for the commands after it
 *   run <command>      a command run first, whose output is not shown
 *   file <path>        the next fenced block is written to this file (~/ is the learner's home)
 *   unchecked          the next block's commands must succeed; what they print is not compared
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inProcess, pinTimeZone } from './helpers/in-process.js';

pinTimeZone();

const README = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8');

interface Example {
  line: number;
  command: string;
  expected: string | undefined;
}

interface Step {
  kind: 'fresh' | 'now' | 'run' | 'file' | 'example';
  value: string;
  example?: Example;
  line: number;
}

/** The README read into steps: directives, files, and commands with the output shown under them. */
function steps(text: string): Step[] {
  const lines = text.split('\n');
  const out: Step[] = [];
  let unchecked = false;
  let fileNext: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const directive = /^<!-- example: (\w+) ?(.*?) -->$/.exec(lines[i]);
    if (directive) {
      const [, kind, value] = directive;
      if (kind === 'unchecked') unchecked = true;
      else if (kind === 'file') fileNext = value;
      else out.push({ kind: kind as Step['kind'], value, line: i + 1 });
      continue;
    }
    if (!lines[i].startsWith('```')) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !lines[end].startsWith('```')) end++;
    const body = lines.slice(start, end);
    i = end;
    if (fileNext !== undefined) {
      out.push({ kind: 'file', value: `${fileNext}\n${body.join('\n')}\n`, line: start });
      fileNext = undefined;
      continue;
    }
    if (!body[0]?.startsWith('$ ')) continue;
    for (let j = 0; j < body.length; j++) {
      if (!body[j].startsWith('$ ')) continue;
      let k = j + 1;
      while (k < body.length && !body[k].startsWith('$ ')) k++;
      const shown = body.slice(j + 1, k);
      if (shown.at(-1) === '' && k < body.length) shown.pop(); // the blank line between two commands
      out.push({
        kind: 'example',
        value: body[j].slice(2),
        line: start + j + 1,
        example: { line: start + j + 1, command: body[j].slice(2), expected: unchecked ? undefined : shown.join('\n') },
      });
    }
    unchecked = false;
  }
  return out;
}

/** A command line as the shell splits it: words, "double-quoted" words, ~/ for the home. */
function words(command: string, home: string): string[] {
  const parts = [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]);
  return parts.map((part) => part.replace(/^~\//, `${home}/`));
}

const homes: string[] = [];
afterAll(() => {
  for (const home of homes) fs.rmSync(home, { recursive: true, force: true });
});
const newHome = () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-readme-'));
  homes.push(home);
  return home;
};

describe('the README’s examples', () => {
  const all = steps(README);

  it('has examples to run', () => {
    expect(all.filter((step) => step.kind === 'example').length).toBeGreaterThan(10);
  });

  it('print what the README shows, run in order as one learner', async () => {
    let home = newHome();
    let now = '2026-11-21T18:36:00Z';
    const run = (command: string) => {
      const argv = words(command, home);
      const [program, ...args] = argv[0] === 'npx' ? argv.slice(1) : argv;
      expect(program, command).toBe('roadmap');
      return inProcess(home, args, { ROADMAP_NOW: now });
    };
    const failures: string[] = [];
    for (const step of all) {
      if (step.kind === 'fresh') home = newHome();
      else if (step.kind === 'now') now = step.value;
      else if (step.kind === 'file') {
        const [name, ...content] = step.value.split('\n');
        const file = name.replace(/^~\//, `${home}/`);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, content.join('\n'));
      } else {
        const result = await run(step.value);
        const where = `README.md:${step.line}: ${step.value}`;
        if (result.status !== 0) {
          failures.push(`${where}\nexited ${String(result.status)}: ${result.stderr}`);
          continue;
        }
        const expected = step.example?.expected;
        if (step.kind === 'example' && expected !== undefined && result.stdout.trimEnd() !== expected.trimEnd()) {
          failures.push(`${where}\n--- the README shows\n${expected.trimEnd()}\n--- roadmap printed\n${result.stdout.trimEnd()}`);
        }
      }
    }
    expect(failures.join('\n\n')).toBe('');
  });
});
