// Reading the file a learner names, in-process: every refusal with its words and exit code.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBounded, readSourceFile } from '../../src/catalog/source-file.js';
import { UserError } from '../../src/errors.js';
import { tempDir } from '../helpers/temp.js';

const MiB = 1024 * 1024;

function setup() {
  const home = tempDir();
  const cwd = path.join(home, 'work');
  fs.mkdirSync(cwd);
  const read = (typed: string, maxBytes = MiB, stdin: Buffer = Buffer.from('')) =>
    readSourceFile(typed, { homedir: home, cwd, maxBytes, readStdin: (limit) => stdin.subarray(0, limit) });
  const refusal = (typed: string, maxBytes = MiB, stdin?: Buffer) => {
    try {
      read(typed, maxBytes, stdin);
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      const { message, exitCode, hint } = error as UserError;
      return { message, exitCode, hint };
    }
    throw new Error(`${typed} was read`);
  };
  return { home, cwd, read, refusal };
}

describe('readSourceFile', () => {
  it('reads a file by a path relative to the working directory, ~ or a symlink, named after the real file', () => {
    const { home, cwd, read } = setup();
    fs.writeFileSync(path.join(cwd, 'Rust.Path.MD'), '# Rust\n');
    fs.writeFileSync(path.join(home, 'notes.markdown'), '# N\n');
    fs.symlinkSync(path.join(cwd, 'Rust.Path.MD'), path.join(home, 'link.md'));
    expect(read('Rust.Path.MD')).toEqual({ bytes: Buffer.from('# Rust\n'), path: fs.realpathSync(path.join(cwd, 'Rust.Path.MD')), name: 'Rust.Path' });
    expect(read('~/notes.markdown').name).toBe('notes');
    expect(read('~/link.md')).toMatchObject({ path: fs.realpathSync(path.join(cwd, 'Rust.Path.MD')), name: 'Rust.Path' });
    fs.writeFileSync(path.join(cwd, 'plan.txt'), 'x');
    fs.writeFileSync(path.join(cwd, 'plan.json'), 'x');
    fs.writeFileSync(path.join(cwd, 'plan.yaml'), 'x');
    // A roadmap.sh diagram is named as a markdown file is; other extensions stay in the name.
    expect([read('plan.txt').name, read('plan.json').name, read('plan.yaml').name]).toEqual(['plan', 'plan', 'plan.yaml']);
  });

  it('refuses what is not a regular file, saying what it is (exit 66)', () => {
    const { cwd, refusal } = setup();
    expect(refusal('missing.md')).toEqual({ message: 'no such file: missing.md', exitCode: 66, hint: `looked for ${path.join(cwd, 'missing.md')}` });
    expect(refusal(path.join(cwd, 'missing.md'))).toEqual({ message: `no such file: ${path.join(cwd, 'missing.md')}`, exitCode: 66, hint: undefined });
    fs.writeFileSync(path.join(cwd, 'file'), 'x');
    expect(refusal('file/below.md').message).toBe('no such file: file/below.md');
    fs.mkdirSync(path.join(cwd, 'dir'));
    expect(refusal('dir')).toEqual({ message: 'dir is a directory; name a markdown file', exitCode: 66, hint: undefined });
    execFileSync('mkfifo', [path.join(cwd, 'fifo')]);
    expect(refusal('fifo')).toEqual({ message: 'fifo is not a regular file; to read from a pipe, use - and pipe it in', exitCode: 66, hint: undefined });
    fs.symlinkSync(path.join(cwd, 'b'), path.join(cwd, 'a'));
    fs.symlinkSync(path.join(cwd, 'a'), path.join(cwd, 'b'));
    expect(refusal('a')).toEqual({ message: 'a is a loop of symbolic links', exitCode: 66, hint: undefined });
  });

  it('refuses a file or standard input over the limit (exit 65), and reads one at the limit', () => {
    const { cwd, read, refusal } = setup();
    fs.writeFileSync(path.join(cwd, 'big.md'), Buffer.alloc(MiB + 1, 'x'));
    expect(refusal('big.md')).toEqual({
      message: 'big.md is 1.0 MiB, over the 1.0 MiB limit for a roadmap',
      exitCode: 65,
      hint: 'if it really is one roadmap, raise the limit with --max-size <MiB>',
    });
    expect(read('big.md', MiB + 1).bytes.length).toBe(MiB + 1);
    expect(refusal('-', MiB, Buffer.alloc(MiB + 1, 'x'))).toMatchObject({
      message: 'standard input goes on past the 1.0 MiB limit for a roadmap',
      exitCode: 65,
    });
    expect(read('-', MiB, Buffer.alloc(MiB, 'x'))).toEqual({ bytes: Buffer.alloc(MiB, 'x'), path: null, name: 'stdin' });
  });
});

describe('readBounded', () => {
  it('reads to the end, or stops at the limit', () => {
    const file = path.join(tempDir(), 'data');
    fs.writeFileSync(file, Buffer.alloc(200 * 1024, 'y'));
    const fd = fs.openSync(file, 'r');
    try {
      expect(readBounded(fd, 100 * 1024 + 1).length).toBe(100 * 1024 + 1);
      expect(readBounded(fd, 1024 * 1024).length).toBe(200 * 1024 - (100 * 1024 + 1));
      expect(readBounded(fd, 10).length).toBe(0);
    } finally {
      fs.closeSync(fd);
    }
  });
});
