/**
 * A roadmap.sh roadmap as a tree: its diagram as roadmap.sh serves it (`{title, nodes, edges}`) or
 * as its repository stores it (a React Flow document `{nodes, edges}`), with each node's content
 * when a downloaded folder gives it. Topics are the main path, read top to bottom, each a section
 * of itself and its subtopics. Which topic holds a subtopic is not in the data (its lines are
 * sparse and undirected) and is inferred from the layout: a line joining them (an edge, or a line
 * drawn as a node), else a stack of touching boxes (or one section box) joined to it, else the
 * nearest topic. A section box titled by a label, or a paragraph lines join to subtopics, is a
 * section of what it holds: within the one topic it is joined to, else of its own.
 */
import { type Box, distance, inside, lineEnds, readingOrder, TOUCHING, touching, touchingGroups } from './diagram-layout.js';
import { assignIds } from './ids.js';
import { topicTags } from './topic-tags.js';
import type { Resource, Roadmap, Section, Topic } from './types.js';

/** The document roadmap reads: a diagram, its title, and (from a folder) each node's content by node id. */
export interface RoadmapShDocument {
  title?: string;
  nodes: unknown[];
  edges?: unknown[];
  content?: Record<string, string>;
}

/** A JSON document that is not a roadmap.sh diagram roadmap can read. */
export class RoadmapShError extends Error {}

/** Bounds on the work: a real diagram has a few hundred nodes. */
export const MAX_NODES = 5_000;
export const MAX_TRACKED_NODES = 2_000;

const TRACKABLE = new Set(['topic', 'subtopic', 'todo']);

interface DiagramNode {
  id: string;
  type: string;
  label: string;
  box: Box;
  oldId?: string;
  legend?: string;
}

/** How each subtopic found its topic: what `add` says, so the learner knows the grouping is a guess. */
export interface Grouping {
  byLine: number;
  byGroup: number;
  byNearness: number;
}

/**
 * The JSON value of a file, when the file is JSON (it starts with `{`): undefined for anything
 * else, which is read as markdown. Throws for JSON that is not a diagram roadmap can read.
 */
export function roadmapShDocument(text: string): RoadmapShDocument | undefined {
  if (!text.trimStart().startsWith('{')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined; // markdown that starts with a brace
  }
  if (!isObject(value)) return undefined;
  if ('mockup' in value) {
    throw new RoadmapShError(
      "an older roadmap.sh diagram (a Balsamiq mockup), which roadmap does not read: roadmap.sh's API serves every roadmap in its current form (roadmap add roadmap.sh/<name>)",
    );
  }
  if (value.kind === 'roadmap-backup')
    throw new RoadmapShError('a backup of roadmap (export --format json), not a roadmap: restore it with roadmap import <file>');
  if (!Array.isArray(value.nodes))
    throw new RoadmapShError('JSON, but not a roadmap.sh roadmap (no "nodes" list): roadmap reads markdown and roadmap.sh\'s JSON');
  if (value.nodes.length > MAX_NODES) throw new RoadmapShError(`a diagram of ${value.nodes.length} nodes, more than the ${MAX_NODES} roadmap reads`);
  const content = isObject(value.content)
    ? Object.fromEntries(Object.entries(value.content).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
    : undefined;
  return {
    ...(typeof value.title === 'string' && value.title.trim() !== '' ? { title: value.title.trim() } : {}),
    nodes: value.nodes,
    ...(Array.isArray(value.edges) ? { edges: value.edges } : {}),
    ...(content ? { content } : {}),
  };
}

/** Whether a tree was read from a roadmap.sh diagram (it has no task items, and its grouping is inferred). */
export function isDiagram(roadmap: Roadmap): boolean {
  return (roadmap.found?.units.node ?? 0) > 0;
}

/** The tree of a roadmap.sh diagram, and how its subtopics were grouped. */
export function readRoadmapSh(document: RoadmapShDocument, fallbackTitle: string): { roadmap: Roadmap; grouping: Grouping } {
  const nodes = document.nodes.map(diagramNode).filter((node) => node !== undefined);
  const content = document.content ?? {};
  const trackable = withoutCopies(
    nodes.filter((node) => TRACKABLE.has(node.type) && node.label !== ''),
    content,
  );
  if (trackable.length > MAX_TRACKED_NODES)
    throw new RoadmapShError(`a diagram of ${trackable.length} topics, more than the ${MAX_TRACKED_NODES} roadmap reads`);
  const title = document.title ?? nodes.find((node) => node.type === 'title' && node.label !== '')?.label ?? fallbackTitle;
  const parts = trackable.filter((node) => node.type !== 'topic');
  const mainPath = trackable.filter((node) => node.type === 'topic');
  const { joined, links } = lines(mainPath, nodes, document.edges ?? []);
  const boxes = [...titledBoxes(nodes, mainPath, parts), ...headings(nodes, parts, joined, links)];
  const owner = boxOwners(boxes, joined);
  const holders = [...mainPath, ...boxes];
  const grouping: Grouping = { byLine: 0, byGroup: 0, byNearness: 0 };
  const roadmap: Roadmap = {
    title,
    sections: [],
    topics: [],
    found: { units: { list: 0, table: 0, link: 0, heading: 0, node: trackable.length }, skippedTables: [] },
  };
  if (holders.length === 0) {
    // No main path drawn: the boxes are the topics, in reading order.
    roadmap.topics = readingOrder(parts).map((node) => topicOf(node, content));
    return { roadmap: assignIds(roadmap), grouping };
  }
  const held = assign(holders, parts, nodes, { joined, links }, grouping);
  // Each topic is a section: the topic itself first (roadmap.sh tracks it as it tracks its
  // subtopics, and counts both), then what it holds, then the titled boxes joined to it alone. A
  // titled box is a section of what it holds.
  const sectionOf = (node: DiagramNode): Section[] => {
    const own = node.type === TITLED_BOX ? [] : [topicOf(node, content)];
    const topics = [...own, ...(held.get(node) ?? []).map((child) => topicOf(child, content))];
    const sections = readingOrder(boxes.filter((box) => owner.get(box) === node)).flatMap(sectionOf);
    if (topics.length + sections.length === 0) return [];
    return [keyed({ id: '', title: node.label, resources: [], sections, topics }, node)];
  };
  roadmap.sections = readingOrder(holders.filter((node) => !owner.has(node))).flatMap(sectionOf);
  return { roadmap: assignIds(roadmap), grouping };
}

/** Which topic holds each subtopic, in reading order: by line, else by its group of boxes, else by nearness. */
function assign(
  topics: DiagramNode[],
  parts: DiagramNode[],
  nodes: DiagramNode[],
  { joined, links }: Lines,
  grouping: Grouping,
): Map<DiagramNode, DiagramNode[]> {
  const nearestOf = (members: readonly DiagramNode[], among: Iterable<DiagramNode>) => {
    let best: { topic: DiagramNode; gap: number } | undefined;
    for (const topic of among) {
      for (const member of members) {
        const gap = distance(member.box, topic.box);
        if (!best || gap < best.gap) best = { topic, gap };
      }
    }
    return best?.topic;
  };
  // A box drawn around boxes (a section, or a paragraph with a heading of its own) makes them one
  // group, as touching makes them. Drawn around one topic as well, it holds them for that topic
  // whatever lines say; else for the topic a line joins the box to.
  const containers = nodes
    .filter((node) => (node.type === 'section' || node.type === 'paragraph') && parts.some((part) => inside(part.box, node.box)))
    .sort((a, b) => a.box.width * a.box.height - b.box.width * b.box.height);
  const boxedWith = new Map<DiagramNode, DiagramNode>(); // a box → the one topic inside it
  for (const container of containers) {
    const within = topics.filter((topic) => inside(topic.box, container.box, TOUCHING));
    if (within.length === 1) boxedWith.set(container, within[0]);
  }
  // Boxes joined to each other by a line are one group too (a subtopic's own subtopics).
  const partIndex = new Map(parts.map((part, i) => [part.id, i]));
  const joins: [number, number][] = links.flatMap(([a, b]) =>
    partIndex.has(a) && partIndex.has(b) ? [[partIndex.get(a)!, partIndex.get(b)!] as [number, number]] : [],
  );
  const containerOf = new Map<DiagramNode, DiagramNode>();
  const firstIn = new Map<DiagramNode, number>();
  for (const [i, part] of parts.entries()) {
    const container = containers.find((box) => inside(part.box, box.box)); // the smallest around it
    if (!container) continue;
    containerOf.set(part, container);
    if (firstIn.has(container)) joins.push([firstIn.get(container)!, i]);
    else firstIn.set(container, i);
  }
  /** The topics a box is joined to: the one topic boxed with it, else its own lines, else its container's. */
  const joinedOf = (part: DiagramNode): { topics: Iterable<DiagramNode>; byLine: boolean } | undefined => {
    const container = containerOf.get(part);
    const boxed = container && boxedWith.get(container);
    if (boxed) return { topics: [boxed], byLine: false };
    const own = joined.get(part.id);
    if (own) return { topics: own, byLine: true };
    const lined = container && joined.get(container.id);
    return lined ? { topics: lined, byLine: false } : undefined;
  };
  const held = new Map<DiagramNode, DiagramNode[]>();
  const give = (topic: DiagramNode, part: DiagramNode) => held.set(topic, [...(held.get(topic) ?? []), part]);
  const groups = touchingGroups(parts, joins);
  for (const group of groups) {
    const votes = new Map<DiagramNode, number>();
    for (const member of group) for (const topic of joinedOf(member)?.topics ?? []) votes.set(topic, (votes.get(topic) ?? 0) + 1);
    const most = Math.max(0, ...votes.values());
    const groupTopic = nearestOf(group, most > 0 ? [...votes].filter(([, count]) => count === most).map(([topic]) => topic) : topics)!;
    for (const member of group) {
      const own = joinedOf(member);
      if (own?.byLine) grouping.byLine++;
      else if (most > 0) grouping.byGroup++;
      else grouping.byNearness++;
      give(own ? nearestOf([member], own.topics)! : groupTopic, member);
    }
  }
  // Under each topic: group by group, each group's boxes in reading order, groups in the order their first boxes are read.
  const groupOf = new Map(groups.flatMap((group, i) => group.map((member) => [member, i] as const)));
  for (const [topic, members] of held) {
    const ordered = readingOrder(members);
    const first = new Map<number, number>();
    for (const [i, member] of ordered.entries()) if (!first.has(groupOf.get(member)!)) first.set(groupOf.get(member)!, i);
    const rank = (member: DiagramNode) => first.get(groupOf.get(member)!)!;
    held.set(
      topic,
      ordered
        .map((member, i) => ({ member, i }))
        .sort((a, b) => rank(a.member) - rank(b.member) || a.i - b.i)
        .map(({ member }) => member),
    );
  }
  return held;
}

/** A section box with a title of its own: what it holds is a section, though the box is not a topic to track. */
const TITLED_BOX = 'titled box';

/**
 * Section boxes titled by a label inside them and holding subtopics, with no topic inside them:
 * the diagram's own groups (SQL's "String Functions", an engineering manager's "Technical
 * Strategy"), each holding what is inside it.
 */
function titledBoxes(nodes: readonly DiagramNode[], topics: readonly DiagramNode[], parts: readonly DiagramNode[]): DiagramNode[] {
  const labels = nodes.filter((node) => node.type === 'label' && node.label !== '');
  return nodes.flatMap((box): DiagramNode[] => {
    if (box.type !== 'section' || topics.some((topic) => inside(topic.box, box.box, TOUCHING))) return [];
    if (!parts.some((part) => inside(part.box, box.box))) return [];
    const title = labels.filter((label) => inside(label.box, box.box)).sort((a, b) => a.box.y - b.box.y)[0];
    return title ? [{ id: box.id, type: TITLED_BOX, label: title.label, box: box.box }] : [];
  });
}

/**
 * Paragraphs and labels that lines join to subtopics: headings over them
 * (git-github's "Advanced Git Topics"), each holding the subtopics it is joined to (and their
 * stacks) as a titled box does. Each such subtopic is joined to its heading from here on.
 */
function headings(
  nodes: readonly DiagramNode[],
  parts: readonly DiagramNode[],
  joined: Map<string, Set<DiagramNode>>,
  links: readonly [string, string][],
): DiagramNode[] {
  const partIds = new Set(parts.map((part) => part.id));
  const found: DiagramNode[] = [];
  for (const node of nodes) {
    if ((node.type !== 'paragraph' && node.type !== 'label') || node.label === '') continue;
    const under = links.flatMap(([a, b]) => (a === node.id && partIds.has(b) ? [b] : b === node.id && partIds.has(a) ? [a] : []));
    if (under.length === 0) continue;
    const heading: DiagramNode = { id: node.id, type: TITLED_BOX, label: node.label, box: node.box };
    for (const id of under) joined.set(id, new Set([...(joined.get(id) ?? []), heading]));
    found.push(heading);
  }
  return found;
}

/**
 * The topic each titled box belongs to, as a section within that topic's: the one topic lines join
 * it (or the boxes it touches) to. Joined to none, or to two (it stands on the main path between
 * them), it is a section of its own.
 */
function boxOwners(boxes: DiagramNode[], joined: ReadonlyMap<string, ReadonlySet<DiagramNode>>): Map<DiagramNode, DiagramNode> {
  const owner = new Map<DiagramNode, DiagramNode>();
  for (const cluster of touchingGroups(boxes)) {
    const topics = new Set(cluster.flatMap((box) => [...(joined.get(box.id) ?? [])]));
    if (topics.size === 1) for (const box of cluster) owner.set(box, [...topics][0]);
  }
  return owner;
}

interface Lines {
  /** The topics each other node is joined to by a line. */
  joined: Map<string, Set<DiagramNode>>;
  /** Pairs of other nodes joined to each other by a line. */
  links: [string, string][];
}

/**
 * What the diagram's lines join: an edge (whose direction means nothing in these diagrams, and
 * whose ends may be missing), or a line drawn as a node of its own (roadmap.sh's "vertical" and
 * "horizontal"), which joins the boxes at its ends to the one topic at an end; a line between two
 * topics is the main path, and one between two other boxes joins them to each other.
 */
function lines(topics: readonly DiagramNode[], nodes: readonly DiagramNode[], edges: readonly unknown[]): Lines {
  const topicById = new Map(topics.map((node) => [node.id, node]));
  const joined = new Map<string, Set<DiagramNode>>();
  const links: [string, string][] = [];
  const join = (id: string, topic: DiagramNode) => {
    const set = joined.get(id);
    if (set) set.add(topic);
    else joined.set(id, new Set([topic]));
  };
  for (const edge of edges) {
    if (!isObject(edge) || typeof edge.source !== 'string' || typeof edge.target !== 'string') continue;
    const [source, target] = [topicById.get(edge.source), topicById.get(edge.target)];
    if (source && !target) join(edge.target, source);
    else if (target && !source) join(edge.source, target);
    else if (!source && !target) links.push([edge.source, edge.target]);
  }
  const isLine = (node: DiagramNode) => node.type === 'vertical' || node.type === 'horizontal';
  const others = nodes.filter((node) => !topicById.has(node.id) && !isLine(node));
  for (const line of nodes.filter(isLine)) {
    const atEnds = (node: DiagramNode) => lineEnds(line.box).some((end) => touching(end, node.box, 0));
    // A topic the line runs through is joined as one at its end is.
    const touched = topics.filter((topic) => atEnds(topic) || touching(line.box, topic.box, 0));
    const ends = others.filter(atEnds);
    if (touched.length === 1) for (const node of ends) join(node.id, touched[0]);
    else if (touched.length === 0) for (let i = 1; i < ends.length; i++) links.push([ends[0].id, ends[i].id]);
  }
  return { joined, links };
}

/**
 * Boxes drawn twice, one exactly over the other (same kind, label and place: a copy pasted in the
 * editor), counted once: the one with content, else the first.
 */
function withoutCopies(nodes: readonly DiagramNode[], content: Record<string, string>): DiagramNode[] {
  const kept = new Map<string, DiagramNode>();
  for (const node of nodes) {
    const where = `${node.type}\0${node.label}\0${Math.round(node.box.x)}\0${Math.round(node.box.y)}`;
    const other = kept.get(where);
    if (!other || (content[other.id] === undefined && content[node.id] !== undefined)) kept.set(where, node);
  }
  return [...kept.values()];
}

function topicOf(node: DiagramNode, content: Record<string, string>): Topic {
  const topic: Topic = withContent(keyed({ id: '', title: node.label, kind: 'topic', resources: [], topics: [] }, node), content[node.id]);
  const tags = node.legend === undefined ? [] : topicTags(node.legend);
  if (tags.length > 0) topic.tags = tags;
  return topic;
}

function keyed<T extends Topic | Section>(item: T, node: DiagramNode): T {
  item.key = node.id;
  if (node.oldId !== undefined && node.oldId !== node.id) item.formerKey = node.oldId;
  return item;
}

function withContent<T extends { resources: Resource[]; description?: string }>(item: T, text: string | undefined): T {
  if (text === undefined) return item;
  const { description, resources } = readContent(text);
  if (description) item.description = description;
  item.resources = resources;
  return item;
}

const RESOURCE_LINE = /^[-*]\s+\[(?:@([^@\]]+)@)?([^\]]+)\]\(\s*<?([^)\s>]+)>?\s*\)/;

/**
 * A node's content file: `# Title`, prose, "Visit the following resources…", then
 * `- [@type@Title](url)` lines. The prose is kept as plain text (links become their text).
 */
export function readContent(text: string): { description?: string; resources: Resource[] } {
  const resources: Resource[] = [];
  const prose: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) prose.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const resource = RESOURCE_LINE.exec(line);
    if (resource) {
      flush();
      const item: Resource = { title: resource[2].trim(), url: resource[3] };
      if (resource[1]) item.type = resource[1].trim();
      resources.push(item);
    } else if (line === '' || /^#{1,6}\s/.test(line)) {
      flush();
    } else if (resources.length === 0 && !/^(visit|explore|learn more from) the following/i.test(line) && !/^[-*]\s/.test(line)) {
      paragraph.push(plainText(line));
    }
  }
  flush();
  return prose.length > 0 ? { description: prose.join('\n\n'), resources } : { resources };
}

function plainText(line: string): string {
  return line
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1');
}

function diagramNode(value: unknown): DiagramNode | undefined {
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.type !== 'string') return undefined;
  const data = isObject(value.data) ? value.data : {};
  const place = isObject(value.positionAbsolute) ? value.positionAbsolute : isObject(value.position) ? value.position : {};
  const measured = isObject(value.measured) ? value.measured : {};
  const style = isObject(value.style) ? value.style : {};
  const box = {
    x: numberOr(place.x, 0),
    y: numberOr(place.y, 0),
    width: numberOr(measured.width, numberOr(value.width, numberOr(style.width, 0))),
    height: numberOr(measured.height, numberOr(value.height, numberOr(style.height, 0))),
  };
  const node: DiagramNode = { id: value.id, type: value.type, label: typeof data.label === 'string' ? data.label.replace(/\s+/g, ' ').trim() : '', box };
  if (typeof data.oldId === 'string') node.oldId = data.oldId;
  if (isObject(data.legend) && typeof data.legend.label === 'string') node.legend = data.legend.label;
  return node;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
