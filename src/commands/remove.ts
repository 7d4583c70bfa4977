import { bundledIds } from '../catalog/bundled.js';
import { checkRoadmapId } from '../catalog/load.js';
import { UserError } from '../errors.js';
import { removalWhat, renderRemoved } from '../render/changes.js';
import { renderJson } from '../render/json.js';
import { toRemovedJson } from '../render/json-changes.js';
import type { Context } from './context.js';

/** Remove a roadmap and its progress; asks first on a terminal, needs --force otherwise. */
export async function remove(ctx: Context, roadmapId: string, options: { force?: boolean; json?: boolean }): Promise<void> {
  const store = await ctx.store();
  const id = checkRoadmapId(store, roadmapId);
  const bundled = bundledIds().includes(id);
  const what = removalWhat(id, bundled);
  if (!options.force) {
    if (!ctx.interactive()) {
      throw new UserError(`remove deletes ${what}: pass --force to confirm`, { hint: `roadmap remove ${id} --force` });
    }
    const { confirmRemoval } = await ctx.prompts();
    if (!(await confirmRemoval(`Remove ${what}?`))) {
      ctx.print(options.json ? renderJson(toRemovedJson(null)) : 'Nothing removed.\n');
      return;
    }
  }
  store.write(() => {
    store.deleteRoadmap(id);
    if (store.getMeta('active') === id) store.deleteMeta('active');
  });
  ctx.print(options.json ? renderJson(toRemovedJson({ id, bundled })) : renderRemoved(what, ctx.style));
}
