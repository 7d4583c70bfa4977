/** `roadmap list` for people: one roadmap a line, the active one marked. */
import { DEFAULT_ROADMAP } from '../catalog/bundled.js';
import { completeCount } from './bar.js';
import type { ListEntry } from './json.js';
import type { Style } from './style.js';
import { padEnd, padStart, sanitize, truncate, width, wrap } from './text.js';

export function renderList(entries: readonly ListEntry[], noneChosen: boolean, style: Style, columns: number | undefined): string {
  const idCells = Math.max(...entries.map((entry) => width(sanitize(entry.id))));
  const countCells = Math.max(...entries.map((entry) => completeCount(entry.progress).length));
  const titleRoom = columns === undefined ? Infinity : columns - (2 + idCells + 2 + 2 + countCells + 5);
  const lines = entries.map((entry) => {
    const active = entry.active || (noneChosen && entry.id === DEFAULT_ROADMAP);
    const mark = active ? style.done('*') : ' ';
    const id = padEnd(sanitize(entry.id), idCells);
    const title = titleRoom >= 4 ? `  ${truncate(sanitize(entry.title), titleRoom)}` : '';
    return `${mark} ${active ? style.bold(id) : id}  ${padStart(completeCount(entry.progress), countCells)} ${padStart(`${entry.progress.percent}%`, 4)}${title}`;
  });
  const footer = noneChosen ? `* ${DEFAULT_ROADMAP} is the default until you choose: roadmap use <id>` : '* active roadmap; switch with: roadmap use <id>';
  return `${lines.join('\n')}\n\n${wrap(footer, columns, '  ')
    .map((line) => style.dim(line))
    .join('\n')}\n`;
}
