/** A one-line progress indicator on stderr: only on a terminal, never in a pipe or on CI, and only once work takes a while. */
import type { OutputStream, ProgressReport } from '../io.js';
import { sanitize } from '../render/text.js';
import { isCi } from './interactive.js';

export interface Progress {
  report: ProgressReport;
  /** Clear the line: what follows is printed as if the indicator had never been there. */
  end(): void;
}

const SHOW_AFTER_MS = 250;
const REDRAW_EVERY_MS = 100;

export function createProgress(
  stream: OutputStream,
  env: Readonly<Record<string, string | undefined>>,
  label: string,
  now: () => number = () => performance.now(),
): Progress {
  if (!stream.isTTY || isCi(env)) return { report: () => undefined, end: () => undefined };
  const started = now();
  let drawn = 0;
  let shown = false;
  return {
    report(done, total) {
      const at = now();
      if (at - started < SHOW_AFTER_MS || at - drawn < REDRAW_EVERY_MS) return;
      drawn = at;
      shown = true;
      const percent = total === 0 ? 0 : Math.floor((done * 100) / total);
      stream.write(`\r\x1b[K${sanitize(label)} ${percent}%`);
    },
    end() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
