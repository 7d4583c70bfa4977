/** `roadmap status` for people: the section tree with a bar, done/total and percent per row. */
import { type Counts, type RoadmapProgress, type SectionProgress, sum, type TopicProgress } from '../roadmap/progress.js';
import { completeCount, renderBar } from './bar.js';
import { statusMark } from './marks.js';
import type { Style } from './style.js';
import { padStart, sanitize, truncate, width, wrap } from './text.js';

export interface StatusOptions {
  roadmapId: string;
  style: Style;
  /** Terminal width; undefined when output is not a terminal: then titles are never cut. */
  columns: number | undefined;
  /** List each topic under its section too. */
  topics: boolean;
  shortIds: ReadonlyMap<string, string>;
  /** Topics with progress that the current version of the roadmap no longer has. */
  orphans: number;
}

type Row = { type: 'section'; title: string; depth: number; counts: Counts } | { type: 'topic'; topic: TopicProgress; depth: number };

/** Where topics before the first heading stand, in status and next. */
export const TOP_LEVEL = 'Topics';
const INDENT = 2;
const MAX_BAR = 24;
const MIN_BAR = 6;
const PERCENT_CELLS = 4;

export function renderStatus(progress: RoadmapProgress, options: StatusOptions): string {
  const rows: Row[] = [];
  if (progress.topics.length > 0) {
    rows.push({ type: 'section', title: TOP_LEVEL, depth: 0, counts: sum(progress.topics) });
    if (options.topics) rows.push(...progress.topics.flatMap((topic) => topicRows(topic, 1)));
  }
  for (const section of progress.sections) rows.push(...sectionRows(section, 0, options.topics));
  const overall: Row = { type: 'section', title: 'Overall', depth: 0, counts: progress };

  const sections = [...rows, overall].filter((row) => row.type === 'section');
  const countCells = Math.max(...sections.map((row) => completeCount(row.counts).length));
  const labelWidth = Math.max(...sections.map((row) => row.depth * INDENT + width(sanitize(row.title))));
  const fixed = 1 + MAX_BAR + 1 + countCells + 1 + PERCENT_CELLS;
  let bar = MAX_BAR;
  let labelCells = labelWidth;
  if (options.columns !== undefined) {
    // The bar gives way first, down to MIN_BAR cells; only then are titles cut.
    const room = options.columns - (fixed - MAX_BAR);
    labelCells = Math.max(1, Math.min(labelWidth, room - MIN_BAR));
    bar = Math.max(MIN_BAR, Math.min(MAX_BAR, room - labelCells));
  }

  const render = (row: Row): string => (row.type === 'section' ? sectionLine(row, labelCells, bar, countCells, options.style) : topicLine(row, options));
  const lines = [heading(progress.title, options), '', ...rows.map(render), '', render(overall), ...summary(progress, options)];
  if (options.orphans > 0) {
    const noun = options.orphans === 1 ? 'topic this version no longer has keeps its' : 'topics this version no longer has keep their';
    lines.push(options.style.warn(`${options.orphans} ${noun} progress: roadmap show --orphans`));
  }
  return `${lines.join('\n')}\n`;
}

/** "Title (id)", the title cut to fit and the id left out when there is no room for it. */
function heading(title: string, { roadmapId, style, columns = Infinity }: StatusOptions): string {
  const id = `(${sanitize(roadmapId)})`;
  const clean = sanitize(title);
  const withId = width(clean) + 1 + width(id) <= columns;
  return withId ? `${style.bold(clean)} ${style.dim(id)}` : style.bold(truncate(clean, columns));
}

function sectionLine(row: Extract<Row, { type: 'section' }>, labelCells: number, bar: number, countCells: number, style: Style): string {
  const indent = ' '.repeat(row.depth * INDENT);
  const label = truncate(sanitize(row.title), labelCells - indent.length);
  const pad = ' '.repeat(Math.max(0, labelCells - indent.length - width(label)));
  const percent = padStart(`${row.counts.percent}%`, PERCENT_CELLS);
  return [
    `${indent}${row.depth === 0 ? style.bold(label) : label}${pad}`,
    renderBar(row.counts, bar, style),
    padStart(completeCount(row.counts), countCells),
    row.counts.percent === 100 ? style.done(percent) : percent,
  ].join(' ');
}

function topicLine(row: Extract<Row, { type: 'topic' }>, options: StatusOptions): string {
  const { style } = options;
  const { topic } = row;
  const indent = ' '.repeat(row.depth * INDENT);
  const mark = statusMark(topic.status, style);
  const badges = (topic.kind === 'project' ? ' [project]' : '') + (topic.tags ? ` [${sanitize(topic.tags.join(', '))}]` : '');
  const id = sanitize(options.shortIds.get(topic.id) ?? topic.id);
  const title = sanitize(topic.title);
  const columns = options.columns ?? Infinity;
  const room = columns - indent.length - 2 - width(badges);
  // The id is what a learner types: never cut or dropped. When it leaves too little of the title
  // beside it, it goes on a line of its own under the title.
  const beside = room - 2 - width(id) >= Math.min(width(title), 16);
  const shown = truncate(title, Math.max(1, beside ? room - 2 - width(id) : room));
  const line = `${indent}${mark} ${shown}${badges ? style.accent(badges) : ''}`;
  if (beside) return `${line}  ${style.dim(id)}`;
  // An id wider than the terminal (a path such as "phase-2/optimize-performance") is broken where the terminal would.
  const idIndent = Math.max(0, Math.min(indent.length + 4, columns - width(id)));
  return [line, ...wrap(`${' '.repeat(idIndent)}${id}`, columns).map((part) => style.dim(part))].join('\n');
}

function sectionRows(section: SectionProgress, depth: number, withTopics: boolean): Row[] {
  return [
    { type: 'section', title: section.title, depth, counts: section },
    ...(withTopics ? section.topics.flatMap((topic) => topicRows(topic, depth + 1)) : []),
    ...section.sections.flatMap((child) => sectionRows(child, depth + 1, withTopics)),
  ];
}

function topicRows(topic: TopicProgress, depth: number): Row[] {
  return [{ type: 'topic', topic, depth }, ...topic.topics.flatMap((child) => topicRows(child, depth + 1))];
}

/** "7 done · 1 in progress · 1 skipped · 26 to do · learned 20%", wrapped to the width. */
function summary(value: Counts, { style, columns = Infinity }: StatusOptions): string[] {
  const todo = value.total - value.done - value.doing - value.skipped;
  const parts = [`${value.done} done`, `${value.doing} in progress`, `${value.skipped} skipped`, `${todo} to do`, `learned ${value.percentLearned}%`];
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines.at(-1);
    if (last !== undefined && width(`${last} · ${part}`) <= columns) lines[lines.length - 1] = `${last} · ${part}`;
    else lines.push(part);
  }
  return lines.map((line) => style.dim(line));
}
