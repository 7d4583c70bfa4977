import { describe, expect, it } from 'vitest';
import { isSound, renderDoctor } from '../../src/render/doctor.js';
import { toDoctorJson } from '../../src/render/json-reports.js';
import { PLAIN } from '../../src/render/style.js';
import type { Diagnosis } from '../../src/store/db.js';

const sound: Diagnosis = { exists: true, bytes: 77_824, schema: 4, ours: true, integrity: ['ok'], error: null };
const location = { path: '/home/a/.local/share/roadmap/roadmap.db', from: 'default' as const };
const backup = { ...sound, path: `${location.path}.backup`, madeAt: '2026-11-30T08:15:42.000Z' };

describe('renderDoctor', () => {
  it('a sound database with a sound backup: where, how big, its schema, and nothing to recover', () => {
    expect(renderDoctor({ location, known: 4, database: sound, backup }, PLAIN)).toBe(
      [
        'database  /home/a/.local/share/roadmap/roadmap.db  (the default place)',
        'size      76 KiB',
        'schema    4',
        'check     ok  (PRAGMA integrity_check)',
        'backup    /home/a/.local/share/roadmap/roadmap.db.backup  made 2026-11-30 08:15  ok',
        '',
      ].join('\n'),
    );
  });

  it('no database yet: says it is made by the first command, and nothing more', () => {
    const none: Diagnosis = { exists: false, bytes: 0, schema: null, ours: false, integrity: [], error: null };
    expect(renderDoctor({ location: { ...location, from: 'ROADMAP_HOME' }, known: 4, database: none, backup: null }, PLAIN)).toBe(
      'database  /home/a/.local/share/roadmap/roadmap.db  (from $ROADMAP_HOME)\n          none yet: it is made by the first command that needs it\n',
    );
  });

  it('another schema, or another program’s file, is said on the schema line', () => {
    const text = renderDoctor({ location, known: 4, database: { ...sound, schema: 2, ours: false }, backup: null }, PLAIN);
    expect(text).toContain('schema    2 (this roadmap writes 4)  not a roadmap database\n');
    expect(text).toContain('backup    none yet (one is made after the first change of each day)\n');
  });

  it('damaged with a sound backup: what is wrong (at most 10 lines), then three ways to recover', () => {
    const problems = Array.from({ length: 12 }, (_, i) => `problem ${i + 1}`);
    const text = renderDoctor({ location: { ...location, from: '--db' }, known: 4, database: { ...sound, integrity: problems }, backup }, PLAIN);
    expect(text).toContain('(from --db)');
    expect(text).toContain('check     DAMAGED\n          problem 1\n');
    expect(text).toContain('          problem 10\n');
    expect(text).not.toContain('problem 11');
    expect(text).toContain(
      [
        'To recover:',
        '  1. keep the damaged file aside:   mv "/home/a/.local/share/roadmap/roadmap.db" "/home/a/.local/share/roadmap/roadmap.db.damaged"',
        '  2. restore the daily backup:     cp "/home/a/.local/share/roadmap/roadmap.db.backup" "/home/a/.local/share/roadmap/roadmap.db"',
        '  3. or start afresh and import your last export:  roadmap import backup.json',
      ].join('\n'),
    );
  });

  it('damaged, and the backup too: the error said, no restore from the backup offered', () => {
    const text = renderDoctor(
      {
        location: { ...location, from: 'ROADMAP_DB' },
        known: 4,
        database: { ...sound, error: 'SQLITE_NOTADB: file is not a database' },
        backup: { ...backup, integrity: ['bad'] },
      },
      PLAIN,
    );
    expect(text).toContain('(from $ROADMAP_DB)');
    expect(text).toContain('check     DAMAGED\n          SQLITE_NOTADB: file is not a database\n');
    expect(text).toContain('made 2026-11-30 08:15  damaged too');
    expect(text).not.toContain('restore the daily backup');
    expect(text).toContain('  2. start afresh and import your last export:  roadmap import backup.json');
  });

  it('isSound: no error, and the integrity check said only ok', () => {
    expect(isSound(sound)).toBe(true);
    expect(isSound({ ...sound, integrity: ['ok', 'more'] })).toBe(false);
    expect(isSound({ ...sound, integrity: ['bad'] })).toBe(false);
    expect(isSound({ ...sound, integrity: [] })).toBe(false);
    expect(isSound({ ...sound, error: 'x' })).toBe(false);
  });
});

describe('toDoctorJson', () => {
  const missing: Diagnosis = { exists: false, bytes: 0, schema: null, ours: false, integrity: [], error: null };
  const damaged: Diagnosis = { ...sound, integrity: ['table notes is missing (schema version 4 has it)'] };

  it('says ok for a sound database, or none yet; not for damage, an error or a damaged backup', () => {
    expect(toDoctorJson({ location, known: 4, database: sound, backup })).toEqual({
      schemaVersion: 1,
      dbPath: location.path,
      dbFrom: 'default',
      exists: true,
      bytes: 77_824,
      schema: 4,
      ours: true,
      ok: true,
      integrity: ['ok'],
      error: null,
      backup: { path: backup.path, madeAt: backup.madeAt, ok: true },
      leftovers: [],
    });
    expect(toDoctorJson({ location, known: 4, database: missing, backup: null })).toMatchObject({ exists: false, ok: true, backup: null });
    expect(toDoctorJson({ location, known: 4, database: damaged, backup: null }).ok).toBe(false);
    expect(toDoctorJson({ location, known: 4, database: { ...sound, error: 'EACCES: permission denied' }, backup: null }).ok).toBe(false);
    expect(toDoctorJson({ location, known: 4, database: sound, backup: { ...backup, integrity: ['*** in database main ***'] } }).backup?.ok).toBe(false);
  });
});
