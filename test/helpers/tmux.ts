import { execFileSync, spawnSync } from 'node:child_process';

export const HAS_TMUX = spawnSync('tmux', ['-V']).status === 0;

/** A real terminal: the program runs in a tmux pane; we type with send-keys and read with capture-pane. */
export class Terminal {
  private readonly socket = `roadmap-test-${process.pid}-${Math.random().toString(36).slice(2)}`;

  constructor(command: readonly string[], env: Record<string, string>, size = { columns: 100, rows: 30 }) {
    const quoted = command.map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(' ');
    const exports = Object.entries(env)
      .map(([key, value]) => `${key}='${value.replace(/'/g, `'\\''`)}'`)
      .join(' ');
    // After the program ends, print its exit code and keep the pane open to be read.
    const script = `env -i ${exports} ${quoted}; echo "[exit $?]"; sleep 60`;
    this.tmux('new-session', '-d', '-s', 'main', '-x', String(size.columns), '-y', String(size.rows), script);
  }

  send(...keys: string[]): void {
    this.tmux('send-keys', '-t', 'main', ...keys);
  }

  /** Type text literally (no key names). */
  type(text: string): void {
    this.tmux('send-keys', '-t', 'main', '-l', text);
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', 'main');
  }

  async waitFor(pattern: RegExp, timeoutMs = 10_000): Promise<string> {
    const start = Date.now();
    for (;;) {
      const screen = this.screen();
      if (pattern.test(screen)) return screen;
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${pattern}; the screen shows:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  close(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }
}
