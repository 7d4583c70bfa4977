/** Reading a roadmap file a user names: `~`, symlinks, directories, FIFOs, huge files, or `-` for stdin. */
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, UserError } from '../errors.js';

/** Roadmaps are documents, not data dumps: above this, `--max-size` must say so. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface SourceFile {
  bytes: Buffer;
  /** Canonical absolute path (symlinks resolved), or null for stdin. */
  path: string | null;
  /** File name without extension, to name the roadmap by. */
  name: string;
}

export function readSourceFile(typed: string, options: { homedir: string; cwd: string; maxBytes: number; readStdin: (limit: number) => Buffer }): SourceFile {
  if (typed === '-') {
    // One byte past the limit is enough to refuse: an endless pipe is never read to its end.
    const bytes = options.readStdin(options.maxBytes + 1);
    checkSize(bytes.length, 'standard input', options.maxBytes, 'goes on past');
    return { bytes, path: null, name: 'stdin' };
  }
  // A quoted "~/x.md" reaches us unexpanded; expand it as the shell would have.
  const expanded = typed === '~' || typed.startsWith('~/') ? path.join(options.homedir, typed.slice(1)) : typed;
  const resolved = path.resolve(options.cwd, expanded);
  let real: string;
  let stat: fs.Stats;
  try {
    real = fs.realpathSync.native(resolved);
    stat = fs.statSync(real);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new UserError(`no such file: ${typed}`, { exitCode: EXIT.noInput, hint: resolved === typed ? undefined : `looked for ${resolved}` });
    if (code === 'EACCES') throw new UserError(`cannot read ${typed}: permission denied`, { exitCode: EXIT.noInput });
    if (code === 'ELOOP') throw new UserError(`${typed} is a loop of symbolic links`, { exitCode: EXIT.noInput });
    throw error;
  }
  if (stat.isDirectory()) throw new UserError(`${typed} is a directory; name a markdown file`, { exitCode: EXIT.noInput });
  // A FIFO or device would block or never end: only regular files are read (`-` reads a pipe).
  if (!stat.isFile()) throw new UserError(`${typed} is not a regular file; to read from a pipe, use - and pipe it in`, { exitCode: EXIT.noInput });
  checkSize(stat.size, typed, options.maxBytes);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(real);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EACCES') throw new UserError(`cannot read ${typed}: permission denied`, { exitCode: EXIT.noInput });
    throw error;
  }
  return { bytes, path: real, name: path.basename(real).replace(/\.(md|markdown|txt)$/i, '') };
}

/** `beyond`: for a stream read only up to the limit, what is said instead of its size. */
function checkSize(size: number, what: string, maxBytes: number, beyond?: string): void {
  if (size > maxBytes) {
    const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    throw new UserError(
      beyond
        ? `${what} ${beyond} the ${mib(maxBytes)} MiB limit for a roadmap`
        : `${what} is ${mib(size)} MiB, over the ${mib(maxBytes)} MiB limit for a roadmap`,
      {
        exitCode: EXIT.data,
        hint: 'if it really is one roadmap, raise the limit with --max-size <MiB>',
      },
    );
  }
}

/** Read a descriptor (standard input) to its end or to `limit` bytes, whichever comes first. */
export function readBounded(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, limit - total));
    let read: number;
    try {
      read = fs.readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue; // a non-blocking pipe with nothing yet
      if (code === 'EOF') break;
      throw error;
    }
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total >= limit) break;
  }
  return Buffer.concat(chunks, total);
}
