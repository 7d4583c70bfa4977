/** What a status command changes: which leaves move, from what, to what. */
import { type StatusMap, statusOf } from './progress.js';
import type { IndexedNode, RoadmapIndex } from './tree-index.js';
import type { Status } from './types.js';

export interface Change {
  topicId: string;
  title: string;
  from: Status;
  to: Status;
}

/**
 * Named one by one, a topic moves to `to` from anything else. Named through a section or parent,
 * only leaves it makes sense for move: `start` and `skip` leave finished topics alone, `done` and
 * `reset` take everything not already there.
 */
const GROUP_FROM: Record<Status, readonly Status[]> = {
  done: ['todo', 'doing', 'skipped'],
  doing: ['todo'],
  skipped: ['todo', 'doing'],
  todo: ['doing', 'done', 'skipped'],
};

export function changesTo(index: RoadmapIndex, statuses: StatusMap, targets: readonly IndexedNode[], to: Status): Change[] {
  const changes = new Map<string, Change>();
  for (const target of targets) {
    const single = target.leafIds.length === 1 && target.leafIds[0] === target.id;
    for (const id of target.leafIds) {
      const from = statusOf(statuses, id);
      const moves = single ? from !== to : GROUP_FROM[to].includes(from);
      if (moves && !changes.has(id)) changes.set(id, { topicId: id, title: index.byId.get(id)?.title ?? id, from, to });
    }
  }
  return [...changes.values()];
}
