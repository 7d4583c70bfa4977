import type { LoadedRoadmap } from '../catalog/load.js';
import { sameSkillElsewhere } from '../catalog/same-skill.js';
import { isWebSource } from '../catalog/web-source.js';
import { renderJson, type ShowDetails, type ShowRoadmap, toOrphansJson, toShowJson, toShowRoadmapJson } from '../render/json.js';
import { renderOrphans, renderShow, renderShowRoadmap } from '../render/show.js';
import { countLeaves, rollUp, type StatusMap, statusOf } from '../roadmap/progress.js';
import { isDiagram } from '../roadmap/roadmap-sh.js';
import { daysInProgress } from '../roadmap/topic-time.js';
import type { IndexedNode } from '../roadmap/tree-index.js';
import type { RoadmapRecord } from '../store/records.js';
import { loadActive } from './active.js';
import type { Context } from './context.js';
import { resolveTopics } from './resolve.js';

export async function show(ctx: Context, query: string | undefined, options: { json?: boolean; orphans?: boolean }): Promise<void> {
  const { store, loaded } = await loadActive(ctx, { hint: !options.json });
  if (query === undefined && !options.orphans) {
    const summary = roadmapSummary(loaded, store.getRoadmap(loaded.id));
    ctx.print(options.json ? renderJson(toShowRoadmapJson(summary)) : renderShowRoadmap(summary, ctx.style));
    return;
  }
  if (options.orphans) {
    const notes = store.notes(loaded.id).filter((note) => loaded.orphans.some((orphan) => orphan.topicId === note.topicId));
    ctx.print(options.json ? renderJson(toOrphansJson(loaded.id, loaded.orphans, notes)) : renderOrphans(loaded.orphans, notes, ctx.style));
    return;
  }
  const [node] = resolveTopics(loaded.index, loaded.id, [query!], false);
  const details = showDetails(node, loaded.index.byId, loaded.statuses, store.notes(loaded.id, node.id), store.progress(loaded.id));
  const leaf = node.leafIds.length === 1 && node.leafIds[0] === node.id;
  if (details.status === 'skipped' && leaf) details.skipReason = store.skipReasons(loaded.id, node.id).get(node.id) ?? null;
  if (leaf) {
    const span = store.topicSpans(loaded.id, node.id).get(node.id) ?? { started: null, finished: null };
    const finished = details.status === 'done' ? span.finished : null;
    const started = details.status === 'done' || details.status === 'doing' ? span.started : null;
    Object.assign(details, { started, finished, daysInProgress: daysInProgress({ started, finished }, details.status) });
  }
  if (node.type === 'topic') {
    details.alsoIn = (await sameSkillElsewhere(store, loaded.id, loaded.index, [node], ctx.now())).map((match) => ({
      roadmapId: match.roadmapId,
      id: match.node.id,
      title: match.node.title,
      status: statusOf(match.statuses, match.node.id),
    }));
  }
  ctx.print(options.json ? renderJson(toShowJson(loaded.id, details)) : renderShow(details, ctx.style, ctx.wrapColumns()));
}

/** The roadmap itself: where it came from, in what form, and its counts. */
function roadmapSummary(loaded: LoadedRoadmap, record: RoadmapRecord | undefined): ShowRoadmap {
  const source = record?.sourcePath ?? null;
  const from = loaded.origin === 'bundled' ? 'bundled' : source === null ? 'stdin' : isWebSource(source) ? 'url' : 'file';
  const sections = loaded.index.nodes.filter((node) => node.type === 'section' && node.sectionIds.length === 0).length;
  return {
    roadmap: { id: loaded.id, title: loaded.roadmap.title },
    ...countLeaves(
      loaded.index.leaves.map((leaf) => leaf.id),
      loaded.statuses,
    ),
    from,
    source,
    format: isDiagram(loaded.roadmap) ? 'roadmap.sh' : 'markdown',
    addedAt: record?.addedAt ?? null,
    sections,
  };
}

function showDetails(
  node: IndexedNode,
  byId: ReadonlyMap<string, IndexedNode>,
  statuses: StatusMap,
  notes: readonly { text: string; createdAt: string }[],
  progress: readonly { topicId: string; changedAt: string }[],
): ShowDetails {
  const leaf = node.leafIds.length === 1 && node.leafIds[0] === node.id;
  const counts = countLeaves(node.leafIds, statuses);
  const source = node.source;
  const childNodes = [...('sections' in source ? source.sections : []), ...source.topics].map((child) => byId.get(child.id)!);
  return {
    type: node.type,
    id: node.id,
    shortId: node.shortId,
    title: node.title,
    path: node.path,
    kind: node.kind,
    label: 'label' in source ? (source.label ?? null) : null,
    status: leaf ? statusOf(statuses, node.id) : rollUp(counts),
    changedAt: progress.find((row) => row.topicId === node.id)?.changedAt ?? null,
    started: null,
    finished: null,
    daysInProgress: null,
    skipReason: null,
    description: source.description ?? null,
    resources: source.resources.map((resource) => ({ title: resource.title, url: resource.url ?? null, type: resource.type ?? null })),
    tags: source.tags ?? [],
    notes: notes.map((note) => ({ text: note.text, createdAt: note.createdAt })),
    done: counts.done,
    doing: counts.doing,
    skipped: counts.skipped,
    total: counts.total,
    percent: counts.percent,
    alsoIn: [],
    children: childNodes.map((child) => ({
      id: child.id,
      shortId: child.shortId,
      title: child.title,
      type: child.type,
      status: child.leafIds.length === 1 && child.leafIds[0] === child.id ? statusOf(statuses, child.id) : rollUp(countLeaves(child.leafIds, statuses)),
    })),
  };
}
