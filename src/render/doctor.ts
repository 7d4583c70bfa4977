/** `roadmap doctor` for people. */
import type { Diagnosis } from '../store/db.js';
import type { DbLocation } from '../store/location.js';
import type { Style } from './style.js';
import { sanitize } from './text.js';

export interface DoctorReport {
  location: DbLocation;
  /** The schema version this roadmap writes. */
  known: number;
  database: Diagnosis;
  backup: (Diagnosis & { path: string; madeAt: string }) | null;
  /** Temporary files of commands killed mid-write (removed at the next daily backup). */
  leftovers?: readonly { path: string; bytes: number }[];
}

const FROM: Record<DbLocation['from'], string> = {
  '--db': 'from --db',
  ROADMAP_DB: 'from $ROADMAP_DB',
  ROADMAP_HOME: 'from $ROADMAP_HOME',
  default: 'the default place',
};

export function isSound(diagnosis: Diagnosis): boolean {
  return diagnosis.error === null && diagnosis.integrity.length === 1 && diagnosis.integrity[0] === 'ok';
}

export function renderDoctor({ location, known, database, backup, leftovers = [] }: DoctorReport, style: Style): string {
  const path = sanitize(location.path);
  const lines = [`database  ${path}  ${style.dim(`(${FROM[location.from]})`)}`];
  if (!database.exists) {
    lines.push('          none yet: it is made by the first command that needs it');
    return `${lines.join('\n')}\n`;
  }
  lines.push(`size      ${(database.bytes / 1024).toFixed(0)} KiB`);
  if (database.schema !== null)
    lines.push(
      `schema    ${database.schema}${database.schema === known ? '' : ` (this roadmap writes ${known})`}${database.ours ? '' : style.warn('  not a roadmap database')}`,
    );
  const sound = isSound(database);
  if (sound) lines.push(`check     ${style.done('ok')}  ${style.dim('(PRAGMA integrity_check)')}`);
  else {
    lines.push(`check     ${style.error('DAMAGED')}`);
    for (const problem of database.error ? [database.error] : database.integrity.slice(0, 10)) lines.push(`          ${sanitize(problem)}`);
  }
  if (backup) {
    const state = isSound(backup) ? style.done('ok') : style.error('damaged too');
    lines.push(`backup    ${sanitize(backup.path)}  ${style.dim(`made ${backup.madeAt.slice(0, 16).replace('T', ' ')}`)}  ${state}`);
  } else {
    lines.push(`backup    none yet ${style.dim('(one is made after the first change of each day)')}`);
  }
  if (leftovers.length > 0) {
    const bytes = leftovers.reduce((sum, file) => sum + file.bytes, 0);
    lines.push(
      `leftovers ${leftovers.length} ${leftovers.length === 1 ? 'file' : 'files'} of commands killed mid-write, ${(bytes / 1024).toFixed(0)} KiB ${style.dim('(removed at the next daily backup; safe to delete)')}`,
    );
    for (const file of leftovers) lines.push(`          ${sanitize(file.path)}`);
  }
  if (!sound) {
    lines.push('', 'To recover:', `  1. keep the damaged file aside:   mv "${path}" "${path}.damaged"`);
    if (backup && isSound(backup)) lines.push(`  2. restore the daily backup:     cp "${sanitize(backup.path)}" "${path}"`);
    lines.push(`  ${backup && isSound(backup) ? '3. or' : '2.'} start afresh and import your last export:  roadmap import backup.json`);
  }
  return `${lines.join('\n')}\n`;
}
