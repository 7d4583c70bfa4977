import { renderJson, toNextJson } from '../render/json.js';
import { renderNext } from '../render/next.js';
import { renderReviewsDue } from '../render/review.js';
import { suggestNext } from '../roadmap/next.js';
import { daysOverdue } from '../roadmap/review.js';
import { loadActive } from './active.js';
import { parseCount } from './arguments.js';
import type { Context } from './context.js';

export interface NextOptions {
  json?: boolean;
  count?: string;
  explain?: boolean;
}

export const DEFAULT_NEXT_COUNT = 5;

export async function next(ctx: Context, options: NextOptions): Promise<void> {
  const count = options.count === undefined ? DEFAULT_NEXT_COUNT : parseCount(options.count);
  const { store, loaded } = await loadActive(ctx, { hint: !options.json });
  const now = ctx.now();
  // Reviews due now are counted; those overdue by a day or more compete with new topics.
  const due = store.reviewStates(loaded.id).filter((state) => state.due <= now.toISOString());
  const overdue = new Map(due.flatMap((state) => (daysOverdue(state.due, now) >= 1 ? [[state.topicId, daysOverdue(state.due, now)]] : [])));
  const suggestions = suggestNext(loaded.index, loaded.statuses, count, overdue);
  const roadmap = { id: loaded.id, title: loaded.roadmap.title };
  ctx.print(
    options.json
      ? renderJson(toNextJson(roadmap, suggestions, due.length))
      : renderReviewsDue(due.length, ctx.style) + renderNext(roadmap, suggestions, ctx.style, ctx.columns(), options.explain),
  );
}
