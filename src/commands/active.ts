/** The roadmap a command works on: chosen with -r or `use`, else the default (said once, on stderr). */
import { chooseRoadmapId, loadRoadmap, type Tracked } from '../catalog/load.js';
import { writeBack } from '../catalog/write-back.js';
import { renderWrittenBack } from '../render/changes.js';
import type { Store } from '../store/db.js';
import type { Context } from './context.js';

export type Active = Tracked;

export async function chooseActive(ctx: Context, { hint = true } = {}): Promise<{ store: Store; id: string }> {
  const store = await ctx.store();
  const { id, chosen } = chooseRoadmapId(store, ctx.options.roadmap);
  if (!chosen && hint) {
    ctx.notice(ctx.errStyle.dim(`Using ${id}, the default roadmap. Choose yours with \`roadmap use <id>\` (\`roadmap list\` shows them).`));
  }
  return { store, id };
}

/** The active roadmap loaded with its progress. */
export async function loadActive(ctx: Context, { hint = true } = {}): Promise<Active> {
  const { store, id } = await chooseActive(ctx, { hint });
  return { store, loaded: await loadRoadmap(store, id, ctx.now()) };
}

/** After a change is committed: tick the boxes of the changed topics in the learner's file, when write-back is on for it. */
export async function writeBackChanges(ctx: Context, store: Store, roadmapId: string, topicIds: readonly string[] | 'all'): Promise<void> {
  const written = await writeBack(store, roadmapId, topicIds, { homedir: ctx.io.homedir, cwd: ctx.io.cwd, now: ctx.now() });
  const said = written && renderWrittenBack(written, topicIds === 'all', ctx.errStyle);
  if (said) ctx.notice(said);
}
