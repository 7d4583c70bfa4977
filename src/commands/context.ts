/** What every command gets: its streams and styles, the options, a lazily opened store and the clock. */

import type { Io } from '../io.js';
import type { Style } from '../render/style.js';
import type { Store } from '../store/db.js';
import { type DbLocation, resolveDbLocation } from '../store/location.js';
import { isInteractive } from '../ui/interactive.js';

export interface GlobalOptions {
  roadmap?: string;
  db?: string;
  color?: boolean;
}

export interface Context {
  io: Io;
  options: GlobalOptions;
  /** Styles for what goes to stdout and to stderr, decided separately. */
  style: Style;
  errStyle: Style;
  print(text: string): void;
  /** A message for the person (not data): to stderr. */
  notice(text: string): void;
  location(): DbLocation;
  store(): Promise<Store>;
  now(): Date;
  /** Whether a prompt may be shown: stdin and stdout are a terminal and CI is not set. */
  interactive(): boolean;
  /** Width to lay out for on stdout: the terminal's, else $COLUMNS, else 80. */
  columns(): number;
  /** After a command that succeeded: the daily backup, if it changed something. */
  finish(): void;
  close(): void;
}

export function createContext(io: Io, options: GlobalOptions, styles: { style: Style; errStyle: Style }): Context {
  let store: Store | undefined;
  const location = () => resolveDbLocation({ dbFlag: options.db, env: io.env, platform: io.platform, homedir: io.homedir });
  return {
    io,
    options,
    ...styles,
    print: (text) => io.stdout.write(text),
    notice: (text) => io.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    location,
    async store() {
      if (!store) {
        const { Store } = await import('../store/db.js');
        store = Store.open(location().path);
      }
      return store;
    },
    now: () => clock(io.env),
    interactive: () => isInteractive({ stdinTTY: io.stdinIsTTY, stdoutTTY: Boolean(io.stdout.isTTY), env: io.env }),
    columns: () => terminalColumns(io),
    finish() {
      store?.backupDaily(clock(io.env));
    },
    close() {
      store?.close();
      store = undefined;
    },
  };
}

/** ROADMAP_NOW pins "now" for tests and demos. */
function clock(env: Io['env']): Date {
  const pinned = env.ROADMAP_NOW;
  if (pinned) {
    const date = new Date(pinned);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return new Date();
}

const DEFAULT_COLUMNS = 80;

function terminalColumns(io: Pick<Io, 'stdout' | 'env'>): number {
  if (io.stdout.isTTY && io.stdout.columns) return io.stdout.columns;
  const fromEnv = Number.parseInt(io.env.COLUMNS ?? '', 10);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_COLUMNS;
}
