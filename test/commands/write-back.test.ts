// Write-back: status changes tick the learner's own file's boxes, and nothing else in it changes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StatusJson } from '../../src/render/json.js';
import { inProcess } from '../helpers/in-process.js';
import { tempDir } from '../helpers/temp.js';

const FILE = [
  '\uFEFF---',
  'title: Rust',
  'notes: "- [ ] not an item"',
  '---',
  '# Rust',
  '',
  '## Basics',
  '',
  '- [ ] Ownership  ',
  '  Moves and copies.',
  '- [X] Borrowing',
  '  * [ ] Lifetimes',
  '    + [ ] Variance',
  '',
  '```md',
  '- [ ] Inside a fence',
  '```',
  '',
  '## Traits',
  '',
  '1. [ ] Traits',
  '2. [ ] Generics\t',
  '',
].join('\r\n');

function learner() {
  const home = tempDir();
  const file = path.join(home, 'rust.md');
  fs.writeFileSync(file, FILE);
  const run = (...args: string[]) => inProcess(home, args, { ROADMAP_NOW: '2026-11-01T10:00:00Z' });
  const bytes = () => fs.readFileSync(file);
  return { home, file, run, bytes };
}

/** FILE with these items' boxes set: each title's box, ticked or not. */
function expected(boxes: Record<string, ' ' | 'x' | 'X'>): Buffer {
  let text = FILE;
  for (const [title, mark] of Object.entries(boxes)) {
    const pattern = new RegExp(`(\\[)[ xX](\\] ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`);
    if (!pattern.test(text)) throw new Error(`no item ${title}`);
    text = text.replace(pattern, `$1${mark}$2`);
  }
  return Buffer.from(text);
}

describe('write-back', () => {
  it('ticks and clears boxes through done, reset and undo, and the file stays byte for byte the same otherwise', async () => {
    const { file, run, bytes } = learner();
    const added = await run('add', file, '--write-back');
    expect(added.status).toBe(0);
    // Borrowing is ticked but its topics are not done: brought in line with the progress there is.
    expect(added.stderr).toContain(`${file}: write-back is on; cleared 1 box to match your progress.`);
    expect(bytes().equals(expected({ Borrowing: ' ' }))).toBe(true);
    const steps: [string[], Record<string, ' ' | 'x'>][] = [
      [['done', 'ownership'], { Borrowing: ' ', Ownership: 'x' }],
      // Variance is the one topic below Lifetimes and Borrowing: done, their boxes are ticked too.
      [['done', 'lifetimes'], { Borrowing: 'x', Ownership: 'x', Lifetimes: 'x', Variance: 'x' }],
      [['reset', 'variance'], { Borrowing: ' ', Ownership: 'x' }],
      [['undo'], { Borrowing: 'x', Ownership: 'x', Lifetimes: 'x', Variance: 'x' }],
      [['done', 'Traits'], { Borrowing: 'x', Ownership: 'x', Lifetimes: 'x', Variance: 'x', Traits: 'x', Generics: 'x' }],
      [['skip', 'generics'], { Borrowing: 'x', Ownership: 'x', Lifetimes: 'x', Variance: 'x', Traits: 'x' }],
      [['reset', 'Basics'], { Borrowing: ' ', Traits: 'x' }],
      [['undo'], { Borrowing: 'x', Ownership: 'x', Lifetimes: 'x', Variance: 'x', Traits: 'x' }],
    ];
    for (const [args, boxes] of steps) {
      const result = await run('-r', 'rust', ...args);
      expect(result.status, args.join(' ')).toBe(0);
      expect(bytes().toString('latin1'), args.join(' ')).toBe(expected(boxes).toString('latin1'));
    }
  });

  it('keeps an [X] the learner wrote, and the file’s mode', async () => {
    const { home, run } = learner();
    const file = path.join(home, 'list.md');
    fs.writeFileSync(file, '# List\n\n- [X] One\n- [ ] Two\n');
    fs.chmodSync(file, 0o640);
    await run('add', file, '--write-back');
    await run('-r', 'list', 'done', 'two');
    expect(fs.readFileSync(file, 'utf8')).toBe('# List\n\n- [X] One\n- [x] Two\n');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    await run('-r', 'list', 'reset', 'one');
    expect(fs.readFileSync(file, 'utf8')).toBe('# List\n\n- [ ] One\n- [x] Two\n');
  });

  it('ticks a file whose garbled text was repaired when read, and leaves that text as it is', async () => {
    const { home, run } = learner();
    const file = path.join(home, 'garbled.md');
    const text = '# Garbled\n\n- [ ] A hackerâ€™s approach\n- [ ] CafÃ© crÃ¨me\n';
    fs.writeFileSync(file, text);
    expect((await run('add', file, '--write-back')).stderr).toContain('repaired');
    await run('-r', 'garbled', 'done', 'cafe');
    expect(fs.readFileSync(file, 'utf8')).toBe(text.replace('- [ ] CafÃ©', '- [x] CafÃ©'));
  });

  it('reads a file edited since first, keeping progress and the learner’s edits, then ticks it', async () => {
    const { file, run, bytes } = learner();
    await run('add', file, '--write-back');
    await run('-r', 'rust', 'done', 'ownership');
    // The learner adds a topic and ticks Traits by hand.
    const edited = bytes().toString('utf8').replace('1. [ ] Traits', '1. [x] Traits').replace('2. [ ] Generics\t', '2. [ ] Generics\t\r\n3. [ ] Macros');
    fs.writeFileSync(file, edited);
    const done = await run('-r', 'rust', 'done', 'generics');
    expect(done.status).toBe(0);
    expect(done.stderr).toContain('ticked 1 box (it had been edited: read again first, progress kept).');
    expect(bytes().toString('utf8')).toBe(edited.replace('2. [ ] Generics', '2. [x] Generics'));
    const status = JSON.parse((await run('-r', 'rust', 'status', '--json')).stdout) as StatusJson;
    // Ownership kept, generics done, Macros read in; a box ticked by hand is not a status.
    expect([status.done, status.total]).toEqual([2, 5]);
  });

  it('a file that cannot be written is a clear error, and the change stands', async () => {
    const { file, run, bytes } = learner();
    await run('add', file, '--write-back');
    const before = bytes();
    // Something in the way of the temporary file (as a read-only directory would be).
    const blocker = path.join(path.dirname(file), `.rust.md.${process.pid}.tmp`);
    fs.mkdirSync(blocker);
    const done = await run('-r', 'rust', 'done', 'ownership');
    expect(done.status).toBe(73);
    expect(done.stderr).toContain(`your change is saved in roadmap, but ${file} was not ticked`);
    expect(done.stderr).toContain('hint: roadmap write-back off rust stops writing to it');
    expect(bytes().equals(before)).toBe(true);
    const status = JSON.parse((await run('-r', 'rust', 'status', '--json')).stdout) as StatusJson;
    expect(status.done).toBe(1);
    fs.rmdirSync(blocker);
  });

  it.skipIf(process.getuid?.() === 0)('a read-only directory (not as root, who may write anyway)', async () => {
    const { file, run, home } = learner();
    await run('add', file, '--write-back');
    fs.chmodSync(home, 0o555);
    try {
      const done = await run('-r', 'rust', 'done', 'ownership');
      expect(done.status).toBe(73);
      expect(done.stderr).toContain('your change is saved in roadmap');
    } finally {
      fs.chmodSync(home, 0o755);
    }
  });

  it('on brings the file in line with the progress there is; off leaves it alone', async () => {
    const { file, run, bytes } = learner();
    await run('add', file);
    await run('-r', 'rust', 'done', 'ownership', 'traits');
    expect(bytes().equals(Buffer.from(FILE))).toBe(true);
    const on = await run('write-back', 'on', 'rust');
    expect(on.stdout).toBe(`Write-back is on for rust: marking its topics ticks their boxes in ${file}.\n`);
    expect(on.stderr).toContain('write-back is on; ticked 3 boxes and cleared 1 box to match your progress.');
    expect(bytes().equals(expected({ Ownership: 'x', Borrowing: ' ', Traits: 'x', Generics: 'x' }))).toBe(true);
    expect((await run('write-back', 'off', 'rust')).stdout).toBe('Write-back is off for rust: its file is left as it is.\n');
    await run('-r', 'rust', 'done', 'variance');
    expect(bytes().equals(expected({ Ownership: 'x', Borrowing: ' ', Traits: 'x', Generics: 'x' }))).toBe(true);
  });

  it('is refused for a bundled roadmap, for standard input, and for a word that is not on or off', async () => {
    const { home, run } = learner();
    const bundled = await run('write-back', 'on', 'go-backend-cloud');
    expect([bundled.status, bundled.stderr.split('\n')[0]]).toEqual([
      64,
      'roadmap: go-backend-cloud is a bundled roadmap: write-back ticks the boxes of a file of your own',
    ]);
    const piped = await inProcess(home, ['add', '-', '--write-back'], {});
    expect(piped.stderr).toContain('standard input is no file to write back to');
    const word = await run('write-back', 'maybe', 'go-backend-cloud');
    expect(word.stderr).toContain("write-back takes on or off, not 'maybe'");
  });
});
