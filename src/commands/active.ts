/** The roadmap a command works on: chosen with -r or `use`, else the default (said once, on stderr). */
import { chooseRoadmapId, loadRoadmap, type Tracked } from '../catalog/load.js';
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
