/** The parsed shape of a roadmap document: plain data, serialisable as JSON. */

export const STATUSES = ['todo', 'doing', 'done', 'skipped'] as const;
export type Status = (typeof STATUSES)[number];

const TOPIC_KINDS = ['topic', 'project'] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

export interface Plan {
  /** Days from the start when this part begins and ends; `from` is absent for a duration alone. */
  from?: number;
  to: number;
  /** The words it was read from ("WEEK 3", "Month 1–2", "14 weeks"). */
  text: string;
}

/** Where a task item starts in a document: its line and column (1-based; columns count UTF-16 code units). */
export interface TaskPlace {
  line: number;
  column: number;
}

export interface Resource {
  title: string;
  url?: string;
  /** What kind of resource its source says it is (roadmap.sh's `[@video@…]`: article, video, course, official…). */
  type?: string;
}

/** A node as its source knows it (a roadmap.sh diagram): its own id, which a refresh matches first, and its legend. */
interface FromSource {
  key?: string;
  /** The id the source says this node had before (roadmap.sh's `oldId`). */
  formerKey?: string;
  /** What the source's legend says of it ("alternative", "optional", "recommended", "beginner"…). */
  tags?: string[];
}

export interface Topic extends FromSource {
  /** Full id: the slugs of its sections and parent topics, then its own. */
  id: string;
  title: string;
  kind: TopicKind;
  /** The bold label ("Learn", "Tools") of the list the topic came from, if any. */
  label?: string;
  /** True for a GFM `- [x]` item: done the first time the roadmap is loaded. */
  checked?: boolean;
  /** For a GFM task item (`- [ ]`, `- [x]`): where the item starts in the document, for write-back. */
  checkbox?: TaskPlace;
  /**
   * In progress or skipped the first time the roadmap is loaded: what `export` writes after an item
   * as `<!-- roadmap: in progress -->` or `<!-- roadmap: skipped -->` (GitHub shows nothing of it).
   */
  startsAs?: 'doing' | 'skipped';
  description?: string;
  resources: Resource[];
  topics: Topic[];
  /** Comes after the topic before it: an item of a numbered list, or of a section marked "in order". */
  follows?: true;
  /** How long it takes, from a duration column of a table. */
  plan?: Plan;
  /** Effort from a table ("6-10 hours/week"), as written. */
  effort?: string;
}

export interface Section extends FromSource {
  id: string;
  title: string;
  description?: string;
  resources: Resource[];
  sections: Section[];
  topics: Topic[];
  /** A schedule in its heading: "WEEK 3", "(Month 1–2)", "(4–6 Weeks)". */
  plan?: Plan;
}

export const UNIT_KINDS = ['list', 'table', 'link', 'heading', 'node'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** What the builder found in the document: shown by `add`, so a learner can tell a misread file. */
export interface Shape {
  /** Topics by what they came from: list items, table rows, link paragraphs, headings, a diagram's nodes. */
  units: Record<UnitKind, number>;
  /** Tables that hold no readable items, with where they are and why. */
  skippedTables: { section: string; reason: string }[];
}

export interface Roadmap {
  title: string;
  /** The document names no title: `title` is made from the file's name (and is made again for another name). */
  untitled?: true;
  found?: Shape;
  description?: string;
  /** The document's own top level: sections and any topics before the first heading. */
  sections: Section[];
  topics: Topic[];
}
