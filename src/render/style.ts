/**
 * Terminal styling: the only module that loads chalk. One style per stream, decided separately.
 * chalk is loaded only when a stream may take colour (a terminal, or FORCE_COLOR): output to pipes
 * and files is plain, and needs no colour library (it costs a command most of a millisecond).
 */
import type { ChalkInstance } from 'chalk';

export type ColorLevel = 0 | 1 | 2 | 3;

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  done(text: string): string;
  doing(text: string): string;
  skipped(text: string): string;
  todo(text: string): string;
  accent(text: string): string;
  warn(text: string): string;
  error(text: string): string;
}

export interface ColorInput {
  /** What chalk detected for the stream: TTY, TERM=dumb, FORCE_COLOR, --color/--no-color. */
  detected: ColorLevel;
  env: Readonly<Record<string, string | undefined>>;
  noColorFlag: boolean;
}

/** chalk ignores NO_COLOR (chalk/chalk#547), so it is applied here; FORCE_COLOR still wins, as in Node. */
export function decideColorLevel({ detected, env, noColorFlag }: ColorInput): ColorLevel {
  if (noColorFlag) return 0;
  if (env.FORCE_COLOR === undefined && (env.NO_COLOR ?? '') !== '') return 0;
  return detected;
}

export interface Streams {
  stdoutTTY: boolean;
  stderrTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  noColorFlag: boolean;
}

/** The styles for stdout and stderr. */
export async function loadStyles({ stdoutTTY, stderrTTY, env, noColorFlag }: Streams): Promise<{ style: Style; errStyle: Style }> {
  // Without a terminal or FORCE_COLOR, chalk's own detection says no colour: no need to ask it.
  const mayColour = (tty: boolean) => (tty || env.FORCE_COLOR !== undefined) && decideColorLevel({ detected: 3, env, noColorFlag }) > 0;
  if (!mayColour(stdoutTTY) && !mayColour(stderrTTY)) return { style: PLAIN, errStyle: PLAIN };
  const { supportsColor, supportsColorStderr } = await import('chalk');
  const level = (support: typeof supportsColor) => decideColorLevel({ detected: support ? support.level : 0, env, noColorFlag });
  return { style: await createStyle(level(supportsColor)), errStyle: await createStyle(level(supportsColorStderr)) };
}

export async function createStyle(level: ColorLevel): Promise<Style> {
  if (level === 0) return PLAIN;
  const { Chalk } = await import('chalk');
  const chalk: ChalkInstance = new Chalk({ level });
  return {
    bold: (text) => chalk.bold(text),
    dim: (text) => chalk.dim(text),
    done: (text) => chalk.green(text),
    doing: (text) => chalk.cyan(text),
    skipped: (text) => chalk.yellow(text),
    todo: (text) => chalk.gray(text),
    accent: (text) => chalk.cyan(text),
    warn: (text) => chalk.yellow(text),
    error: (text) => chalk.red(text),
  };
}

const unstyled = (text: string) => text;

export const PLAIN: Style = {
  bold: unstyled,
  dim: unstyled,
  done: unstyled,
  doing: unstyled,
  skipped: unstyled,
  todo: unstyled,
  accent: unstyled,
  warn: unstyled,
  error: unstyled,
};
