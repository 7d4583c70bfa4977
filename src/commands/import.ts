import { mergeBackup } from '../catalog/backup.js';
import { parseBackup } from '../catalog/backup-check.js';
import { bundledIds } from '../catalog/bundled.js';
import { readBounded, readSourceFile } from '../catalog/source-file.js';
import { renderImported } from '../render/changes.js';
import { renderJson } from '../render/json.js';
import { toImportedJson } from '../render/json-changes.js';
import { sanitize } from '../render/text.js';
import type { Context } from './context.js';

const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

/** Restore a backup into this database, merging by roadmap and topic id. */
export async function importCommand(ctx: Context, file: string, options: { json?: boolean } = {}): Promise<void> {
  const source = readSourceFile(file, { homedir: ctx.io.homedir, cwd: ctx.io.cwd, maxBytes: MAX_BACKUP_BYTES, readStdin: (limit) => readBounded(0, limit) });
  const backup = parseBackup(source.bytes, { name: sanitize(file), now: ctx.now(), bundled: bundledIds() });
  const outcome = await mergeBackup(await ctx.store(), backup, ctx.now());
  ctx.print(options.json ? renderJson(toImportedJson(outcome)) : renderImported(file, outcome));
}
