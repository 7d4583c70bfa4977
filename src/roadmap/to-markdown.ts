/**
 * A roadmap back to markdown, with GFM task items (`- [x]` for done), written so that reading it
 * again gives the same topics, ids and done set: titles are escaped, labels and resources are
 * written the way the parser reads them, and lists that must stay apart are kept apart.
 */
import { type StatusMap, statusOf } from './progress.js';
import type { Resource, Roadmap, Section, Topic } from './types.js';

export function toMarkdown(roadmap: Roadmap, statuses: StatusMap): string {
  const blocks: string[] = [`# ${escapeInline(roadmap.title)}`];
  if (roadmap.description) blocks.push(...paragraphs(roadmap.description));
  blocks.push(...topicBlocks(roadmap.topics, statuses));
  for (const section of roadmap.sections) blocks.push(...sectionBlocks(section, 2, statuses));
  return `${blocks.join('\n\n')}\n`;
}

function sectionBlocks(section: Section, depth: number, statuses: StatusMap): string[] {
  const blocks = [`${'#'.repeat(Math.min(depth, 6))} ${escapeInline(section.title)}`];
  if (section.description) blocks.push(...paragraphs(section.description));
  blocks.push(...topicBlocks(section.topics, statuses));
  if (section.resources.length > 0) blocks.push('**Resources:**', section.resources.map(resourceLine).join('\n'));
  for (const child of section.sections) blocks.push(...sectionBlocks(child, depth + 1, statuses));
  return blocks;
}

/** Topics grouped into lists by label, each list preceded by its "**Label:**" paragraph. */
function topicBlocks(topics: readonly Topic[], statuses: StatusMap): string[] {
  const blocks: string[] = [];
  let current: { label: string | undefined; lines: string[] } | undefined;
  const flush = () => {
    if (!current) return;
    // An HTML comment ends a list, so an unlabelled list does not merge into the one before it.
    if (current.label !== undefined) blocks.push(`**${escapeInline(current.label)}:**`);
    else if (blocks.length > 0) blocks.push('<!-- -->');
    blocks.push(current.lines.join('\n'));
  };
  for (const topic of topics) {
    if (!current || current.label !== topic.label) {
      flush();
      current = { label: topic.label, lines: [] };
    }
    current.lines.push(...topicLines(topic, 0, statuses));
  }
  flush();
  return blocks;
}

function topicLines(topic: Topic, depth: number, statuses: StatusMap): string[] {
  const leaves = leafIds(topic);
  const done = leaves.every((id) => statusOf(statuses, id) === 'done');
  // Skipped and in progress survive the round trip as a comment GitHub does not show; a skipped
  // topic is ticked (it is finished, as status counts it).
  const own = topic.topics.length === 0 ? statusOf(statuses, topic.id) : undefined;
  const marker = own === 'skipped' ? ' <!-- roadmap: skipped -->' : own === 'doing' ? ' <!-- roadmap: in progress -->' : '';
  const indent = '  '.repeat(depth);
  const title =
    topic.resources.length === 1 && topic.resources[0].title === topic.title && topic.resources[0].url
      ? `[${escapeInline(topic.title)}](${escapeUrl(topic.resources[0].url)})`
      : escapeItemStart(escapeInline(topic.title));
  return [
    `${indent}- [${done || own === 'skipped' ? 'x' : ' '}] ${title}${marker}`,
    ...topic.topics.flatMap((child) => topicLines(child, depth + 1, statuses)),
  ];
}

function leafIds(topic: Topic): string[] {
  return topic.topics.length === 0 ? [topic.id] : topic.topics.flatMap(leafIds);
}

function resourceLine(resource: Resource): string {
  return resource.url ? `- [${escapeInline(resource.title)}](${escapeUrl(resource.url)})` : `- ${escapeItemStart(escapeInline(resource.title))}`;
}

function paragraphs(text: string): string[] {
  return text.split('\n\n').map((paragraph) => escapeItemStart(escapeInline(paragraph)));
}

/**
 * Backslash-escape only what inline markdown would read as syntax, so the prose reads as written
 * ("Great! Here's", "Go & microservices", snake_case): a backslash before punctuation, code and
 * emphasis marks, `_` at a word's edge, `[` and `]` (links, images), `<` opening a tag or autolink, `&`
 * spelling an entity, `~` when there are two (strikethrough), and `#` where a heading would end.
 */
function escapeInline(text: string): string {
  const tildes = (text.match(/~/g) ?? []).length > 1;
  return text
    .replace(/\\(?=[!-/:-@[-`{-~])|[`*[\]]|<(?=[A-Za-z/!?])|&(?=#?\w+;)/g, (ch) => `\\${ch}`)
    .replace(/(^|[^\p{L}\p{N}])_|_(?=$|[^\p{L}\p{N}_])/gu, (match) => `${match.slice(0, -1)}\\_`)
    .replace(/~/g, (ch) => (tildes ? `\\${ch}` : ch))
    .replace(/^#|(\s)(#+)$/g, (_match, space: string | undefined, closing: string | undefined) =>
      space === undefined ? '\\#' : `${space}${closing!.replace(/#/g, '\\#')}`,
    );
}

/** Text that would start a block (a list, quote, heading, rule) is escaped at its first character. */
function escapeItemStart(text: string): string {
  return text.replace(/^(\s*)([-+*>=]|\d+[.)])/, (_m, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}` : `${space}\\${marker}`,
  );
}

function escapeUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (ch) => encodeURIComponent(ch));
}
