/** The day a learner started a roadmap: set by `use` (or `use --since`), else by their first change. */
import type { Store } from '../store/db.js';

const key = (roadmapId: string) => `started:${roadmapId}`;

export function startedOn(store: Store, roadmapId: string): Date | undefined {
  const value = store.getMeta(key(roadmapId));
  return value ? new Date(value) : undefined;
}

/** Record the start unless one is recorded (or always, when the learner says when). Call inside `write`. */
export function recordStart(store: Store, roadmapId: string, at: Date, explicit = false): void {
  if (explicit || !store.getMeta(key(roadmapId))) store.setMeta(key(roadmapId), at.toISOString());
}
