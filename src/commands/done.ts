import { counts, statusOf } from '../roadmap/progress.js';
import type { IndexedNode, RoadmapIndex } from '../roadmap/tree-index.js';
import type { StatusChange } from '../store/db.js';
import { sanitize } from '../render/text.js';
import { loadActive } from './active.js';
import type { Context } from './context.js';
import { resolveTopics } from './resolve.js';

/** Mark topics done; a section or parent topic marks every leaf below it. */
export async function done(ctx: Context, queries: readonly string[]): Promise<void> {
  const { store, loaded } = await loadActive(ctx);
  const { index } = loaded;
  const targets = resolveTopics(index, loaded.id, queries);
  const leafIds = [...new Set(targets.flatMap((target) => target.leafIds))];
  const at = ctx.now().toISOString();
  // Statuses are read again under the write lock, so concurrent commands never lose each other's changes.
  const { changes, statuses } = store.write(() => {
    const current = store.statuses(loaded.id);
    const changes: StatusChange[] = leafIds
      .filter((id) => statusOf(current, id) !== 'done')
      .map((id) => ({ topicId: id, from: statusOf(current, id), to: 'done' }));
    store.recordChanges(loaded.id, `done ${queries.join(' ')}`, changes, at);
    return { changes, statuses: store.statuses(loaded.id) };
  });

  const { style } = ctx;
  const changed = new Set(changes.map((change) => change.topicId));
  const lines: string[] = [];
  for (const target of targets) {
    const title = sanitize(target.title);
    const newly = target.leafIds.filter((id) => changed.has(id)).length;
    if (newly === 0) lines.push(`${style.dim('•')} ${title} is already done`);
    else if (target.leafIds.length === 1) lines.push(`${style.done('✔')} ${title}: done`);
    else lines.push(`${style.done('✔')} ${title}: ${newly} of its ${target.leafIds.length} topics marked done`);
  }
  if (changes.length > 0) {
    for (const section of affectedSections(index, changes)) {
      const { done, total, percent } = counts(section.leafIds.filter((id) => statusOf(statuses, id) === 'done').length, section.leafIds.length);
      const left = total - done;
      lines.push(`${sanitize(section.title)} is ${percent}% complete${left === 0 ? '.' : `, ${left} of ${total} left`}`);
    }
    lines.push(style.dim('What next? roadmap next'));
  }
  ctx.print(`${lines.join('\n')}\n`);
}

/** The innermost section of each changed topic, once each, in document order. */
function affectedSections(index: RoadmapIndex, changes: readonly StatusChange[]): IndexedNode[] {
  const ids = new Set<string>();
  for (const change of changes) {
    const sectionIds = index.byId.get(change.topicId)?.sectionIds ?? [];
    const innermost = sectionIds[sectionIds.length - 1];
    if (innermost !== undefined) ids.add(innermost);
  }
  return [...ids].map((id) => index.byId.get(id)!).sort((a, b) => a.order - b.order);
}
