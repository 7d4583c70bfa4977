/** What a user typed → topics, or an error that lists candidates or close matches. */
import { UserError } from '../errors.js';
import { truncate } from '../render/text.js';
import { findNode } from '../roadmap/find.js';
import { plural } from '../roadmap/plural.js';
import type { IndexedNode, RoadmapIndex } from '../roadmap/tree-index.js';

/** `changing`: the command would change something, so its refusal says nothing was (show changes nothing either way). */
export function resolveTopics(index: RoadmapIndex, roadmapId: string, queries: readonly string[], changing = true): IndexedNode[] {
  return queries.map((query) => resolveTopic(index, roadmapId, query, changing ? '; nothing was changed' : ''));
}

function resolveTopic(index: RoadmapIndex, roadmapId: string, query: string, unchanged: string): IndexedNode {
  const result = findNode(index, query);
  if (result.type === 'found') return result.node;
  if (result.type === 'ambiguous') {
    throw new UserError(`'${truncate(query, 80)}' matches ${countNodes(result.candidates)} in ${roadmapId}${unchanged}`, {
      details: result.candidates.map(candidateLine),
      hint: 'name one by its id, its full title, or a path such as "Phase 1/Goroutines"',
    });
  }
  throw new UserError(`no topic matches '${truncate(query, 80)}' in ${roadmapId}${unchanged}`, {
    details: result.suggestions.length > 0 ? ['did you mean:', ...result.suggestions.map(candidateLine)] : [],
    hint: 'roadmap status --topics lists every topic with its id',
  });
}

function countNodes(nodes: readonly IndexedNode[]): string {
  const sections = nodes.filter((node) => node.type === 'section').length;
  const topics = nodes.length - sections;
  return [sections && plural(sections, 'section'), topics && plural(topics, 'topic')].filter(Boolean).join(' and ');
}

function candidateLine(node: IndexedNode): string {
  const where = node.path.length > 0 ? `  (${node.path.join(' › ')})` : '';
  return `  ${node.shortId}  ${node.title}${where}`;
}
