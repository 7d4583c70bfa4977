/** From a markdown syntax tree to a roadmap: headings are sections, list items are topics. */
import type { Heading, List, ListItem, Nodes, Paragraph, Root } from 'mdast';
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
import type { Resource, Roadmap, Section, Topic, TopicKind } from './types.js';

interface Frame {
  depth: number;
  /** Where topics, prose and resources of this part of the document go. */
  section: Section;
  /** Lists here are resources of `section`, not topics. */
  resources: boolean;
  project: boolean;
  descriptions: string[];
}

interface ListContext {
  kind: TopicKind;
  label?: string;
  /** The document uses task items, so only task items (and groups of them) are topics. */
  tasksOnly: boolean;
}

export function buildRoadmap(root: Root, fallbackTitle: string): Roadmap {
  const tasksOnly = hasTaskItems(root);
  const top: Section = { id: '', title: '', resources: [], sections: [], topics: [] };
  const stack: Frame[] = [{ depth: 0, section: top, resources: false, project: false, descriptions: [] }];
  const finished: Frame[] = [];
  let title: string | undefined;
  let pendingLabel: string | undefined;

  for (const node of root.children) {
    const frame = stack[stack.length - 1]!;
    if (node.type === 'heading') {
      pendingLabel = undefined;
      const text = headingTitle(plainText(node));
      if (title === undefined && node.depth === 1 && isEmpty(top)) {
        title = text;
        continue;
      }
      while (stack.length > 1 && stack[stack.length - 1]!.depth >= node.depth) finished.push(stack.pop()!);
      stack.push(openFrame(node, text, stack[stack.length - 1]!));
      continue;
    }
    if (node.type === 'paragraph') {
      const label = labelOf(node);
      if (label !== undefined) {
        pendingLabel = label;
        continue;
      }
      const prose = plainText(node);
      if (prose !== '') frame.descriptions.push(prose);
    } else if (node.type === 'list') {
      addList(node, frame, pendingLabel, tasksOnly);
    }
    pendingLabel = undefined;
  }
  finished.push(...stack);
  for (const frame of finished) {
    if (frame.descriptions.length > 0 && !frame.resources) frame.section.description = frame.descriptions.join('\n\n');
  }

  const roadmap: Roadmap = {
    title: title ?? fallbackTitle,
    sections: top.sections,
    topics: top.topics,
  };
  if (top.description !== undefined) roadmap.description = top.description;
  return assignIds(roadmap);
}

function openFrame(heading: Heading, title: string, parent: Frame): Frame {
  if (isResourcesTitle(title)) {
    return { depth: heading.depth, section: parent.section, resources: true, project: false, descriptions: [] };
  }
  const section: Section = { id: '', title, resources: [], sections: [], topics: [] };
  parent.section.sections.push(section);
  return {
    depth: heading.depth,
    section,
    resources: false,
    project: parent.project || isProjectTitle(title),
    descriptions: [],
  };
}

function addList(list: List, frame: Frame, label: string | undefined, tasksOnly: boolean): void {
  if (list.children.every(isAnchorItem)) return; // a table of contents
  if (frame.resources || (label !== undefined && isResourcesTitle(label))) {
    frame.section.resources.push(...list.children.flatMap(toResources));
    return;
  }
  const context: ListContext = {
    kind: frame.project || (label !== undefined && isProjectTitle(label)) ? 'project' : 'topic',
    tasksOnly,
  };
  if (label !== undefined) context.label = label;
  frame.section.topics.push(...list.children.flatMap((item) => toTopics(item, context)));
}

/** One list item as topics: usually one, none for a non-task note, its children when it has no text. */
function toTopics(item: ListItem, context: ListContext): Topic[] {
  const [first, ...rest] = item.children;
  const lead = first?.type === 'paragraph' ? first : undefined;
  const children = nestedLists(item).flatMap((list) => list.children.flatMap((child) => toTopics(child, context)));
  const isTask = typeof item.checked === 'boolean';
  if (context.tasksOnly && !isTask && children.length === 0) return [];

  const title = lead ? plainText(lead) : '';
  if (title === '') return children;

  const topic: Topic = { id: '', title, kind: context.kind, resources: lead ? resourcesOf(lead) : [], topics: children };
  if (context.label !== undefined) topic.label = context.label;
  if (item.checked === true) topic.checked = true;
  const prose = (lead ? rest : item.children)
    .filter((child): child is Paragraph => child.type === 'paragraph')
    .map((paragraph) => plainText(paragraph))
    .filter((text) => text !== '');
  if (prose.length > 0) topic.description = prose.join('\n\n');
  return [topic];
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

function hasTaskItems(node: Nodes): boolean {
  if (node.type === 'listItem' && typeof node.checked === 'boolean') return true;
  return 'children' in node && (node.children as Nodes[]).some(hasTaskItems);
}

function isEmpty(section: Section): boolean {
  return section.sections.length === 0 && section.topics.length === 0;
}
