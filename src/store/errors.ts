/** SQLite and file-system failures, said for people: what happened to which file, and what to do. */
import { EXIT, UserError } from '../errors.js';

export function storeErrorToUserError(error: unknown, dbPath: string): UserError | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code: raw } = error as { code?: unknown };
  const code = typeof raw === 'string' ? raw : '';
  const at = `the roadmap database ${dbPath}`;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new UserError(`${at} is busy: another roadmap command held it for more than 5 seconds`, { exitCode: EXIT.busy, hint: 'try again' });
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new UserError(`the disk is full: could not write ${at}; nothing was changed`, { exitCode: EXIT.io, hint: 'free some space and try again' });
  }
  if (code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT_') || code === 'SQLITE_NOTADB') {
    return new UserError(`${at} is damaged (${code})`, {
      exitCode: EXIT.io,
      hint: 'run `roadmap doctor`; restore from a backup or `roadmap export --format json`',
    });
  }
  // Tables or columns that are not where this version put them: the file was changed by something else.
  if (code === 'SQLITE_ERROR' && /no such (table|column)|already exists|has no column named/.test(error.message)) {
    return new UserError(`${at} is damaged: its tables are not what roadmap made (${error.message})`, {
      exitCode: EXIT.io,
      hint: 'run `roadmap doctor`; restore from a backup or `roadmap export --format json`',
    });
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new UserError(`an I/O error (${code}) on ${at}; nothing was changed`, { exitCode: EXIT.io, hint: 'check the disk, then try again' });
  }
  if (
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code === 'SQLITE_PERM' ||
    code === 'EACCES' ||
    code === 'EPERM' ||
    code === 'EROFS'
  ) {
    return new UserError(`cannot write ${at} (${code})`, {
      exitCode: EXIT.cantCreate,
      hint: 'check its permissions (chmod), or choose another place with --db or ROADMAP_HOME',
    });
  }
  if (error instanceof TypeError && /directory does not exist/.test(error.message)) {
    return new UserError(`cannot create ${at}: its directory does not exist`, {
      exitCode: EXIT.cantCreate,
      hint: 'create the directory, or choose another place with --db',
    });
  }
  return undefined;
}
