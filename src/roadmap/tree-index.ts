/** A flat, document-ordered view of a roadmap tree: what find, progress and next work over. */
import type { Roadmap, Section, Topic, TopicKind } from './types.js';

export interface IndexedNode {
  type: 'section' | 'topic';
  id: string;
  /** The shortest tail of the id that names this node alone in the roadmap. */
  shortId: string;
  title: string;
  /** Titles of the sections and parent topics above it, outermost first. */
  path: string[];
  /** Ids of the sections above it, outermost first. */
  sectionIds: string[];
  kind: TopicKind;
  /** A `- [x]` task item in the document. */
  checked: boolean;
  /** Marked in progress or skipped in the document (an export's comment after the item). */
  startsAs?: 'doing' | 'skipped';
  /** Leaf topic ids at or below this node, in document order (a leaf lists itself). */
  leafIds: string[];
  /** Document order. */
  order: number;
  /** The tree node itself, for its description, resources and label. */
  source: Section | Topic;
  /** The parent topic, for a subtopic. */
  parentTopicId?: string;
  /** The topic that must be finished first (numbered lists, sections marked "in order"). */
  prerequisite?: string;
}

export interface RoadmapIndex {
  nodes: IndexedNode[];
  byId: ReadonlyMap<string, IndexedNode>;
  leaves: IndexedNode[];
}

export function indexRoadmap(roadmap: Roadmap): RoadmapIndex {
  const nodes: IndexedNode[] = [];
  const visitTopics = (topics: readonly Topic[], path: string[], sectionIds: string[], parentTopicId?: string): string[] =>
    topics.flatMap((topic, i) => visitTopic(topic, path, sectionIds, parentTopicId, i > 0 && topic.follows ? topics[i - 1].id : undefined));
  const visitTopic = (topic: Topic, path: string[], sectionIds: string[], parentTopicId?: string, prerequisite?: string): string[] => {
    const node = push('topic', topic, path, sectionIds, topic.kind);
    node.checked = topic.checked === true;
    if (topic.startsAs) node.startsAs = topic.startsAs;
    if (parentTopicId !== undefined) node.parentTopicId = parentTopicId;
    if (prerequisite !== undefined) node.prerequisite = prerequisite;
    const childPath = [...path, topic.title];
    const leaves = visitTopics(topic.topics, childPath, sectionIds, topic.id);
    node.leafIds = leaves.length > 0 ? leaves : [topic.id];
    return node.leafIds;
  };
  const visitSection = (section: Section, path: string[], sectionIds: string[]): string[] => {
    const node = push('section', section, path, sectionIds, 'topic');
    const childPath = [...path, section.title];
    const childSections = [...sectionIds, section.id];
    node.leafIds = [
      ...visitTopics(section.topics, childPath, childSections),
      ...section.sections.flatMap((child) => visitSection(child, childPath, childSections)),
    ];
    return node.leafIds;
  };
  const push = (type: IndexedNode['type'], source: Section | Topic, path: string[], sectionIds: string[], kind: TopicKind) => {
    const node: IndexedNode = {
      type,
      id: source.id,
      shortId: source.id,
      title: source.title,
      path,
      sectionIds,
      kind,
      checked: false,
      leafIds: [],
      order: nodes.length,
      source,
    };
    nodes.push(node);
    return node;
  };
  visitTopics(roadmap.topics, [], []);
  for (const section of roadmap.sections) visitSection(section, [], []);
  assignShortIds(nodes);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const leaves = nodes.filter((node) => node.type === 'topic' && node.leafIds.length === 1 && node.leafIds[0] === node.id);
  return { nodes, byId, leaves };
}

/**
 * Shortest unique tail of the slug path: "goroutines" when only one node ends so, else
 * "phase-2/goroutines". Tails are counted one length at a time, and only for the nodes still
 * ambiguous; a tail is a substring of the id, found by walking back over its slashes.
 */
function assignShortIds(nodes: IndexedNode[]): void {
  let open = nodes.map((node) => ({ node, cut: node.id.length, tail: node.id }));
  while (open.length > 0) {
    const counts = new Map<string, number>();
    for (const entry of open) {
      entry.cut = entry.node.id.lastIndexOf('/', entry.cut - 1);
      entry.tail = entry.cut === -1 ? entry.node.id : entry.node.id.slice(entry.cut + 1);
      counts.set(entry.tail, (counts.get(entry.tail) ?? 0) + 1);
    }
    const next: typeof open = [];
    for (const entry of open) {
      // A whole id is final even when it is also another node's tail: an exact id wins on lookup.
      if (counts.get(entry.tail) === 1 || entry.cut === -1) entry.node.shortId = entry.tail;
      else next.push(entry);
    }
    open = next;
  }
}
