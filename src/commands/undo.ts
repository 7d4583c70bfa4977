import { UserError } from '../errors.js';
import { renderUndone } from '../render/changes.js';
import { renderJson } from '../render/json.js';
import { toUndoneJson } from '../render/json-changes.js';
import { writeBackChanges } from './active.js';
import type { Context } from './context.js';

/** Revert everything the last changing command did, its notes and reviews too; again for the one before. */
export async function undo(ctx: Context, options: { json?: boolean } = {}): Promise<void> {
  const store = await ctx.store();
  const undone = store.write(() => {
    // Timed inside the write lock, so the history's times follow the order changes were made in.
    const at = ctx.now().toISOString();
    const batch = store.lastUndoable();
    if (!batch) return undefined;
    const events = store.batchEvents(batch.id);
    const reverts = events.map((event) => ({ roadmapId: event.roadmapId, topicId: event.topicId, title: event.title, from: event.to, to: event.from }));
    const undoCommand = { kind: 'undo' as const, command: `undo ${batch.command}` };
    // A command may have changed several roadmaps (done --everywhere): each gets its reverts, in one undo batch.
    let undoBatch: number | undefined;
    for (const roadmapId of new Set(reverts.map((revert) => revert.roadmapId))) {
      const mine = reverts.filter((revert) => revert.roadmapId === roadmapId);
      undoBatch = store.recordChanges(roadmapId, undoCommand, mine, at, undoBatch);
    }
    // Notes the command added go (log shows them removed by the undo); notes it removed come back as they were.
    const notes = store.batchNotes(batch.id);
    if (notes.added.length + notes.removed.length > 0) {
      undoBatch ??= store.openBatch(batch.roadmapId, 'undo', undoCommand.command, at);
      for (const row of notes.added) store.removeNote(row.id, undoBatch);
      for (const row of notes.removed) store.restoreNote(row.id);
    }
    // Reviews stay as history of the command that made them; undone, the schedule is as before them.
    const reviews = store.batchReviews(batch.id);
    if (reviews.length > 0) undoBatch ??= store.openBatch(batch.roadmapId, 'undo', undoCommand.command, at);
    if (undoBatch !== undefined) store.markUndone(batch.id, undoBatch);
    return { batch, reverts, also: { removed: notes.added.map((row) => row.text), restored: notes.removed.map((row) => row.text), reviews } };
  });
  if (!undone) throw new UserError('nothing to undo', { hint: 'roadmap log shows the history of changes' });
  const { batch, reverts, also } = undone;
  ctx.print(options.json ? renderJson(toUndoneJson(batch, reverts, also)) : renderUndone(batch, reverts, ctx.wrapColumns(), also));
  for (const roadmapId of new Set(reverts.map((revert) => revert.roadmapId))) {
    await writeBackChanges(
      ctx,
      store,
      roadmapId,
      reverts.filter((revert) => revert.roadmapId === roadmapId).map((revert) => revert.topicId),
    );
  }
}
