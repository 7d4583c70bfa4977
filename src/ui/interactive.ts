/** Whether a prompt may be shown: only to a person at a terminal. */

export interface InteractiveInput {
  stdinTTY: boolean;
  stdoutTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  json?: boolean | undefined;
}

export function isInteractive({ stdinTTY, stdoutTTY, env, json }: InteractiveInput): boolean {
  if (json || isCi(env)) return false;
  return stdinTTY && stdoutTTY;
}

/** CI set to anything but empty, 0 or false (CI=1, CI=true, CI=TRUE all count). */
export function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const ci = (env.CI ?? '').toLowerCase();
  return ci !== '' && ci !== '0' && ci !== 'false';
}
