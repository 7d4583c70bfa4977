/** `roadmap review`: the topics learned that are due for review, rated one by one (FSRS schedules the next). */
import { type LoadedRoadmap, writeToCurrent } from '../catalog/load.js';
import { EXIT, UserError } from '../errors.js';
import { renderJson } from '../render/json.js';
import { type DueReview, renderDueReviews, renderReviewed, toReviewedJson, toReviewListJson } from '../render/review.js';
import { sanitize } from '../render/text.js';
import type { IndexedNode } from '../roadmap/tree-index.js';
import type { Store } from '../store/db.js';
import type { Rating, ReviewState } from '../store/records.js';
import { loadActive } from './active.js';
import type { Context } from './context.js';
import { resolveTopics } from './resolve.js';

export interface ReviewOptions {
  rating?: Rating;
  /** Turn reviews off for the roadmap, or back on. */
  off?: boolean;
  on?: boolean;
  json?: boolean;
}

export async function review(ctx: Context, queries: readonly string[], options: ReviewOptions = {}): Promise<void> {
  const { store, loaded } = await loadActive(ctx, { hint: !options.json });
  if (options.off || options.on) {
    if (options.off && options.on) throw new UserError('review takes --off or --on, not both');
    if (queries.length > 0 || options.rating !== undefined) throw new UserError('review --off and --on take no topic and no rating');
    store.write(() => store.setReviewsOff(loaded.id, Boolean(options.off)));
    const title = sanitize(loaded.roadmap.title);
    ctx.print(
      options.on
        ? `Reviews are on for ${title}: topics you mark done come up for review.\n`
        : `Reviews are off for ${title}; nothing is scheduled. ${ctx.style.dim('(roadmap review --on turns them back on)')}\n`,
    );
    return;
  }
  const rating = options.rating;
  if (store.reviewsOff(loaded.id)) {
    if (queries.length > 0) throw new UserError(`reviews are off for ${loaded.id}`, { hint: 'roadmap review --on turns them back on' });
    ctx.print(
      options.json
        ? renderJson(toReviewListJson(loaded.id, true, []))
        : `Reviews are off for ${sanitize(loaded.roadmap.title)}. ${ctx.style.dim('(roadmap review --on)')}\n`,
    );
    return;
  }
  if (queries.length > 0) {
    const targets = resolveTopics(loaded.index, loaded.id, queries);
    const chosen = rating ?? (ctx.interactive() ? undefined : missingRating(queries));
    const rated: { topicId: string; title: string; rating: Rating; due: string }[] = [];
    // Each topic a command of its own, named by the words that named it (undo takes back the last).
    for (const [i, target] of targets.entries()) {
      const given = chosen ?? (await ask(ctx, target, ''));
      if (given === 'stop') break;
      rated.push(...(await rate(ctx, store, loaded, [target.id], [queries[i]], given)));
    }
    printRated(ctx, loaded.id, rated, options.json);
    return;
  }
  const due = dueNow(loaded, store.reviewStates(loaded.id), ctx.now());
  if (options.json || !ctx.interactive() || due.length === 0) {
    ctx.print(
      options.json ? renderJson(toReviewListJson(loaded.id, false, due)) : renderDueReviews(loaded.roadmap.title, due, ctx.now(), ctx.style, ctx.wrapColumns()),
    );
    if (!options.json && due.length > 0)
      ctx.print(ctx.style.dim(`Rate one with: roadmap review ${due[0].shortId} --rating good   (again, hard, good or easy)\n`));
    return;
  }
  // At a terminal: each due topic in turn, until the learner stops.
  ctx.print(renderDueReviews(loaded.roadmap.title, due, ctx.now(), ctx.style, ctx.wrapColumns()));
  for (const [n, topic] of due.entries()) {
    const node = loaded.index.byId.get(topic.id)!;
    let given: Rating | 'stop';
    try {
      given = await ask(ctx, node, `[${n + 1}/${due.length}]`);
    } catch (error) {
      // Ctrl-C: each rating made is a command of its own, already saved.
      if (n === 0 || !(error instanceof Error && error.name === 'ExitPromptError')) throw error;
      throw new UserError(`cancelled; the ${n === 1 ? 'rating' : `${n} ratings`} made before it ${n === 1 ? 'is' : 'are'} saved`, {
        exitCode: EXIT.interrupted,
      });
    }
    if (given === 'stop') break;
    printRated(ctx, loaded.id, await rate(ctx, store, loaded, [topic.id], [topic.shortId], given), false);
  }
}

/** The topics due at `now` that the roadmap still has, the longest due first. */
function dueNow(loaded: LoadedRoadmap, states: readonly ReviewState[], now: Date): DueReview[] {
  const at = now.toISOString();
  return states.flatMap((state) => {
    const node = loaded.index.byId.get(state.topicId);
    if (!node || state.due > at) return [];
    const { learnedAt, reviewedAt, rating, reviews, due } = state;
    return [{ id: node.id, shortId: node.shortId, title: node.title, path: node.path, due, learnedAt, reviewedAt, rating, reviews }];
  });
}

async function ask(ctx: Context, node: IndexedNode, progress: string): Promise<Rating | 'stop'> {
  const { askRating } = await ctx.prompts();
  return askRating(node.title, node.path.join(' › '), progress);
}

/** Rate topics (ids) as one command, each from its schedule as it stands under the write lock. */
async function rate(ctx: Context, store: Store, loaded: LoadedRoadmap, ids: readonly string[], queries: readonly string[], rating: Rating) {
  const { rateTopic } = await import('#review-scheduler');
  let targets = ids;
  const reread = (current: LoadedRoadmap) => {
    targets = resolveTopics(current.index, current.id, queries).map((node) => node.id);
  };
  return writeToCurrent(
    store,
    loaded,
    () => ctx.now(),
    (current) => {
      const now = ctx.now();
      const at = now.toISOString();
      const rated = targets.map((id) => {
        const node = current.index.byId.get(id)!;
        if (node.type === 'section' || node.leafIds.length > 1)
          throw new UserError(`${node.shortId} is a section: review rates one topic at a time`, { hint: 'roadmap review lists the topics due' });
        const [state] = store.reviewStates(current.id, id);
        if (!state)
          throw new UserError(`${node.title} is not done: only topics you have learned are reviewed; nothing was changed`, {
            hint: `roadmap done ${node.shortId}`,
          });
        return { node, state, ...rateTopic(state.card, new Date(state.learnedAt), rating, now) };
      });
      const batch = store.openBatch(current.id, 'command', `review ${queries.join(' ')} --rating ${rating}`, at);
      for (const { node, due, card } of rated) store.addReview(current.id, { topicId: node.id, title: node.title, rating, at, due, card, batch });
      return rated.map(({ node, due }) => ({ topicId: node.id, title: node.title, rating, due }));
    },
    reread,
  );
}

function printRated(ctx: Context, roadmapId: string, rated: readonly { topicId: string; title: string; rating: Rating; due: string }[], json?: boolean): void {
  if (json) ctx.print(renderJson(toReviewedJson(roadmapId, rated)));
  else for (const one of rated) ctx.print(renderReviewed(one, ctx.now(), ctx.style, ctx.wrapColumns()));
}

function missingRating(queries: readonly string[]): never {
  throw new UserError('review needs --rating when it cannot prompt (no terminal, or CI is set)', {
    hint: `roadmap review ${queries.join(' ')} --rating good   (again, hard, good or easy)`,
  });
}
