/** What the commands that change something say they did: mark, undo, import, use, remove, note. */
import type { MergeOutcome } from '../catalog/backup.js';
import type { WrittenBack } from '../catalog/write-back.js';
import { plural } from '../roadmap/plural.js';
import type { Change } from '../roadmap/transitions.js';
import type { IndexedNode } from '../roadmap/tree-index.js';
import type { Status } from '../roadmap/types.js';
import type { Rating } from '../store/records.js';
import { STATUS_WORDS, statusMark } from './marks.js';
import type { Style } from './style.js';
import { noteExcerpt, sanitize, wrapLines } from './text.js';

export interface Marked {
  /** The topics and sections named (or picked), and the status they were set to. */
  targets: readonly IndexedNode[];
  to: Status;
  changes: readonly Change[];
  /** The same skill marked in other roadmaps (done --everywhere). */
  also: readonly { roadmapId: string; title: string }[];
  reason: string | undefined;
  /** Each changed topic's innermost section, as it now stands. */
  sections: readonly { title: string; percent: number; left: number; total: number }[];
}

export function renderMarked({ targets, to, changes, also, reason, sections }: Marked, style: Style, columns?: number): string {
  // Each target finds its changes through its own leaves: a hundred sections of 200 topics, not a scan each.
  const byTopic = new Map(changes.map((change) => [change.topicId, change]));
  const lines = targets.map((target) => targetLine(target, byTopic, to, style));
  for (const { roadmapId, title } of also) lines.push(`${statusMark(to, style)} also in ${sanitize(roadmapId)}: ${sanitize(title)}`);
  if (reason && changes.length > 0) lines.push(style.dim(`reason: ${sanitize(reason)}`));
  for (const { title, percent, left, total } of sections)
    lines.push(`${sanitize(title)} is ${percent}% complete${left === 0 ? '.' : `, ${left} of ${total} left`}`);
  if (changes.length > 0) lines.push(style.dim(`${to === 'done' ? 'What next? roadmap next · ' : ''}Changed your mind? roadmap undo`));
  return `${wrapLines(lines.join('\n'), columns)}\n`;
}

function targetLine(target: IndexedNode, byTopic: ReadonlyMap<string, Change>, to: Status, style: Style): string {
  const title = sanitize(target.title);
  const mine = target.leafIds.flatMap((id) => byTopic.get(id) ?? []);
  const single = target.leafIds.length === 1 && target.leafIds[0] === target.id;
  if (single) {
    const change = mine[0];
    if (!change) return `${style.dim('•')} ${title} is already ${STATUS_WORDS[to]}`;
    return `${statusMark(to, style)} ${title}: ${STATUS_WORDS[to]}${change.from === 'todo' ? '' : ` (was ${STATUS_WORDS[change.from]})`}`;
  }
  if (mine.length === 0) return `${style.dim('•')} ${title}: nothing to change among its ${target.leafIds.length} topics`;
  return `${statusMark(to, style)} ${title}: ${mine.length} of its ${target.leafIds.length} topics now ${STATUS_WORDS[to]}`;
}

/** What an undo reverted besides statuses: the notes the command added (now removed) and removed (now back), and its reviews. */
export interface UndoneAlso {
  removed: readonly string[];
  restored: readonly string[];
  reviews: readonly { title: string; rating: Rating }[];
}

export function renderUndone(
  batch: { command: string; roadmapId: string },
  reverts: readonly { roadmapId: string; title: string; from: Status; to: Status }[],
  columns?: number,
  also: UndoneAlso = { removed: [], restored: [], reviews: [] },
): string {
  const lines = [`Undid \`roadmap ${sanitize(batch.command)}\` on ${sanitize(batch.roadmapId)}:`];
  for (const change of reverts) {
    const where = change.roadmapId === batch.roadmapId ? '' : ` (in ${sanitize(change.roadmapId)})`;
    lines.push(`  ${sanitize(change.title)}${where}: ${STATUS_WORDS[change.from]} → ${STATUS_WORDS[change.to]}`);
  }
  for (const text of also.removed) lines.push(`  note removed: ${noteExcerpt(text)}`);
  for (const text of also.restored) lines.push(`  note back: ${noteExcerpt(text)}`);
  for (const review of also.reviews) lines.push(`  review taken back: ${sanitize(review.title)} (${review.rating})`);
  return `${wrapLines(lines.join('\n'), columns)}\n`;
}

export function renderImported(file: string, outcome: MergeOutcome): string {
  const changed = outcome.statuses + outcome.notes + outcome.history + outcome.reviews + outcome.added.length;
  const reviews = outcome.reviews > 0 ? `, ${plural(outcome.reviews, 'review')}` : '';
  const lines = [
    changed === 0
      ? `Nothing to change: this database already has everything in ${sanitize(file)}.`
      : `Imported ${sanitize(file)}: ${plural(outcome.statuses, 'status', 'statuses')} changed, ${plural(outcome.notes, 'note')}${reviews} and ${plural(outcome.history, 'history entry', 'history entries')} added.`,
  ];
  if (outcome.orphans > 0) {
    lines.push(
      `${outcome.orphans === outcome.statuses ? 'All' : `${outcome.orphans} of`} those statuses are for topics this version of the roadmap does not have: kept as orphans (roadmap show --orphans).`,
    );
  }
  if (outcome.added.length > 0) lines.push(`Roadmaps added: ${outcome.added.map(sanitize).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

export function renderNowUsing(id: string, title: string, progress: { done: number; total: number }, style: Style): string {
  return `Now using ${style.bold(id)}: ${sanitize(title)} (${progress.done} of ${progress.total} done)\n${style.dim('See where you are: roadmap status')}\n`;
}

/** What `remove` deletes, in words: the question it asks and the line it prints after. */
export function removalWhat(id: string, bundled: boolean): string {
  return bundled ? `all your progress, notes and history in ${id} (the bundled roadmap itself stays)` : `${id} with all its progress, notes and history`;
}

export function renderRemoved(what: string, style: Style): string {
  return `Removed ${what}.\n${style.dim('A backup first next time? roadmap export --format json -o backup.json')}\n`;
}

export function renderNoted(node: { title: string; shortId: string }, style: Style, columns?: number, edited = false): string {
  return `${wrapLines(`${edited ? 'Note changed' : 'Noted'} on ${sanitize(node.title)}. ${style.dim(`(roadmap show ${sanitize(node.shortId)} · undo: roadmap undo)`)}`, columns)}\n`;
}

export function renderNoteRemoved(node: { title: string }, text: string, style: Style, columns?: number): string {
  return `${wrapLines(`Removed the note “${noteExcerpt(text)}” from ${sanitize(node.title)}. ${style.dim('(undo: roadmap undo)')}`, columns)}\n`;
}

/**
 * What write-back did to the learner's file (nothing, when it changed nothing); `all`: write-back
 * was just turned on and the whole file brought in line, so it also says what the file cannot show.
 */
export function renderWrittenBack(written: WrittenBack, all: boolean, style: Style): string {
  const did = [
    written.ticked > 0 ? `ticked ${plural(written.ticked, 'box', 'boxes')}` : '',
    written.cleared > 0 ? `cleared ${plural(written.cleared, 'box', 'boxes')}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const again = written.refreshed ? ' (it had been edited: read again first, progress kept)' : '';
  const lines = [];
  if (all) lines.push(`${sanitize(written.file)}: write-back is on${did ? `; ${did} to match your progress` : ''}${again}.`);
  else if (did) lines.push(`${sanitize(written.file)}: ${did}${again}.`);
  if (all && written.cannotShow.length > 0) {
    const named = written.cannotShow.slice(0, 5).map(sanitize).join(', ');
    const more = written.cannotShow.length > 5 ? ` and ${written.cannotShow.length - 5} more` : '';
    const them = written.cannotShow.length === 1 ? 'it' : 'them';
    lines.push(
      style.warn(`${plural(written.cannotShow.length, 'topic has', 'topics have')} no box (- [ ]) in the file, which cannot show ${them}: ${named}${more}.`),
    );
  }
  return lines.length === 0 ? '' : `${lines.map((line, i) => (i === 0 ? style.dim(line) : line)).join('\n')}\n`;
}
