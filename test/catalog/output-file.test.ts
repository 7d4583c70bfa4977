/** Where `export -o` may write (catalog/output-file.ts): regular files, streams, never the database or a device. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputTarget, writeAtomically } from '../../src/catalog/output-file.js';
import { UserError } from '../../src/errors.js';
import { tempDir } from '../helpers/temp.js';

/** The UserError a call throws: its message, exit code and hint. */
function refusal(call: () => unknown): { message: string; exitCode: number; hint: string | undefined } {
  try {
    call();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { message: error.message, exitCode: error.exitCode, hint: error.hint };
  }
  throw new Error('no error was thrown');
}

describe('outputTarget', () => {
  const setup = () => {
    const dir = fs.realpathSync(tempDir());
    const database = path.join(dir, 'data', 'roadmap.db');
    fs.mkdirSync(path.dirname(database));
    fs.writeFileSync(database, '');
    return { dir, database, target: (typed: string) => outputTarget(typed, { cwd: dir, database }) };
  };

  it('writes - and /dev/stdout to standard output, /dev/stderr to standard error, as streams', () => {
    const { target } = setup();
    expect(target('-')).toEqual({ kind: 'stream', fd: 1 });
    expect(target('/dev/stdout')).toEqual({ kind: 'stream', fd: 1 });
    expect(target('/dev/stderr')).toEqual({ kind: 'stream', fd: 2 });
  });

  it('resolves a new or existing file against the working directory, and writes a symlink through to its target', () => {
    const { dir, target } = setup();
    expect(target('new.md')).toEqual({ kind: 'file', path: path.join(dir, 'new.md') });
    fs.mkdirSync(path.join(dir, 'out'));
    fs.writeFileSync(path.join(dir, 'out', 'old.md'), 'old');
    expect(target('out/old.md')).toEqual({ kind: 'file', path: path.join(dir, 'out', 'old.md') });
    fs.symlinkSync(path.join('out', 'old.md'), path.join(dir, 'link.md'));
    expect(target('link.md')).toEqual({ kind: 'file', path: path.join(dir, 'out', 'old.md') });
    fs.symlinkSync('out', path.join(dir, 'via'));
    expect(target('via/new.md')).toEqual({ kind: 'file', path: path.join(dir, 'out', 'new.md') });
  });

  it('refuses a directory, a device and a file in a directory that does not exist (exit 73)', () => {
    const { dir, target } = setup();
    fs.mkdirSync(path.join(dir, 'd'));
    expect(refusal(() => target('d'))).toEqual({
      message: 'd is a directory; export writes regular files only',
      exitCode: 73,
      hint: 'name a file, or leave out -o to write to standard output',
    });
    expect(refusal(() => target('/dev/null')).message).toBe('/dev/null is a device; export writes regular files only');
    expect(refusal(() => target('nowhere/x.md'))).toEqual({
      message: `cannot write nowhere/x.md: no such directory ${path.join(dir, 'nowhere')}`,
      exitCode: 73,
      hint: undefined,
    });
  });

  it.each(['', '-journal', '-wal', '-shm', '.backup'])('never writes over the database or its companion "%s", however it is named', (suffix) => {
    const { dir, database, target } = setup();
    const named = `data/roadmap.db${suffix}`;
    expect(refusal(() => target(named))).toEqual({
      message: `${named} is roadmap's own database (or its journal or backup); it was not touched`,
      exitCode: 73,
      hint: 'name another file for the export',
    });
    // While a companion exists (a journal during a write, the daily backup), a link to it is refused too.
    if (suffix !== '') fs.writeFileSync(`${database}${suffix}`, '');
    expect(refusal(() => target(named)).exitCode).toBe(73);
    fs.symlinkSync(`${database}${suffix}`, path.join(dir, 'alias'));
    expect(refusal(() => target('alias')).message).toBe("alias is roadmap's own database (or its journal or backup); it was not touched");
    expect(refusal(() => target(`${dir}/./data/../data/roadmap.db${suffix}`)).exitCode).toBe(73);
  });

  it('knows the database through a symlink to it, or a path not made yet', () => {
    const { dir, database } = setup();
    fs.symlinkSync(path.dirname(database), path.join(dir, 'home'));
    const viaLink = (typed: string) => outputTarget(typed, { cwd: dir, database: path.join(dir, 'home', 'roadmap.db') });
    expect(refusal(() => viaLink('data/roadmap.db')).exitCode).toBe(73);
    const unborn = path.join(dir, 'later.db');
    expect(refusal(() => outputTarget('later.db', { cwd: dir, database: unborn })).exitCode).toBe(73);
  });
});

describe('writeAtomically', () => {
  it('writes a new file and replaces an old one whole, leaving no temporary file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'out.md');
    writeAtomically(file, 'one');
    expect(fs.readFileSync(file, 'utf8')).toBe('one');
    writeAtomically(file, 'two');
    expect(fs.readFileSync(file, 'utf8')).toBe('two');
    expect(fs.readdirSync(dir)).toEqual(['out.md']);
  });

  it('says it cannot write (exit 73) when the directory is gone or the name is a directory, and removes its temporary file', () => {
    const dir = tempDir();
    expect(refusal(() => writeAtomically(path.join(dir, 'gone', 'out.md'), 'x'))).toEqual({
      message: `cannot write ${path.join(dir, 'gone', 'out.md')} (ENOENT)`,
      exitCode: 73,
      hint: undefined,
    });
    fs.mkdirSync(path.join(dir, 'd'));
    expect(refusal(() => writeAtomically(path.join(dir, 'd'), 'x')).message).toBe(`cannot write ${path.join(dir, 'd')} (EISDIR)`);
    expect(fs.readdirSync(dir)).toEqual(['d']);
  });

  it('leaves another process’s temporary file alone and says so (EEXIST)', () => {
    const dir = tempDir();
    const temp = path.join(dir, `.out.md.${process.pid}.tmp`);
    fs.writeFileSync(temp, 'theirs');
    expect(refusal(() => writeAtomically(path.join(dir, 'out.md'), 'x')).message).toBe(`cannot write ${path.join(dir, 'out.md')} (EEXIST)`);
  });
});
