/** The roadmap a command works on, loaded with its progress. */
import { chooseRoadmapId, loadRoadmap, type LoadedRoadmap } from '../catalog/load.js';
import type { Store } from '../store/db.js';
import type { Context } from './context.js';

export interface Active {
  store: Store;
  loaded: LoadedRoadmap;
}

export async function loadActive(ctx: Context, { hint = true } = {}): Promise<Active> {
  const store = await ctx.store();
  const { id, chosen } = chooseRoadmapId(store, ctx.options.roadmap);
  const loaded = await loadRoadmap(store, id, ctx.now());
  if (!chosen && hint) {
    ctx.notice(ctx.errStyle.dim(`Using ${id}, the default roadmap. Choose yours with \`roadmap use <id>\` (\`roadmap list\` shows them).`));
  }
  return { store, loaded };
}
