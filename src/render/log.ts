/** `roadmap log` for people: one change a line, newest first. */
import type { LogEntry } from './json.js';
import { STATUS_WORDS } from './marks.js';
import type { Style } from './style.js';
import { noteExcerpt, sanitize, wrapLines } from './text.js';

/**
 * `roadmap`: the one roadmap asked for with -r, or null for all of them (each line then names its
 * roadmap when more than one appears). Entries: status changes, notes added or removed and reviews, newest first.
 */
export function renderLog(roadmap: { id: string; title: string } | null, entries: readonly LogEntry[], style: Style, columns?: number): string {
  if (entries.length === 0) return roadmap ? `No changes yet in ${sanitize(roadmap.title)}.\n` : 'No changes yet.\n';
  const several = new Set(entries.map((entry) => entry.roadmapId)).size > 1;
  const lines = entries.map((entry) => {
    const where = several ? `${style.accent(sanitize(entry.roadmapId))}  ` : '';
    const how = entry.kind === 'undo' ? style.warn(` (${sanitize(entry.command)})`) : style.dim(` (${sanitize(entry.command)})`);
    if ('rating' in entry) {
      const what =
        entry.change === 'reviewed' ? `reviewed: ${entry.rating}, next due ${localTime(entry.due).slice(0, 10)}` : `review (${entry.rating}) taken back`;
      return `${style.dim(localTime(entry.at))}  ${where}${sanitize(entry.title)}: ${what}${how}`;
    }
    if ('change' in entry) {
      const on = entry.title ? sanitize(entry.title) : sanitize(entry.topicId);
      return `${style.dim(localTime(entry.at))}  ${where}${on}: note ${entry.change} “${noteExcerpt(entry.text)}”${how}`;
    }
    const change = `${STATUS_WORDS[entry.from]} → ${STATUS_WORDS[entry.to]}`;
    const reason = entry.reason ? style.dim(` — ${sanitize(entry.reason)}`) : '';
    return `${style.dim(localTime(entry.at))}  ${where}${sanitize(entry.title)}: ${change}${reason}${how}`;
  });
  return `${wrapLines(lines.join('\n'), columns)}\n`;
}

/** "2026-11-21 18:30" in the user's time zone. */
export function localTime(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
