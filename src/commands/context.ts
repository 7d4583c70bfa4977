/** What every command gets: its streams and styles, the options, a lazily opened store and the clock. */

import { EXIT, UserError } from '../errors.js';
import type { Io, Prompts } from '../io.js';
import type { Style } from '../render/style.js';
import { sanitize } from '../render/text.js';
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
  /** The prompts, loaded when the first is asked (inquirer costs start-up time otherwise). */
  prompts(): Promise<Prompts>;
  /** Width to lay out for on stdout: the terminal's, else $COLUMNS, else 80. */
  columns(): number;
  /**
   * Width to wrap long lines of text at (log, show, what a change did): the terminal's, or $COLUMNS;
   * none in a pipe without $COLUMNS, where each line stays whole for grep and the like.
   */
  wrapColumns(): number | undefined;
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
    prompts: io.prompts ?? (() => import('#prompts')),
    columns: () => terminalColumns(io),
    wrapColumns: () => (io.stdout.isTTY || validColumns(io.env) !== undefined ? terminalColumns(io) : undefined),
    finish() {
      const failed = store?.backupDaily(clock(io.env));
      if (failed) {
        io.stderr.write(
          styles.errStyle.warn(
            `roadmap: the daily backup was not made (${sanitize(failed)}); your change is saved\nhint: roadmap doctor checks the database and its backup\n`,
          ),
        );
      }
    },
    close() {
      store?.close();
      store = undefined;
    },
  };
}

/** ROADMAP_NOW pins "now" for tests and demos: a date-time from 1970 to 9999, or refused (never silently ignored). */
function clock(env: Io['env']): Date {
  const pinned = env.ROADMAP_NOW;
  if (!pinned) return new Date();
  const date = new Date(pinned);
  const year = date.getUTCFullYear();
  if (Number.isNaN(date.getTime()) || year < 1970 || year > 9999) {
    throw new UserError(`ROADMAP_NOW is not a date-time roadmap can use: '${sanitize(pinned.slice(0, 40))}'`, {
      exitCode: EXIT.usage,
      hint: 'unset it, or give one such as 2026-11-01T09:00:00Z',
    });
  }
  return date;
}

const DEFAULT_COLUMNS = 80;

function terminalColumns(io: Pick<Io, 'stdout' | 'env'>): number {
  if (io.stdout.isTTY && io.stdout.columns) return io.stdout.columns;
  return validColumns(io.env) ?? DEFAULT_COLUMNS;
}

/** $COLUMNS, when it is a width a terminal could have; anything else ("1e9", "abc", "0") is as if unset. */
function validColumns(env: Io['env']): number | undefined {
  const fromEnv = Number(env.COLUMNS ?? '');
  return Number.isInteger(fromEnv) && fromEnv >= 20 && fromEnv <= 10_000 ? fromEnv : undefined;
}
