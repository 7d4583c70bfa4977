import { renderJson, toNextJson } from '../render/json.js';
import { renderNext } from '../render/next.js';
import { suggestNext } from '../roadmap/next.js';
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
  const { loaded } = await loadActive(ctx, { hint: !options.json });
  const suggestions = suggestNext(loaded.index, loaded.statuses, count);
  const roadmap = { id: loaded.id, title: loaded.roadmap.title };
  ctx.print(options.json ? renderJson(toNextJson(roadmap, suggestions)) : renderNext(roadmap, suggestions, ctx.style, ctx.columns(), options.explain));
}
