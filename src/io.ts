/** The outside world a command sees: its streams, environment and clock. Passed in, so a test can be it. */

import type * as PromptModule from '#prompts';

/** The questions a command may ask at a terminal (src/ui/prompts.ts, loaded only when one is asked). */
export type Prompts = Pick<typeof PromptModule, 'pickTopics' | 'confirmAlso' | 'confirmRemoval' | 'askRating'>;

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean | undefined;
  columns?: number | undefined;
}

export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  stdinIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  homedir: string;
  cwd: string;
  /** Milliseconds on a steady clock, for how long work has taken (the progress indicator); performance.now() when absent. */
  elapsedMs?: () => number;
  /** Who answers the prompts: inquirer on the terminal when absent; a script in tests. */
  prompts?: () => Promise<Prompts>;
}

/** How far long work has got (the progress indicator). */
export type ProgressReport = (done: number, total: number) => void;
