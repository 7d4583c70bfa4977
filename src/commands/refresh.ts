import { readBundled } from '../catalog/bundled.js';
import { chooseRoadmapId, installRoadmap } from '../catalog/load.js';
import { DEFAULT_MAX_BYTES, readSourceFile, type SourceFile } from '../catalog/source-file.js';
import { type Fetched, fetchMarkdown, isWebSource, storedValidators, storeValidators, type Validators } from '../catalog/web-source.js';
import { UserError } from '../errors.js';
import { renderInstall } from '../render/install.js';
import { renderJson } from '../render/json.js';
import { toInstalledJson } from '../render/json-changes.js';
import { sanitize } from '../render/text.js';
import { createProgress } from '../ui/progress.js';
import type { Context } from './context.js';

/** Read a roadmap's markdown again and carry progress over to the new version. */
export async function refresh(ctx: Context, roadmapId: string | undefined, options: { json?: boolean } = {}): Promise<void> {
  const store = await ctx.store();
  const { id } = chooseRoadmapId(store, roadmapId ?? ctx.options.roadmap);
  const record = store.getRoadmap(id);
  let bytes: Uint8Array | undefined;
  let validators: Validators | undefined;
  if (record?.origin === 'user' && record.sourcePath && isWebSource(record.sourcePath)) {
    // From the web: asked whether it changed since the last fetch (one request when it has not).
    ctx.notice(`Fetching ${sanitize(record.sourcePath)}`);
    let fetched: Fetched;
    try {
      fetched = await fetchMarkdown(record.sourcePath, { maxBytes: DEFAULT_MAX_BYTES, env: ctx.io.env, ...storedValidators(store, id) });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      throw new UserError(`${error.message}; the stored copy of ${id} is still used`, { exitCode: error.exitCode, hint: error.hint });
    }
    if (fetched.kind === 'unchanged') ctx.notice(`${sanitize(record.sourcePath)} is unchanged since it was last fetched`);
    else validators = fetched;
    bytes = fetched.kind === 'fresh' ? fetched.bytes : store.getContent(id);
  } else if (record?.origin === 'user') {
    if (!record.sourcePath)
      throw new UserError(`${id} was added from standard input; add it again to update it`, { hint: `roadmap add - --id ${id} < file.md` });
    // The remembered path (perhaps from a backup made elsewhere) gets every guard of add: a regular file, its size, symlinks resolved.
    let source: SourceFile;
    try {
      source = readSourceFile(record.sourcePath, {
        homedir: ctx.io.homedir,
        cwd: ctx.io.cwd,
        maxBytes: DEFAULT_MAX_BYTES,
        readStdin: () => Buffer.alloc(0),
        folders: true,
      });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      throw new UserError(`${error.message}; ${id} came from there; the stored copy is still used`, {
        exitCode: error.exitCode,
        hint: `roadmap add <file> --id ${id} to update it from another file`,
      });
    }
    bytes = source.bytes;
    ctx.notice(`Reading ${sanitize(source.path ?? record.sourcePath)}`);
  } else {
    bytes = readBundled(id);
  }
  if (!bytes) throw new UserError(`unknown roadmap '${id}'`);
  const progress = createProgress(ctx.io.stderr, ctx.io.env, `Reading ${id}…`, ctx.io.elapsedMs);
  const installed = await installRoadmap(
    store,
    {
      id,
      origin: record?.origin ?? 'bundled',
      bytes,
      sourcePath: record?.sourcePath ?? null,
      name: `${id}.md`,
      titleFrom: record?.sourcePath ?? id,
      now: ctx.now(),
    },
    progress.report,
  ).finally(() => progress.end());
  if (validators) store.write(() => storeValidators(store, id, validators));
  for (const notice of installed.notices) ctx.notice(ctx.errStyle.warn(sanitize(notice)));
  ctx.print(options.json ? renderJson(toInstalledJson(installed, false)) : renderInstall(installed, false, ctx.style));
}
