/** A progress bar of a fixed number of cells. */
import type { Style } from './style.js';

export function renderBar(done: number, total: number, cells: number, style: Style): string {
  const filled = total === 0 ? 0 : Math.floor((done * cells) / total);
  const bar = style.done('█'.repeat(filled)) + style.todo('░'.repeat(cells - filled));
  return bar;
}
