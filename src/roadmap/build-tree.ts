/**
 * From a markdown syntax tree to a roadmap. Blocks stream in (in any number of batches, so a large
 * document is never one syntax tree), but what a section tracks is decided when the section ends,
 * from everything in it, as a learner decides "what in here would I tick off?":
 *
 * 1. A section about the document (contributing, licence, sponsors, translations, contents, FAQ, ...)
 *    tracks nothing, nor does anything under it. An introduction ("Why ...", "How to use", "Overview")
 *    tracks none of its own lists.
 * 2. Otherwise its units are its lists' items, its tables' rows and its link paragraphs (two or more,
 *    or one with no prose beside it), in document order; where a section has a table of items, its
 *    plain lists describe instead. Lists that explain (definitions, facts, worked examples) and
 *    tables of contents are never units.
 * 3. Lists under a Resources heading or label are resources of the section they accompany; when the
 *    whole roadmap has nothing else to track, they are its topics.
 * 4. A section with no units of its own and nothing tracked under it is itself a topic: the heading
 *    is its title, its prose the description, its links the resources. Not when the heading names a
 *    part of the course rather than a subject ("Prerequisites", "Notes", "Wrap up", "Next steps").
 * 5. When a document has GFM task items, only they (and the items grouping them) are topics.
 * 6. When headings lay out a schedule (two or more "Week 1", "Day 3", "Month 2"), the sections
 *    before the first scheduled one are the course's introduction and track nothing.
 */
import type { Heading, Html, Link, List, Paragraph, RootContent, Table } from 'mdast';
import { assignIds } from './ids.js';
import { isExplanatoryList, itemText, listTopics } from './list-units.js';
import { headingTitle, isAnchorItem, labelOf, linkResource, linksIn, plainText } from './mdast-text.js';
import { parsePlan } from './plan.js';
import { isIntroTitle, isMetaTitle, isNavigation, isProjectTitle, isResourcesTitle, isTranslationLink, namesNoSubject } from './section-roles.js';
import { clearIntroduction, hasLeaves, liftSoleSection, sectionAsTopic, settleEntries } from './section-shape.js';
import { readTable } from './table-units.js';
import type { Resource, Roadmap, Section, Shape, Topic, UnitKind } from './types.js';

type Role = 'content' | 'intro' | 'resources' | 'meta';
/** The name a short paragraph gives the list or table after it; `tag`: written in bold, it tags the topics. */
interface Label {
  text: string;
  tag: boolean;
}

interface Unit {
  kind: Exclude<UnitKind, 'heading'>;
  topics: Topic[];
}

interface Frame {
  depth: number;
  section: Section;
  role: Role;
  project: boolean;
  /** "in order" in the heading: each topic comes after the one before. */
  ordered: boolean;
  descriptions: string[];
  /** Links in its prose: the resources of the topic it becomes if it has no units. */
  links: Resource[];
  units: Unit[];
  /** Subsections and the topics that headings became, in document order. */
  entries: (Section | Topic)[];
  /** It holds a table of contents, or a table the builder could not read: skipped or reported, never made a topic. */
  notTopic?: true;
}

export function buildRoadmap(nodes: readonly RootContent[], fallbackTitle: string, documentTitle?: string): Roadmap {
  const builder = new RoadmapBuilder(fallbackTitle, documentTitle);
  builder.add(nodes);
  return builder.finish();
}

export class RoadmapBuilder {
  private readonly top: Frame = newFrame(0, { id: '', title: '', resources: [], sections: [], topics: [] }, 'content', false);
  private readonly stack: Frame[] = [this.top];
  private title: string | undefined;
  private htmlTitle: string | undefined;
  private sawH1 = false;
  /** The first heading, and how many headings share its depth (one alone may be the title). */
  private firstHeading: { depth: number; title: string; count: number } | undefined;
  /**
   * Units seen outside sections about the document: after one, an H1 is a section, not the title.
   * Before any H1, link paragraphs and lone headings do not count: a banner (a sponsor, a course ad) has them.
   */
  private unitsSeen = 0;
  private pendingLabel: Label | undefined;
  private readonly tasks = new Set<Topic>();
  /** Resources lists kept as topics too, for a roadmap that has nothing else (rule 3). */
  private readonly resourceSections: { parent: Section; section: Section }[] = [];
  private readonly headingTopics = new Set<Topic>();
  private readonly skippedTables: Shape['skippedTables'] = [];
  /** What each unit's topics came from, for the report. */
  private readonly kinds = new Map<Topic, UnitKind>();

  /** documentTitle: named before the markdown (YAML front matter); it wins over any heading. */
  constructor(
    private readonly fallbackTitle: string,
    private readonly documentTitle?: string,
  ) {}

  add(nodes: readonly RootContent[]): void {
    for (const node of nodes) this.addNode(node);
  }

  finish(): Roadmap {
    while (this.stack.length > 1) this.close(this.stack.pop()!);
    const top = this.top;
    this.settle(top);
    const root = top.section;
    if (this.tasks.size > 0) pruneToTasks(root, this.tasks);
    let roadmap: Roadmap = { title: this.documentTitle ?? this.title ?? this.htmlTitle ?? '', sections: root.sections, topics: root.topics };
    if (top.descriptions.length > 0) roadmap.description = top.descriptions.join('\n\n');
    if (this.resourceSections.length > 0 && onlyHeadingTopics(roadmap, this.headingTopics)) this.promoteResources(roadmap);
    clearIntroduction(roadmap, this.headingTopics);
    if (roadmap.title === '' && !this.sawH1 && this.firstHeading?.count === 1) {
      roadmap = liftSoleSection(roadmap, this.firstHeading.title) ?? roadmap;
    }
    if (roadmap.title === '') {
      roadmap.title = this.fallbackTitle;
      roadmap.untitled = true;
    }
    roadmap.found = { units: this.countKinds(roadmap), skippedTables: this.skippedTables };
    return assignIds(roadmap);
  }

  private get frame(): Frame {
    return this.stack[this.stack.length - 1];
  }

  private addNode(node: RootContent): void {
    if (node.type === 'heading') return this.addHeading(node);
    const frame = this.frame;
    const label = this.pendingLabel;
    this.pendingLabel = undefined;
    if (node.type === 'paragraph') this.addParagraph(node, frame);
    else if (node.type === 'list') this.addList(node, frame, label);
    else if (node.type === 'table') this.addTable(node, frame, label);
    else if (node.type === 'html') this.addHtml(node);
  }

  private addHeading(node: Heading): void {
    this.pendingLabel = undefined;
    const text = headingTitle(plainText(node));
    this.firstHeading ??= { depth: node.depth, title: text, count: 0 };
    if (node.depth === this.firstHeading.depth) this.firstHeading.count++;
    if (node.depth === 1 && !this.sawH1) {
      this.sawH1 = true;
      if (this.unitsSeen === 0 && !isMetaTitle(text)) {
        // Headings before the title hold nothing to track (a sponsor's heading, a banner): dropped.
        this.stack.length = 1;
        this.top.entries = [];
        this.top.units = []; // only link paragraphs can be there: lists and tables make the H1 a section
        this.title = text;
        return;
      }
    }
    while (this.stack.length > 1 && this.frame.depth >= node.depth) this.close(this.stack.pop()!);
    this.stack.push(this.open(node.depth, text, this.frame));
  }

  private open(depth: number, title: string, parent: Frame): Frame {
    const section: Section = { id: '', title, resources: [], sections: [], topics: [] };
    const plan = parsePlan(title);
    if (plan) section.plan = plan;
    const role: Role =
      parent.role === 'meta' || isMetaTitle(title)
        ? 'meta'
        : parent.role === 'resources' || isResourcesTitle(title)
          ? 'resources'
          : parent.role === 'intro' || isIntroTitle(title)
            ? 'intro'
            : 'content';
    const frame = newFrame(depth, section, role, parent.project || isProjectTitle(title));
    frame.ordered = /\bin order\b/i.test(title);
    return frame;
  }

  private addParagraph(paragraph: Paragraph, frame: Frame): void {
    const label = labelOf(paragraph);
    if (label !== undefined) {
      this.pendingLabel = label;
      return;
    }
    const links = linkLines(paragraph);
    if (links && frame.role !== 'resources') {
      const topics = links
        .filter(
          (link) => link.title !== link.url && !(link.url ?? '').startsWith('#') && !isNavigation(link.title) && !isTranslationLink(link.title, link.url ?? ''),
        )
        .map((link): Topic => ({ id: '', title: link.title, kind: frame.project ? 'project' : 'topic', resources: [link], topics: [] }));
      if (topics.length > 0) this.addUnit(frame, { kind: 'link', topics });
      return;
    }
    const prose = plainText(paragraph);
    if (prose !== '') frame.descriptions.push(prose);
    frame.links.push(...linksIn(paragraph).map(linkResource));
  }

  private addList(list: List, frame: Frame, labelled: Label | undefined): void {
    if (list.children.every(isAnchorItem)) {
      frame.notTopic = true; // a table of contents
      return;
    }
    const label = labelled?.text;
    const asResources = frame.role === 'resources' || (label !== undefined && isResourcesTitle(label));
    const kind = frame.project || (label !== undefined && isProjectTitle(label)) ? 'project' : 'topic';
    const describe = () => {
      const text = list.children.map(itemText).filter((line) => line !== '');
      if (text.length > 0) frame.descriptions.push(text.join('\n'));
    };
    // About the document or an introduction: its items (task items too) are never topics.
    const aside = frame.role === 'meta' || frame.role === 'intro' || (label !== undefined && (isIntroTitle(label) || isMetaTitle(label)));
    if (aside && !asResources) return describe();
    const tag = labelled?.tag && !asResources ? { label: labelled.text } : {};
    const topics = listTopics(list, { kind, ...tag, onTask: (topic) => this.tasks.add(topic) });
    if (asResources) {
      frame.section.resources.push(...toResources(topics));
      if (frame.role === 'resources') frame.units.push({ kind: 'list', topics });
      return;
    }
    if (isExplanatoryList(list, false)) return describe();
    if (list.ordered || frame.ordered) {
      topics.forEach((topic, i) => {
        if (i > 0 || (frame.ordered && frame.units.length > 0)) topic.follows = true;
      });
    }
    this.addUnit(frame, { kind: 'list', topics });
  }

  private addTable(table: Table, frame: Frame, labelled: Label | undefined): void {
    if (frame.role !== 'content') return;
    const project = frame.project || (labelled !== undefined && isProjectTitle(labelled.text));
    const reading = readTable(table, project ? 'project' : 'topic', labelled?.tag ? labelled.text : undefined);
    if (reading.kind === 'topics') {
      if (frame.ordered) for (const topic of reading.topics) topic.follows = true;
      this.addUnit(frame, { kind: 'table', topics: reading.topics });
      return;
    }
    frame.notTopic = true;
    if (reading.kind === 'unreadable') this.skippedTables.push({ section: frame.section.title || '(top)', reason: reading.reason });
  }

  /** `<summary>` names the list it folds; an `<h1>` in an HTML banner can title the roadmap. */
  private addHtml(node: Html): void {
    const summary = /<summary>([\s\S]*?)<\/summary>/i.exec(node.value);
    const text = summary ? stripTags(summary[1]) : '';
    if (text !== '') this.pendingLabel = { text, tag: true };
    const heading = /<h([1-3])\b[^>]*>([\s\S]*?)<\/h\1>/i.exec(node.value);
    if (heading && this.title === undefined && this.htmlTitle === undefined && this.unitsSeen === 0) {
      const text = headingTitle(stripTags(heading[2]));
      if (text !== '' && !isMetaTitle(text)) this.htmlTitle = text;
    }
  }

  private addUnit(frame: Frame, unit: Unit): void {
    frame.units.push(unit);
    for (const topic of unit.topics) this.kinds.set(topic, unit.kind);
    if (frame.role !== 'meta' && (unit.kind !== 'link' || this.sawH1)) this.unitsSeen++;
  }

  /** A section ends: decide what it tracks (rules 1-4) and hand it, or the topic it became, to its parent. */
  private close(frame: Frame): void {
    const parent = this.frame;
    const { section } = frame;
    if (frame.role === 'resources') {
      parent.section.resources.push(...section.resources);
      const held: Section = {
        ...section,
        resources: [],
        topics: frame.units.flatMap((unit) => unit.topics),
        sections: frame.entries.filter((entry): entry is Section => 'sections' in entry),
      };
      if (parent.role === 'resources') parent.entries.push(held);
      else if (hasLeaves(held)) this.resourceSections.push({ parent: parent.section, section: held });
      return;
    }
    this.settle(frame);
    const tracked = hasLeaves(section);
    if (!tracked && frame.role === 'content' && !frame.notTopic && !namesNoSubject(section.title)) {
      if (this.sawH1 || frame.depth === 1) this.unitsSeen++; // before any H1, a heading alone may still be a banner
      const topic = sectionAsTopic(section, frame.links, frame.project);
      this.headingTopics.add(topic);
      this.kinds.set(topic, 'heading');
      parent.entries.push(topic);
      return;
    }
    parent.entries.push(section);
  }

  /** The frame's own units, then its subsections and heading topics, into its section. */
  private settle(frame: Frame): void {
    const { section } = frame;
    const own = frame.role === 'content' ? chooseUnits(frame) : []; // may move lists into the description
    if (frame.descriptions.length > 0) section.description = frame.descriptions.join('\n\n');
    const settled = settleEntries(frame.entries);
    section.topics = [...own.flatMap((unit) => unit.topics), ...settled.topics];
    section.sections = settled.sections;
  }

  /** Rule 3's exception: nothing but headings to track, and lists of resources: those lists are the roadmap. */
  private promoteResources(roadmap: Roadmap): void {
    const drop = (topics: Topic[]): Topic[] =>
      topics.filter((topic) => !this.headingTopics.has(topic)).map((topic) => ({ ...topic, topics: drop(topic.topics) }));
    const visit = (section: Section) => {
      section.topics = drop(section.topics);
      section.sections.forEach(visit);
    };
    roadmap.topics = drop(roadmap.topics);
    roadmap.sections.forEach(visit);
    for (const { parent, section } of this.resourceSections) (parent === this.top.section ? roadmap.sections : parent.sections).push(section);
  }

  /** Leaves by the kind of unit they came from (a subtopic counts as its unit's kind). */
  private countKinds(roadmap: Roadmap): Record<UnitKind, number> {
    const units: Record<UnitKind, number> = { list: 0, table: 0, link: 0, heading: 0, node: 0 };
    const visit = (topics: readonly Topic[], inherited: UnitKind) => {
      for (const topic of topics) {
        const kind = this.kinds.get(topic) ?? inherited;
        if (topic.topics.length === 0) units[kind]++;
        else visit(topic.topics, kind);
      }
    };
    const inSection = (section: Section) => {
      visit(section.topics, 'list');
      section.sections.forEach(inSection);
    };
    visit(roadmap.topics, 'list');
    roadmap.sections.forEach(inSection);
    return units;
  }
}

function onlyHeadingTopics(roadmap: Roadmap, headingTopics: ReadonlySet<Topic>): boolean {
  const visit = (topics: readonly Topic[]): boolean => topics.every((topic) => (topic.topics.length === 0 ? headingTopics.has(topic) : visit(topic.topics)));
  const inSection = (section: Section): boolean => visit(section.topics) && section.sections.every(inSection);
  return visit(roadmap.topics) && roadmap.sections.every(inSection);
}

function newFrame(depth: number, section: Section, role: Role, project: boolean): Frame {
  return { depth, section, role, project, ordered: false, descriptions: [], links: [], units: [], entries: [] };
}

/** Rule 2: where a section has a table of items, its plain lists are notes beside it; one lone link among prose is a resource. */
function chooseUnits(frame: Frame): Unit[] {
  const hasTable = frame.units.some((unit) => unit.kind === 'table');
  const links = frame.units.filter((unit) => unit.kind === 'link').flatMap((unit) => unit.topics);
  const loneLink = links.length === 1 && frame.descriptions.length > 0;
  if (loneLink) frame.section.resources.push(...links[0].resources);
  return frame.units.filter((unit) => {
    if (unit.kind === 'link') return !loneLink;
    if (unit.kind === 'list' && hasTable && unit.topics.every((topic) => topic.label === undefined && topic.checked === undefined)) {
      frame.descriptions.push(unit.topics.map((topic) => topic.title).join('\n'));
      return false;
    }
    return true;
  });
}

/** A paragraph that is only links, one per line (a course list written as paragraphs). */
function linkLines(paragraph: Paragraph): Resource[] | undefined {
  const parts = paragraph.children.filter((child) => child.type !== 'break' && !(child.type === 'text' && child.value.trim() === ''));
  const links = parts.filter((part): part is Link => part.type === 'link');
  if (links.length === 0 || links.length < parts.length) return undefined;
  // Between two links only line ends: "[A](a) ∙ [B](b)" on one line is a bar of links, not a list.
  const oneAline = paragraph.children.every((child) => child.type !== 'text' || child.value.trim() !== '' || /\n/.test(child.value));
  return links.length === 1 || oneAline ? links.map(linkResource) : undefined;
}

function toResources(topics: readonly Topic[]): Resource[] {
  return topics.flatMap((topic) => [
    topic.resources.length === 1 && topic.resources[0].title === topic.title
      ? topic.resources[0]
      : { title: topic.title, ...(topic.resources[0] ? { url: topic.resources[0].url! } : {}) },
    ...toResources(topic.topics),
  ]);
}

function stripTags(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
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
