/**
 * Where `export -o FILE` may write: a regular file (new or replaced whole, through a temporary
 * file renamed over it), a symlink written through to its target, standard output or error as a
 * stream. Never a directory, device, FIFO or socket, and never the database, its journal or its
 * backup.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, UserError } from '../errors.js';
import { notAFile } from '../file-kind.js';

export type OutputTarget = { kind: 'stream'; fd: 1 | 2 } | { kind: 'file'; path: string };

/** Decide where writing `typed` goes; `database`: the database file, whose companions are kept safe too. */
export function outputTarget(typed: string, options: { cwd: string; database: string }): OutputTarget {
  if (typed === '-' || typed === '/dev/stdout') return { kind: 'stream', fd: 1 };
  if (typed === '/dev/stderr') return { kind: 'stream', fd: 2 };
  const resolved = path.resolve(options.cwd, typed);
  let real: string;
  try {
    real = fs.realpathSync.native(resolved); // a symlink is written through to its target
  } catch {
    // does not exist yet (or a dangling link): the directory it goes in must exist
    real = path.join(realDirectory(path.dirname(resolved), typed), path.basename(resolved));
  }
  const stat = statOrUndefined(real);
  if (stat && !stat.isFile()) {
    throw new UserError(`${typed} is ${notAFile(stat)}; export writes regular files only`, {
      exitCode: EXIT.cantCreate,
      hint: 'name a file, or leave out -o to write to standard output',
    });
  }
  const database = realOrSelf(options.database);
  const guarded = [database, `${database}-journal`, `${database}-wal`, `${database}-shm`, `${database}.backup`];
  if (guarded.includes(real)) {
    throw new UserError(`${typed} is roadmap's own database (or its journal or backup); it was not touched`, {
      exitCode: EXIT.cantCreate,
      hint: 'name another file for the export',
    });
  }
  return { kind: 'file', path: real };
}

/**
 * Write beside the target and rename over it, so a crash never leaves half a file; `mode`: the
 * permissions to give it (a file rewritten in place keeps its own).
 */
export function writeAtomically(file: string, data: string | Uint8Array, mode?: number): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  let made = false;
  try {
    fs.writeFileSync(temp, data, { flag: 'wx' });
    made = true;
    if (mode !== undefined) fs.chmodSync(temp, mode);
    fs.renameSync(temp, file);
  } catch (error) {
    // Removed only when this made it: what was in the way (wx refused it) is not ours.
    if (made) fs.rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'EROFS' || code === 'EPERM' || code === 'EEXIST') {
      throw new UserError(`cannot write ${file} (${code})`, { exitCode: EXIT.cantCreate });
    }
    throw error;
  }
}

function realDirectory(dir: string, typed: string): string {
  try {
    return fs.realpathSync.native(dir);
  } catch {
    throw new UserError(`cannot write ${typed}: no such directory ${dir}`, { exitCode: EXIT.cantCreate });
  }
}

function realOrSelf(file: string): string {
  try {
    return fs.realpathSync.native(file);
  } catch {
    return path.resolve(file);
  }
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}
