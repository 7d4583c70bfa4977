/** A progress bar of a fixed number of cells: done █, skipped ▓, in progress ▒, to do ░ (told apart without colour too). */
import type { Counts } from '../roadmap/progress.js';
import type { Style } from './style.js';

export function renderBar(value: Counts, cells: number, style: Style): string {
  if (value.total === 0) return style.todo('░'.repeat(cells));
  const scale = (n: number) => Math.floor((n * cells) / value.total);
  const done = scale(value.done);
  const skipped = scale(value.done + value.skipped) - done;
  const doing = scale(value.done + value.skipped + value.doing) - done - skipped;
  const todo = cells - done - skipped - doing;
  return style.done('█'.repeat(done)) + style.skipped('▓'.repeat(skipped)) + style.doing('▒'.repeat(doing)) + style.todo('░'.repeat(todo));
}
