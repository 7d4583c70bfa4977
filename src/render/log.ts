/** `roadmap log` for people: one change a line, newest first. */
import type { EventRow } from '../store/records.js';
import { STATUS_WORDS } from './marks.js';
import type { Style } from './style.js';
import { sanitize, wrapLines } from './text.js';

/** `roadmap`: the one roadmap asked for with -r, or null for all of them (each line then names its roadmap when more than one appears). */
export function renderLog(roadmap: { id: string; title: string } | null, events: readonly EventRow[], style: Style, columns?: number): string {
  if (events.length === 0) return roadmap ? `No changes yet in ${sanitize(roadmap.title)}.\n` : 'No changes yet.\n';
  const several = new Set(events.map((event) => event.roadmapId)).size > 1;
  const lines = events.map((event) => {
    const where = several ? `${style.accent(sanitize(event.roadmapId))}  ` : '';
    const change = `${STATUS_WORDS[event.from]} → ${STATUS_WORDS[event.to]}`;
    const how = event.kind === 'undo' ? style.warn(` (${sanitize(event.command)})`) : style.dim(` (${sanitize(event.command)})`);
    const reason = event.reason ? style.dim(` — ${sanitize(event.reason)}`) : '';
    return `${style.dim(localTime(event.at))}  ${where}${sanitize(event.title)}: ${change}${reason}${how}`;
  });
  return `${wrapLines(lines.join('\n'), columns)}\n`;
}

/** "2026-11-21 18:30" in the user's time zone. */
export function localTime(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
