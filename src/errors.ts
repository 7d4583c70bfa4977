/** The error taxonomy: what a user can fix gets one line and an exit code; anything else is a bug. */

/** Exit codes, after sysexits(3); documented in the README. */
export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 64,
  data: 65,
  noInput: 66,
  unavailable: 69,
  cantCreate: 73,
  io: 74,
  busy: 75,
  interrupted: 130,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class UserError extends Error {
  readonly exitCode: ExitCode;
  readonly hint: string | undefined;
  /** Lines shown between the message and the hint: candidates, suggestions. */
  readonly details: readonly string[];

  constructor(message: string, options: { exitCode?: ExitCode; hint?: string; details?: readonly string[] } = {}) {
    super(message);
    this.name = 'UserError';
    this.exitCode = options.exitCode ?? EXIT.usage;
    this.hint = options.hint;
    this.details = options.details ?? [];
  }
}
