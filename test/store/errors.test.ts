import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/errors.js';
import { storeErrorToUserError } from '../../src/store/errors.js';

const failure = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('storeErrorToUserError: SQLite and file-system failures said for people', () => {
  it.each([
    ['SQLITE_BUSY', EXIT.busy, 'the roadmap database /d/roadmap.db is busy: another roadmap command held it for more than 5 seconds', 'try again'],
    ['SQLITE_LOCKED_SHAREDCACHE', EXIT.busy, 'is busy', 'try again'],
    ['SQLITE_FULL', EXIT.io, 'the disk is full: could not write the roadmap database /d/roadmap.db; nothing was changed', 'free some space and try again'],
    ['ENOSPC', EXIT.io, 'the disk is full', 'free some space'],
    ['SQLITE_CORRUPT', EXIT.io, 'the roadmap database /d/roadmap.db is damaged (SQLITE_CORRUPT)', 'run `roadmap doctor`'],
    ['SQLITE_CORRUPT_INDEX', EXIT.io, 'is damaged (SQLITE_CORRUPT_INDEX)', 'roadmap doctor'],
    ['SQLITE_NOTADB', EXIT.io, 'is damaged (SQLITE_NOTADB)', 'roadmap doctor'],
    ['SQLITE_IOERR_FSYNC', EXIT.io, 'an I/O error (SQLITE_IOERR_FSYNC) on the roadmap database /d/roadmap.db; nothing was changed', 'check the disk'],
    ['SQLITE_READONLY', EXIT.cantCreate, 'cannot write the roadmap database /d/roadmap.db (SQLITE_READONLY)', 'chmod'],
    ['SQLITE_READONLY_DIRECTORY', EXIT.cantCreate, '(SQLITE_READONLY_DIRECTORY)', 'chmod'],
    ['SQLITE_CANTOPEN', EXIT.cantCreate, '(SQLITE_CANTOPEN)', '--db or ROADMAP_HOME'],
    ['SQLITE_PERM', EXIT.cantCreate, '(SQLITE_PERM)', 'chmod'],
    ['EACCES', EXIT.cantCreate, '(EACCES)', 'chmod'],
    ['EPERM', EXIT.cantCreate, '(EPERM)', 'chmod'],
    ['EROFS', EXIT.cantCreate, '(EROFS)', 'chmod'],
  ])('%s: exit %i', (code, exitCode, message, hint) => {
    const known = storeErrorToUserError(failure(code), '/d/roadmap.db');
    expect(known?.exitCode).toBe(exitCode);
    expect(known?.message).toContain(message);
    expect(known?.hint).toContain(hint);
  });

  it('tables that are not where roadmap put them: damaged (exit 74), with SQLite’s words', () => {
    for (const message of ['no such table: notes', 'no such column: body', 'table meta already exists', 'table notes has no column named text']) {
      const known = storeErrorToUserError(failure('SQLITE_ERROR', message), '/d/roadmap.db');
      expect(known?.exitCode, message).toBe(EXIT.io);
      expect(known?.message).toBe(`the roadmap database /d/roadmap.db is damaged: its tables are not what roadmap made (${message})`);
    }
    expect(storeErrorToUserError(failure('SQLITE_ERROR', 'near "x": syntax error'), '/d/roadmap.db')).toBeUndefined();
  });

  it('a directory that does not exist (better-sqlite3 says so with a TypeError)', () => {
    const known = storeErrorToUserError(new TypeError('Cannot open database because the directory does not exist'), '/d/roadmap.db');
    expect(known).toMatchObject({ exitCode: EXIT.cantCreate, message: 'cannot create the roadmap database /d/roadmap.db: its directory does not exist' });
    expect(known?.hint).toBe('create the directory, or choose another place with --db');
  });

  it('anything else is not the store’s to explain: a bug, said as one', () => {
    expect(storeErrorToUserError(failure('SQLITE_MISUSE'), '/d/roadmap.db')).toBeUndefined();
    expect(storeErrorToUserError(new Error('plain'), '/d/roadmap.db')).toBeUndefined();
    expect(storeErrorToUserError('not an error', '/d/roadmap.db')).toBeUndefined();
    expect(storeErrorToUserError(new TypeError('another type error'), '/d/roadmap.db')).toBeUndefined();
    expect(storeErrorToUserError(Object.assign(new Error('x'), { code: 42 }), '/d/roadmap.db')).toBeUndefined();
  });
});
