/** From a markdown syntax tree to a roadmap: headings are sections, list items are topics. */
import type { Heading, List, ListItem, Paragraph, Root, RootContent, Table } from 'mdast';
import { assignIds } from './ids.js';
import {
  collapse,
  headingTitle,
  isAnchorItem,
  isProjectTitle,
  isResourcesTitle,
  labelOf,
  linksIn,
  plainText,
  soleLink,
} from './mdast-text.js';
import { parsePlan } from './plan.js';
import type { Resource, Roadmap, Section, Topic, TopicKind } from './types.js';

interface Frame {
  depth: number;
  /** Where topics, prose and resources of this part of the document go. */
  section: Section;
  /** Lists here are resources of `section`, not topics. */
  resources: boolean;
  project: boolean;
  /** "in order" in the heading: each topic comes after the one before. */
  ordered: boolean;
  descriptions: string[];
}

interface ListContext {
  kind: TopicKind;
  label?: string;
}

export function buildRoadmap(root: Root, fallbackTitle: string): Roadmap {
  const builder = new RoadmapBuilder(fallbackTitle);
  builder.add(root.children);
  return builder.finish();
}

/**
 * Builds a roadmap from the document's top-level nodes, fed in order and in any number of batches,
 * so a large document never has to be held as one syntax tree.
 */
export class RoadmapBuilder {
  private readonly top: Section = { id: '', title: '', resources: [], sections: [], topics: [] };
  private readonly stack: Frame[] = [{ depth: 0, section: this.top, resources: false, project: false, ordered: false, descriptions: [] }];
  private readonly finished: Frame[] = [];
  private title: string | undefined;
  private pendingLabel: string | undefined;
  /** Topics that came from GFM task items: when a document has any, only they (and their groups) are topics. */
  private readonly tasks = new Set<Topic>();

  constructor(private readonly fallbackTitle: string) {}

  add(nodes: readonly RootContent[]): void {
    for (const node of nodes) this.addNode(node);
  }

  finish(): Roadmap {
    this.finished.push(...this.stack);
    for (const frame of this.finished) {
      if (frame.descriptions.length > 0 && !frame.resources) frame.section.description = frame.descriptions.join('\n\n');
    }
    const { top } = this;
    if (this.tasks.size > 0) pruneToTasks(top, this.tasks);
    const roadmap: Roadmap = { title: this.title ?? this.fallbackTitle, sections: top.sections, topics: top.topics };
    if (top.description !== undefined) roadmap.description = top.description;
    return assignIds(roadmap);
  }

  private addNode(node: RootContent): void {
    const frame = this.stack[this.stack.length - 1]!;
    if (node.type === 'heading') {
      this.pendingLabel = undefined;
      const text = headingTitle(plainText(node));
      if (this.title === undefined && node.depth === 1 && isEmpty(this.top)) {
        this.title = text;
        return;
      }
      while (this.stack.length > 1 && this.stack[this.stack.length - 1]!.depth >= node.depth) this.finished.push(this.stack.pop()!);
      this.stack.push(openFrame(node, text, this.stack[this.stack.length - 1]!));
      return;
    }
    if (node.type === 'paragraph') {
      const label = labelOf(node);
      if (label !== undefined) {
        this.pendingLabel = label;
        return;
      }
      const prose = plainText(node);
      if (prose !== '') frame.descriptions.push(prose);
    } else if (node.type === 'list') {
      this.addList(node, frame, this.pendingLabel);
    } else if (node.type === 'table') {
      this.addTable(node, frame, this.pendingLabel);
    }
    this.pendingLabel = undefined;
  }

  private addList(list: List, frame: Frame, label: string | undefined): void {
    if (list.children.every(isAnchorItem)) return; // a table of contents
    if (frame.resources || (label !== undefined && isResourcesTitle(label))) {
      frame.section.resources.push(...list.children.flatMap(toResources));
      return;
    }
    const context: ListContext = { kind: frame.project || (label !== undefined && isProjectTitle(label)) ? 'project' : 'topic' };
    if (label !== undefined) context.label = label;
    const topics = list.children.flatMap((item) => this.toTopics(item, context));
    if (list.ordered || frame.ordered) {
      topics.forEach((topic, i) => {
        if (i > 0 || (frame.ordered && frame.section.topics.length > 0)) topic.follows = true;
      });
    }
    frame.section.topics.push(...topics);
  }

  /**
   * A table whose first column names courses or topics: each row is a topic, with its duration
   * and effort from the columns that hold them.
   */
  private addTable(table: Table, frame: Frame, label: string | undefined): void {
    const [head, ...rows] = table.children;
    if (!head || rows.length === 0 || frame.resources) return;
    const headers = head.children.map((cell) => plainText(cell).toLowerCase());
    const durationColumn = headers.findIndex((header) => /duration|length|weeks|months|time/.test(header));
    const effortColumn = headers.findIndex((header) => /effort|hours|workload|commitment/.test(header));
    const namesTopics = /course|topic|subject|module|skill|class|lesson|unit|title|name|step|milestone/.test(headers[0] ?? '');
    if (!namesTopics && durationColumn === -1 && effortColumn === -1) return;
    for (const row of rows) {
      const [first] = row.children;
      const title = first ? plainText(first) : '';
      if (title === '') continue;
      const topic: Topic = {
        id: '',
        title,
        kind: frame.project || (label !== undefined && isProjectTitle(label)) ? 'project' : 'topic',
        resources: first ? linksIn(first).map((link) => ({ title: plainText(link) || link.url, url: link.url })) : [],
        topics: [],
      };
      if (label !== undefined) topic.label = label;
      const plan = durationColumn > 0 ? parsePlan(plainText(row.children[durationColumn] ?? first!)) : undefined;
      if (plan) topic.plan = { to: plan.to, text: plan.text };
      const effort = effortColumn > 0 ? plainText(row.children[effortColumn] ?? first!) : '';
      if (effort !== '') topic.effort = effort;
      if (frame.ordered && frame.section.topics.length > 0) topic.follows = true;
      frame.section.topics.push(topic);
    }
  }

  /** One list item as topics: usually one, its children when it has no text of its own. */
  private toTopics(item: ListItem, context: ListContext): Topic[] {
    const [first, ...rest] = item.children;
    const lead = first?.type === 'paragraph' ? first : undefined;
    const children = nestedLists(item).flatMap((list) => list.children.flatMap((child) => this.toTopics(child, context)));
    const title = lead ? plainText(lead) : '';
    if (title === '') return children;

    const topic: Topic = { id: '', title, kind: context.kind, resources: lead ? resourcesOf(lead) : [], topics: children };
    if (context.label !== undefined) topic.label = context.label;
    if (item.checked === true) topic.checked = true;
    if (typeof item.checked === 'boolean') this.tasks.add(topic);
    const prose = (lead ? rest : item.children)
      .filter((child): child is Paragraph => child.type === 'paragraph')
      .map((paragraph) => plainText(paragraph))
      .filter((text) => text !== '');
    if (prose.length > 0) topic.description = prose.join('\n\n');
    return [topic];
  }
}

/** Keep task items, and plain items only as groups of task items (the notes beside a checklist are not progress). */
function pruneToTasks(section: Section, tasks: ReadonlySet<Topic>): void {
  const prune = (topics: Topic[]): Topic[] =>
    topics.flatMap((topic) => {
      topic.topics = prune(topic.topics);
      return tasks.has(topic) || topic.topics.length > 0 ? [topic] : [];
    });
  section.topics = prune(section.topics);
  for (const child of section.sections) pruneToTasks(child, tasks);
}

function openFrame(heading: Heading, title: string, parent: Frame): Frame {
  if (isResourcesTitle(title)) {
    return { depth: heading.depth, section: parent.section, resources: true, project: false, ordered: false, descriptions: [] };
  }
  const section: Section = { id: '', title, resources: [], sections: [], topics: [] };
  const plan = parsePlan(title);
  if (plan) section.plan = plan;
  parent.section.sections.push(section);
  return {
    depth: heading.depth,
    section,
    resources: false,
    project: parent.project || isProjectTitle(title),
    ordered: /\bin order\b/i.test(title),
    descriptions: [],
  };
}

function nestedLists(item: ListItem): List[] {
  return item.children.filter((child): child is List => child.type === 'list');
}

function resourcesOf(paragraph: Paragraph): Resource[] {
  const only = soleLink(paragraph);
  if (only) return [{ title: plainText(only) || only.url, url: only.url }];
  return linksIn(paragraph).map((link) => ({ title: plainText(link) || link.url, url: link.url }));
}

function toResources(item: ListItem): Resource[] {
  const [first] = item.children;
  const nested = nestedLists(item).flatMap((list) => list.children.flatMap(toResources));
  if (!first || first.type !== 'paragraph') return nested;
  const [link] = linksIn(first);
  const title = collapse(plainText(first));
  if (title === '' && !link) return nested;
  const resource: Resource = { title: title || link!.url };
  if (link) resource.url = link.url;
  return [resource, ...nested];
}

function isEmpty(section: Section): boolean {
  return section.sections.length === 0 && section.topics.length === 0;
}
