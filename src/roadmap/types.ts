/** The parsed shape of a roadmap document: plain data, serialisable as JSON. */

export const STATUSES = ['todo', 'doing', 'done', 'skipped'] as const;
export type Status = (typeof STATUSES)[number];

export const TOPIC_KINDS = ['topic', 'project'] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

export interface Resource {
  title: string;
  url?: string;
}

export interface Topic {
  /** Full id: the slugs of its sections and parent topics, then its own. */
  id: string;
  title: string;
  kind: TopicKind;
  /** The bold label ("Learn", "Tools") of the list the topic came from, if any. */
  label?: string;
  /** True for a GFM `- [x]` item: done the first time the roadmap is loaded. */
  checked?: boolean;
  description?: string;
  resources: Resource[];
  topics: Topic[];
}

export interface Section {
  id: string;
  title: string;
  description?: string;
  resources: Resource[];
  sections: Section[];
  topics: Topic[];
}

export interface Roadmap {
  title: string;
  description?: string;
  /** The document's own top level: sections and any topics before the first heading. */
  sections: Section[];
  topics: Topic[];
}

/** A node a user can name on the command line: a section or a topic. */
export type TreeNode =
  | { type: 'section'; node: Section; path: string[] }
  | { type: 'topic'; node: Topic; path: string[] };
