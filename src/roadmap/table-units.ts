/**
 * A table's rows as topics. The column that names them is found, not assumed: a leading column of
 * numbers, days or weeks is skipped, a column of links is preferred, then one whose header names
 * things ("Course", "Topic", "Tool", "Chapter"); duration, effort and description columns are kept.
 */
import type { Table, TableCell } from 'mdast';
import { dropShortcodes, linkResource, linksIn, plainText } from './mdast-text.js';
import { parsePlan } from './plan.js';
import type { Topic, TopicKind } from './types.js';

export type TableReading =
  | { kind: 'topics'; topics: Topic[] }
  /** Its item column links to places in the same document: a table of contents. */
  | { kind: 'contents' }
  | { kind: 'unreadable'; reason: string };

const KEY_HEADER =
  /^(#|no\.?|nr\.?|n[º°]|number|s\.? ?no\.?|index|sl\.? ?no\.?|(module|lesson|chapter|part|step|week|day|month)s? ?(number|no\.?|#)?|#? ?(day|week|month)s?|)$/i;
const KEY_CELL = /^(#?\d+([.:-]\d+)*\.?|[ivxlc]+\.?|(day|week|month|part|lesson|module)s? ?\d+([-–]\d+)?|\d+(st|nd|rd|th)|第.{1,4}[天周课章])$/i;
const NAME_HEADER =
  /course|topic|subject|module name|module|skill|class|lesson|unit|title|name|step|milestone|chapter|notebook|tool|concept|book|project|task|item|题目|科目|主题|课程|内容|名称|章节/i;
const DESCRIPTION_HEADER = /description|objectives?|what you|summary|notes|why|about|为何|说明|描述/i;
const DURATION_HEADER = /duration|length|weeks|months|time/i;
const EFFORT_HEADER = /effort|hours|workload|commitment/i;

export function readTable(table: Table, kind: TopicKind, label: string | undefined): TableReading {
  const [head, ...rows] = table.children;
  if (!head || rows.length === 0) return { kind: 'unreadable', reason: 'it has no rows' };
  const width = head.children.length;
  const headers = head.children.map((cell) => dropShortcodes(plainText(cell)).toLowerCase());
  const cell = (row: number, column: number): TableCell | undefined => rows[row].children[column];
  const columns = Array.from({ length: width }, (_, c) => c);
  // Each cell's text once: the column tests below read every cell several times.
  const texts = rows.map((row) => columns.map((c) => (row.children[c] ? dropShortcodes(plainText(row.children[c])) : '')));
  const text = (row: number, column: number) => texts[row][column];
  const filled = (c: number) => rows.filter((_, r) => text(r, c) !== '').length;
  const keys = new Set(columns.filter((c) => KEY_HEADER.test(headers[c].trim()) && rows.every((_, r) => text(r, c) === '' || KEY_CELL.test(text(r, c)))));
  const isKey = (c: number) => keys.has(c);
  const candidates = columns.filter((c) => filled(c) * 2 >= rows.length && !isKey(c));
  const linked = (c: number) => rows.filter((_, r) => (cell(r, c) ? linksIn(cell(r, c)!).length > 0 : false)).length;
  const itemColumn =
    candidates.find((c) => linked(c) * 2 >= filled(c) && linked(c) > 0) ??
    candidates.find((c) => NAME_HEADER.test(headers[c])) ??
    candidates.find((c) => headers[c] !== '' || rows.some((_, r) => text(r, c).includes(' ')));
  if (itemColumn === undefined) return { kind: 'unreadable', reason: 'no column names its items' };
  const anchors = rows.filter((_, r) => {
    const links = cell(r, itemColumn) ? linksIn(cell(r, itemColumn)!) : [];
    return links.length > 0 && links.every((link) => link.url.startsWith('#')) && plainText(links[0]) === text(r, itemColumn);
  }).length;
  if (anchors * 2 > rows.length) return { kind: 'contents' };

  const durationColumn = columns.find((c) => c !== itemColumn && DURATION_HEADER.test(headers[c]));
  const effortColumn = columns.find((c) => c !== itemColumn && EFFORT_HEADER.test(headers[c]));
  const descriptionColumn = columns.find((c) => c !== itemColumn && DESCRIPTION_HEADER.test(headers[c]));
  const topics: Topic[] = [];
  let group = label;
  rows.forEach((row, r) => {
    const nonEmpty = columns.filter((c) => text(r, c) !== '');
    const only = nonEmpty.length === 1 ? cell(r, nonEmpty[0]) : undefined;
    if (only?.children.every((child) => child.type === 'strong' || (child.type === 'text' && child.value.trim() === ''))) {
      group = text(r, nonEmpty[0]); // a bold row alone: the rows after it are its group
      return;
    }
    // A ragged row (a quiz row with its link in another column): the first named cell stands in.
    const column = text(r, itemColumn) !== '' ? itemColumn : nonEmpty.find((c) => !isKey(c) && c !== descriptionColumn);
    if (column === undefined) return;
    const source = row.children[column];
    const topic: Topic = {
      id: '',
      title: text(r, column),
      kind,
      resources: linksIn(source).map(linkResource),
      topics: [],
    };
    if (group !== undefined) topic.label = group;
    const description = descriptionColumn === undefined ? '' : text(r, descriptionColumn);
    if (description !== '') topic.description = description;
    const plan = durationColumn === undefined ? undefined : parsePlan(text(r, durationColumn));
    if (plan) topic.plan = { to: plan.to, text: plan.text };
    const effort = effortColumn === undefined ? '' : text(r, effortColumn);
    if (effort !== '') topic.effort = effort;
    topics.push(topic);
  });
  return topics.length > 0 ? { kind: 'topics', topics } : { kind: 'unreadable', reason: 'no row names an item' };
}
