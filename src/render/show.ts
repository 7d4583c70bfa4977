/** `roadmap show` for people: one topic or section with everything known about it. */
import { plural } from '../roadmap/plural.js';
import type { NoteRow, ProgressRow } from '../store/records.js';
import type { ShowDetails, ShowRoadmap } from './json.js';
import { localTime } from './log.js';
import { STATUS_WORDS, statusMark } from './marks.js';
import { days } from './stats.js';
import type { Style } from './style.js';
import { sanitize, wrapLines } from './text.js';

export function renderShow(details: ShowDetails, style: Style, columns?: number): string {
  const lines: string[] = [];
  const project = details.kind === 'project' ? style.accent(' [project]') : '';
  lines.push(`${statusMark(details.status, style)} ${style.bold(sanitize(details.title))}${project}`);
  if (details.path.length > 0) lines.push(style.dim(sanitize(details.path.join(' › '))));
  lines.push('');
  const when = details.changedAt ? ` since ${localTime(details.changedAt)}` : '';
  const tally = details.total > 1 ? ` · ${details.done + details.skipped} of ${details.total} finished (${details.percent}%)` : '';
  lines.push(`status  ${STATUS_WORDS[details.status]}${when}${tally}`);
  // A start alone or a finish alone is what the status line says already ("in progress since …").
  if (details.started && details.finished) {
    const took = details.daysInProgress === null ? '' : ` · ${days(details.daysInProgress)} in progress`;
    lines.push(`time    started ${localTime(details.started)} · finished ${localTime(details.finished)}${took}`);
  }
  if (details.skipReason !== null) lines.push(`reason  ${sanitize(details.skipReason)}`);
  lines.push(`id      ${sanitize(details.shortId)}${details.shortId === details.id ? '' : style.dim(`  (${sanitize(details.id)})`)}`);
  if (details.label) lines.push(`label   ${sanitize(details.label)}`);
  if (details.tags.length > 0) lines.push(`tags    ${sanitize(details.tags.join(', '))}`);
  if (details.description) lines.push('', ...details.description.split('\n').map(sanitize));
  if (details.resources.length > 0) {
    lines.push('', style.bold('Resources'));
    for (const resource of details.resources) {
      const type = resource.type ? `${style.accent(`[${sanitize(resource.type)}]`)} ` : '';
      lines.push(`  • ${type}${sanitize(resource.title)}${resource.url ? style.dim(`  ${sanitize(resource.url)}`) : ''}`);
    }
  }
  if (details.notes.length > 0) {
    lines.push('', style.bold('Notes'));
    // Numbered: note --edit N and --delete N name them so.
    for (const [i, note] of details.notes.entries()) lines.push(...noteLines(note, style, details.notes.length > 1 ? i + 1 : undefined));
  }
  if (details.alsoIn.length > 0) {
    lines.push('', style.bold('Also in'));
    for (const other of details.alsoIn) lines.push(`  ${statusMark(other.status, style)} ${sanitize(other.roadmapId)}: ${sanitize(other.title)}`);
    if (details.alsoIn.some((other) => other.status !== 'done') && details.status === 'done')
      lines.push(style.dim(`  mark them too: roadmap done ${sanitize(details.shortId)} --everywhere`));
  }
  if (details.children.length > 0) {
    lines.push('', style.bold(details.type === 'section' ? 'Contents' : 'Subtopics'));
    for (const child of details.children) {
      lines.push(`  ${statusMark(child.status, style)} ${sanitize(child.title)}${style.dim(`  ${sanitize(child.shortId)}`)}`);
    }
  }
  return `${wrapLines(lines.join('\n'), columns)}\n`;
}

const FROM_WORDS: Record<ShowRoadmap['from'], string> = { bundled: 'bundled with roadmap', file: 'a file', url: 'the web', stdin: 'standard input' };

/** `roadmap show` with no topic: the roadmap, where it came from, and how far along it is. */
export function renderShowRoadmap(summary: ShowRoadmap, style: Style): string {
  const format = summary.format === 'roadmap.sh' ? ' (a roadmap.sh diagram)' : '';
  const source = summary.source === null ? FROM_WORDS[summary.from] : sanitize(summary.source);
  const finished = `${summary.done + summary.skipped} of ${summary.total} finished (${summary.percent}%)`;
  const lines = [
    style.bold(sanitize(summary.roadmap.title)),
    '',
    `id      ${sanitize(summary.roadmap.id)}`,
    `source  ${source}${format}`,
    ...(summary.addedAt ? [`added   ${localTime(summary.addedAt)}`] : []),
    `topics  ${plural(summary.total, 'topic')} in ${plural(summary.sections, 'section')} · ${finished}`,
  ];
  return `${lines.join('\n')}\n`;
}

export function renderOrphans(orphans: readonly ProgressRow[], notes: readonly NoteRow[], style: Style): string {
  if (orphans.length === 0) return 'No orphaned progress: every topic with progress is in the current version of the roadmap.\n';
  const lines = [`${plural(orphans.length, 'topic')} with progress that this version of the roadmap no longer has:`, ''];
  for (const orphan of orphans) {
    lines.push(
      `${statusMark(orphan.status, style)} ${sanitize(orphan.title)}: ${STATUS_WORDS[orphan.status]} since ${localTime(orphan.changedAt)}${style.dim(`  (${sanitize(orphan.topicId)})`)}`,
    );
    for (const note of notes.filter((row) => row.topicId === orphan.topicId)) lines.push(...noteLines(note, style));
  }
  return `${lines.join('\n')}\n`;
}

function noteLines(note: { text: string; createdAt: string }, style: Style, number?: number): string[] {
  const [first = '', ...rest] = note.text.split('\n').map(sanitize);
  const mark = number === undefined ? '' : `${number}. `;
  return [`  ${mark}${style.dim(localTime(note.createdAt))}  ${first}`, ...rest.map((line) => `${' '.repeat(20 + mark.length)}${line}`)];
}
