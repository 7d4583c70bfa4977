import { spawn } from 'node:child_process';

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Run a process to its end (or kill it after `killAfterMs`), collecting its output. */
export function runToEnd(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; killAfterMs?: number; timeoutMs?: number } = {},
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timers: NodeJS.Timeout[] = [];
    if (options.killAfterMs !== undefined) timers.push(setTimeout(() => child.kill('SIGKILL'), options.killAfterMs));
    if (options.timeoutMs !== undefined) timers.push(setTimeout(() => child.kill('SIGKILL'), options.timeoutMs));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      timers.forEach(clearTimeout);
      resolve({ code, signal, stdout, stderr });
    });
  });
}
