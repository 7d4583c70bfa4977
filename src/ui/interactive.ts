/** Whether a prompt may be shown: only to a person at a terminal (CHECKLIST A9). */

export interface InteractiveInput {
  stdinTTY: boolean;
  stdoutTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  json?: boolean | undefined;
}

export function isInteractive({ stdinTTY, stdoutTTY, env, json }: InteractiveInput): boolean {
  if (json) return false;
  const ci = (env.CI ?? '').toLowerCase();
  if (ci !== '' && ci !== '0' && ci !== 'false') return false;
  return stdinTTY && stdoutTTY;
}
