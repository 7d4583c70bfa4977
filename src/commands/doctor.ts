import fs from 'node:fs';
import { EXIT, UserError } from '../errors.js';
import { isSound, renderDoctor } from '../render/doctor.js';
import { renderJson } from '../render/json.js';
import { toDoctorJson } from '../render/json-reports.js';
import { abandonedFiles, backupPath, diagnose } from '../store/db.js';
import { MIGRATIONS } from '../store/migrations.js';
import type { Context } from './context.js';

/** Where the data lives, whether it is sound, and how to recover when it is not. Never changes anything. */
export async function doctor(ctx: Context, options: { json?: boolean }): Promise<void> {
  const location = ctx.location();
  const database = diagnose(location.path);
  const backupFile = backupPath(location.path);
  const backup = fs.existsSync(backupFile) ? { path: backupFile, madeAt: fs.statSync(backupFile).mtime.toISOString(), ...diagnose(backupFile) } : null;
  const leftovers = database.exists
    ? abandonedFiles(location.path).map((file) => ({ path: file, bytes: fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0 }))
    : [];
  const report = { location, known: MIGRATIONS.length, database, backup, leftovers };
  ctx.print(options.json ? renderJson(toDoctorJson(report)) : renderDoctor(report, ctx.style));
  if (database.exists && !isSound(database))
    throw new UserError(`${location.path} is damaged`, { exitCode: EXIT.io, hint: 'follow the steps above to recover' });
}
