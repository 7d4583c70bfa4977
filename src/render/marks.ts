/** How each status looks in human output. */
import type { Status } from '../roadmap/types.js';
import type { Style } from './style.js';

export const STATUS_WORDS: Record<Status, string> = { todo: 'to do', doing: 'in progress', done: 'done', skipped: 'skipped' };

export function statusMark(status: Status, style: Style): string {
  switch (status) {
    case 'done':
      return style.done('✔');
    case 'doing':
      return style.doing('▶');
    case 'skipped':
      return style.skipped('⤼');
    case 'todo':
      return style.todo('○');
  }
}
