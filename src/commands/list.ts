import { loadRoadmap, roadmapIds } from '../catalog/load.js';
import { computeProgress } from '../roadmap/progress.js';
import { renderJson, toListJson, type ListEntry } from '../render/json.js';
import { renderList } from '../render/list.js';
import type { Context } from './context.js';

export async function list(ctx: Context, options: { json?: boolean }): Promise<void> {
  const store = await ctx.store();
  const active = store.getMeta('active');
  const entries: ListEntry[] = [];
  for (const id of roadmapIds(store)) {
    const loaded = await loadRoadmap(store, id, ctx.now());
    const { done, total, percent } = computeProgress(loaded.roadmap, loaded.statuses);
    entries.push({ id, title: loaded.roadmap.title, progress: { done, total, percent }, active: id === active });
  }
  ctx.print(options.json ? renderJson(toListJson(entries)) : renderList(entries, active === undefined, ctx.style, ctx.columns()));
}
