/** Terminal styling: the only module that loads chalk. One style per stream, decided separately. */
import { Chalk, supportsColor, supportsColorStderr, type ChalkInstance } from 'chalk';

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

export function detectedLevel(stream: 'stdout' | 'stderr'): ColorLevel {
  const support = stream === 'stdout' ? supportsColor : supportsColorStderr;
  return support ? support.level : 0;
}

export function createStyle(level: ColorLevel): Style {
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

export const PLAIN: Style = createStyle(0);
