import { UserError } from '../errors.js';
import { STATUS_WORDS } from '../render/marks.js';
import { sanitize } from '../render/text.js';
import type { Context } from './context.js';

/** Revert everything the last changing command did; again for the one before. Notes are kept. */
export async function undo(ctx: Context): Promise<void> {
  const store = await ctx.store();
  const at = ctx.now().toISOString();
  const undone = store.write(() => {
    const batch = store.lastUndoable();
    if (!batch) return undefined;
    const reverts = store.batchEvents(batch.id).map((event) => ({ topicId: event.topicId, title: event.title, from: event.to, to: event.from }));
    const undoBatch = store.recordChanges(batch.roadmapId, { kind: 'undo', command: `undo ${batch.command}` }, reverts, at);
    if (undoBatch !== undefined) store.markUndone(batch.id, undoBatch);
    return { batch, reverts };
  });
  if (!undone) throw new UserError('nothing to undo', { hint: 'roadmap log shows the history of changes' });
  const { batch, reverts } = undone;
  const lines = [`Undid \`roadmap ${sanitize(batch.command)}\` on ${sanitize(batch.roadmapId)}:`];
  for (const change of reverts) lines.push(`  ${sanitize(change.title)}: ${STATUS_WORDS[change.from]} → ${STATUS_WORDS[change.to]}`);
  ctx.print(`${lines.join('\n')}\n`);
}
