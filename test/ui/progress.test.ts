import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/ui/progress.js';

/** A terminal stream that keeps what was written, and a clock the test moves. */
function terminal(isTTY = true) {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (text: string) => written.push(text) > 0 } };
}

function run(env: Record<string, string>, isTTY = true): string[] {
  const { written, stream } = terminal(isTTY);
  let clock = 0;
  const progress = createProgress(stream, env, 'Parsing', () => clock);
  progress.report(1, 10); // too early: nothing yet
  clock = 300;
  progress.report(5, 10);
  clock = 320;
  progress.report(6, 10); // too soon after the last redraw
  clock = 450;
  progress.report(9, 10);
  progress.end();
  return written;
}

describe('the progress indicator', () => {
  it('draws on a terminal once work takes a while, at most every 100 ms, and clears its line at the end', () => {
    expect(run({})).toEqual(['\r\x1b[KParsing 50%', '\r\x1b[KParsing 90%', '\r\x1b[K']);
  });

  it('draws nothing on CI, whatever CI is set to but empty, 0 or false', () => {
    for (const value of ['1', 'true', 'TRUE', 'woodpecker']) expect(run({ CI: value })).toEqual([]);
    expect(run({ CI: 'false' })).toHaveLength(3);
  });

  it('draws nothing in a pipe', () => {
    expect(run({}, false)).toEqual([]);
  });

  it('draws nothing when the work ends quickly', () => {
    const { written, stream } = terminal();
    const progress = createProgress(stream, {}, 'Parsing', () => 100);
    progress.report(10, 10);
    progress.end();
    expect(written).toEqual([]);
  });
});
