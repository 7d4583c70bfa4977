import { loadOutline, loadRoadmap, roadmapIds } from '../catalog/load.js';
import { type ListEntry, renderJson, toListJson } from '../render/json.js';
import { renderList } from '../render/list.js';
import { progressFromOutline } from '../roadmap/outline.js';
import { computeProgress } from '../roadmap/progress.js';
import type { Context } from './context.js';

export async function list(ctx: Context, options: { json?: boolean }): Promise<void> {
  const store = await ctx.store();
  const active = store.getMeta('active');
  const entries: ListEntry[] = [];
  for (const id of roadmapIds(store)) {
    // Counts only: the stored outline serves, without reading a roadmap's whole tree.
    const stored = loadOutline(store, id);
    const progress = stored ? progressFromOutline(stored.outline, stored.placed).progress : await loadProgress(ctx, id);
    const { done, doing, skipped, total, percent, percentLearned, title } = progress;
    const source = store.getRoadmap(id)?.sourcePath ?? null;
    entries.push({ id, title, progress: { done, doing, skipped, total, percent, percentLearned }, active: id === active, source });
  }
  ctx.print(options.json ? renderJson(toListJson(entries)) : renderList(entries, active === undefined, ctx.style, ctx.columns()));
}

async function loadProgress(ctx: Context, id: string) {
  const loaded = await loadRoadmap(await ctx.store(), id, ctx.now());
  return computeProgress(loaded.roadmap, loaded.statuses);
}
