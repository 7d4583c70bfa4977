/** done, start, skip and reset: set the status of topics, named or picked at a prompt. */

import { type LoadedRoadmap, writeToCurrent } from '../catalog/load.js';
import { type Match, sameSkillElsewhere } from '../catalog/same-skill.js';
import { recordStart } from '../catalog/started.js';
import { UserError } from '../errors.js';
import { type Marked, renderMarked } from '../render/changes.js';
import { renderJson } from '../render/json.js';
import { toMarkedJson } from '../render/json-changes.js';
import { countLeaves, statusOf } from '../roadmap/progress.js';
import { type Change, changesTo } from '../roadmap/transitions.js';
import type { IndexedNode, RoadmapIndex } from '../roadmap/tree-index.js';
import type { Status } from '../roadmap/types.js';
import { loadActive, writeBackChanges } from './active.js';
import type { Context } from './context.js';
import { resolveTopics } from './resolve.js';

export const VERBS = { done: 'done', start: 'doing', skip: 'skipped', reset: 'todo' } as const satisfies Record<string, Status>;
export type Verb = keyof typeof VERBS;

export interface MarkOptions {
  reason?: string;
  /** done only: the same skill in the other roadmaps too. */
  everywhere?: boolean;
  json?: boolean;
}

export async function mark(ctx: Context, verb: Verb, queries: readonly string[], options: MarkOptions = {}): Promise<void> {
  const to = VERBS[verb];
  const interactive = ctx.interactive();
  if (queries.length === 0 && !interactive) {
    throw new UserError(`${verb} needs a topic when it cannot prompt (no terminal, or CI is set)`, {
      hint: `pass one: roadmap ${verb} <topic>  (roadmap status --topics lists them)`,
    });
  }
  const { store, loaded } = await loadActive(ctx);
  let targets: IndexedNode[];
  if (queries.length > 0) {
    targets = resolveTopics(loaded.index, loaded.id, queries);
  } else {
    const { pickTopics } = await ctx.prompts();
    targets = await pickTopics(loaded.index, loaded.statuses, verb, to);
    if (targets.length === 0) {
      const none: Marked = { targets: [], to, changes: [], also: [], reason: undefined, sections: [] };
      ctx.print(options.json ? renderJson(toMarkedJson(loaded.id, none)) : 'Nothing picked; nothing changed.\n');
      return;
    }
  }
  // The same skill elsewhere is marked only when asked: --everywhere, or yes at a prompt. Never silently.
  let elsewhere: Match[] = [];
  if (verb === 'done' && (options.everywhere || interactive)) {
    elsewhere = (await sameSkillElsewhere(store, loaded.id, loaded.index, targets, ctx.now())).filter(
      (match) => statusOf(match.statuses, match.node.id) !== 'done',
    );
    if (elsewhere.length > 0 && !options.everywhere) {
      const { confirmAlso } = await ctx.prompts();
      const listed = elsewhere.map((match) => `${match.roadmapId}: ${match.node.title}`);
      if (!(await confirmAlso(listed))) elsewhere = [];
    }
  }
  const command = commandLine(verb, queries, targets, options.everywhere);
  // Statuses are read again under the write lock, so concurrent commands never lose each other's
  // changes; a refresh meanwhile (topics renamed) has the words resolved again on the new version.
  const reread =
    queries.length > 0
      ? (current: LoadedRoadmap) => {
          targets = resolveTopics(current.index, current.id, queries);
        }
      : undefined;
  const { index, changes, statuses, also, elsewhereChanged } = await writeToCurrent(
    store,
    loaded,
    () => ctx.now(),
    (current) => {
      // Timed inside the write lock, so the history's times follow the order changes were made in.
      const at = ctx.now().toISOString();
      const changes = changesTo(current.index, store.statuses(current.id), targets, to).map((change) => ({ ...change, reason: options.reason }));
      let batch = store.recordChanges(current.id, { kind: 'command', command }, changes, at);
      if (changes.length > 0) recordStart(store, current.id, new Date(at));
      const also: { roadmapId: string; title: string }[] = [];
      const elsewhereChanged = new Map<string, string[]>();
      for (const match of elsewhere) {
        const more = changesTo(match.index, store.statuses(match.roadmapId), [match.node], to);
        batch = store.recordChanges(match.roadmapId, { kind: 'command', command }, more, at, batch);
        if (more.length > 0) also.push({ roadmapId: match.roadmapId, title: match.node.title });
        elsewhereChanged.set(match.roadmapId, [...(elsewhereChanged.get(match.roadmapId) ?? []), ...more.map((change) => change.topicId)]);
      }
      return { index: current.index, changes, statuses: store.statuses(current.id), also, elsewhereChanged };
    },
    reread,
  );

  const affected = affectedSections(index, changes);
  const sectionsByTitle = affected.length > 0 ? sectionsTitled(index) : new Map<string, IndexedNode[]>();
  const sections = affected.map((section) => {
    const value = countLeaves(section.leafIds, statuses);
    return { title: sectionName(sectionsByTitle, section), percent: value.percent, left: value.total - value.done - value.skipped, total: value.total };
  });
  const marked: Marked = { targets, to, changes, also, reason: options.reason, sections };
  ctx.print(options.json ? renderJson(toMarkedJson(loaded.id, marked)) : renderMarked(marked, ctx.style, ctx.wrapColumns()));
  for (const [roadmapId, ids] of [[loaded.id, changes.map((change) => change.topicId)] as const, ...elsewhereChanged]) {
    if (ids.length > 0) await writeBackChanges(ctx, store, roadmapId, ids);
  }
}

function commandLine(verb: Verb, queries: readonly string[], targets: readonly IndexedNode[], everywhere = false): string {
  const names = queries.length > 0 ? queries : targets.map((target) => target.shortId);
  return `${verb} ${names.join(' ')}${everywhere ? ' --everywhere' : ''}`;
}

/**
 * A section's title, or, when other sections share it, its path from the nearest ancestor that
 * tells them apart ("WEEK 2 – Databases › What to Learn"): a name the learner can find.
 */
function sectionName(sectionsByTitle: ReadonlyMap<string, readonly IndexedNode[]>, section: IndexedNode): string {
  const namesakes = (sectionsByTitle.get(section.title) ?? []).filter((node) => node !== section);
  for (let depth = section.path.length - 1; depth >= 0 && namesakes.length > 0; depth--) {
    const name = section.path.slice(depth);
    const tail = (node: IndexedNode) => node.path.slice(node.path.length - name.length).join('\u0000');
    if (namesakes.every((node) => tail(node) !== name.join('\u0000'))) return [...name, section.title].join(' › ');
  }
  return section.title;
}

/** The sections by title, once for a command: each affected section then finds its namesakes at once. */
function sectionsTitled(index: RoadmapIndex): Map<string, IndexedNode[]> {
  const byTitle = new Map<string, IndexedNode[]>();
  for (const node of index.nodes) {
    if (node.type !== 'section') continue;
    const same = byTitle.get(node.title);
    if (same) same.push(node);
    else byTitle.set(node.title, [node]);
  }
  return byTitle;
}

/** The innermost section of each changed topic, once each, in document order. */
function affectedSections(index: RoadmapIndex, changes: readonly Change[]): IndexedNode[] {
  const ids = new Set<string>();
  for (const change of changes) {
    const innermost = index.byId.get(change.topicId)?.sectionIds.at(-1);
    if (innermost !== undefined) ids.add(innermost);
  }
  return [...ids].map((id) => index.byId.get(id)!).sort((a, b) => a.order - b.order);
}
