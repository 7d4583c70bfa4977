/** A progress bar of a fixed number of cells: done █, skipped ▓, in progress ▒, to do ░ (told apart without colour too). */
import type { Counts } from '../roadmap/progress.js';
import type { Style } from './style.js';

/** Finished (done or skipped) of total, "7/35": what the percent counts, everywhere a count is shown. */
export function completeCount(value: Counts): string {
  return `${value.done + value.skipped}/${value.total}`;
}

export function renderBar(value: Counts, cells: number, style: Style): string {
  if (value.total === 0) return style.todo('░'.repeat(cells));
  const scale = (n: number) => Math.floor((n * cells) / value.total);
  const done = scale(value.done);
  const skipped = scale(value.done + value.skipped) - done;
  const doing = scale(value.done + value.skipped + value.doing) - done - skipped;
  const todo = cells - done - skipped - doing;
  return style.done('█'.repeat(done)) + style.skipped('▓'.repeat(skipped)) + style.doing('▒'.repeat(doing)) + style.todo('░'.repeat(todo));
}
