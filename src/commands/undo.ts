import { UserError } from '../errors.js';
import { renderUndone } from '../render/changes.js';
import { renderJson } from '../render/json.js';
import { toUndoneJson } from '../render/json-changes.js';
import type { Context } from './context.js';

/** Revert everything the last changing command did; again for the one before. Notes are kept. */
export async function undo(ctx: Context, options: { json?: boolean } = {}): Promise<void> {
  const store = await ctx.store();
  const undone = store.write(() => {
    // Timed inside the write lock, so the history's times follow the order changes were made in.
    const at = ctx.now().toISOString();
    const batch = store.lastUndoable();
    if (!batch) return undefined;
    const events = store.batchEvents(batch.id);
    const reverts = events.map((event) => ({ roadmapId: event.roadmapId, topicId: event.topicId, title: event.title, from: event.to, to: event.from }));
    // A command may have changed several roadmaps (done --everywhere): each gets its reverts, in one undo batch.
    let undoBatch: number | undefined;
    for (const roadmapId of new Set(reverts.map((revert) => revert.roadmapId))) {
      const mine = reverts.filter((revert) => revert.roadmapId === roadmapId);
      undoBatch = store.recordChanges(roadmapId, { kind: 'undo', command: `undo ${batch.command}` }, mine, at, undoBatch);
    }
    if (undoBatch !== undefined) store.markUndone(batch.id, undoBatch);
    return { batch, reverts };
  });
  if (!undone) throw new UserError('nothing to undo', { hint: 'roadmap log shows the history of changes' });
  const { batch, reverts } = undone;
  ctx.print(options.json ? renderJson(toUndoneJson(batch, reverts)) : renderUndone(batch, reverts, ctx.wrapColumns()));
}
