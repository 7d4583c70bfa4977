/** The shell: argv → one command → an exit code. The one place errors become messages and codes. */
import os from 'node:os';
import tty from 'node:tty';
import { Command, CommanderError, Help, Option } from 'commander';
import { type Context, createContext, type GlobalOptions } from './commands/context.js';
import { COMMANDS, commandName, GLOBAL_OPTIONS, type OptionDeclaration, optionNames, PROGRAM_EXAMPLES } from './commands/declarations.js';
import { EXIT, UserError } from './errors.js';
import type { Io } from './io.js';
import { PACKAGE_VERSION } from './package-root.js';
import { loadStyles, type Style } from './render/style.js';
import { sanitize, sanitizeLines } from './render/text.js';
import { storeErrorToUserError } from './store/errors.js';
import { fdOutput } from './ui/fd-output.js';

type Run = (ctx: Context) => Promise<void>;

const EXAMPLES = `
Examples:
${PROGRAM_EXAMPLES.map(([example, meaning]) => `  $ ${example.padEnd(32)}${meaning}`.trimEnd()).join('\n')}

Exit codes: 0 ok, 1 bug, 64 usage, 65 bad data, 66 missing file, 73 cannot write,
74 I/O error or damaged database, 75 busy, 130 cancelled.
Manual: README.md, in roadmap's folder.`;

const OVERVIEW = `roadmap: track your progress through a learning roadmap.

  roadmap status          where am I
  roadmap next            what to study next, and why
  roadmap done <topic>    I finished this
  roadmap list            the roadmaps there are

Every command: roadmap --help
`;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  if (argv.length === 0) {
    io.stderr.write(OVERVIEW);
    return EXIT.usage;
  }
  // The version is the program's, asked alone: `roadmap status --version` is a mistake, not a question.
  const versionAt = argv.findIndex((word) => word === '-V' || word === '--version');
  if (versionAt > 0 && !argv.slice(0, versionAt).includes('--')) {
    io.stderr.write(`roadmap: ${argv[versionAt]} is asked alone: roadmap --version\n`);
    return EXIT.usage;
  }
  const noColorFlag = argv.includes('--no-color');
  const { style, errStyle } = await loadStyles({ stdoutTTY: Boolean(io.stdout.isTTY), stderrTTY: Boolean(io.stderr.isTTY), env: io.env, noColorFlag });
  let pending: { run: Run; options: GlobalOptions } | undefined;
  const schedule = (options: GlobalOptions, run: Run) => {
    pending = { run, options };
  };

  // `roadmap help stauts` is parsed as `roadmap stauts`: commander then says the command is unknown, with its suggestion.
  const asked = argv[0] === 'help' && argv.length === 2 && !COMMANDS.some((command) => commandName(command) === argv[1]) ? [argv[1]] : argv;
  const program = buildProgram(asked, schedule, io, errStyle);
  try {
    await program.parseAsync(asked, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return commanderExitCode(error);
    throw error;
  }
  if (!pending) return EXIT.ok;

  const ctx = createContext(io, pending.options, { style, errStyle });
  try {
    await pending.run(ctx);
    ctx.finish();
    return EXIT.ok;
  } catch (error) {
    return report(error, ctx, errStyle);
  } finally {
    ctx.close();
  }
}

function buildProgram(argv: readonly string[], schedule: (options: GlobalOptions, run: Run) => void, io: Io, errStyle: Style): Command {
  // Set before any subcommand is added: subcommands copy these settings when they are created.
  const program = new Command('roadmap')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // commander's errors quote what was typed: sanitised, so an argument cannot drive the terminal;
      // and said as roadmap's own are ("roadmap: unknown option …", not "error: …").
      outputError: (text, write) => write(errStyle.error(sanitizeLines(text.replace(/^error: /, 'roadmap: ')))),
    })
    .description('Track your progress through a learning roadmap.')
    .version(PACKAGE_VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    // A command's help lists the global options it takes too (-r, --db, --no-color); not --version, asked alone.
    .configureHelp({
      showGlobalOptions: true,
      visibleGlobalOptions(command) {
        return Help.prototype.visibleGlobalOptions.call(this, command).filter((option) => option.long !== '--version');
      },
    })
    .addHelpCommand('help [command]', 'show help for a command');
  for (const option of GLOBAL_OPTIONS) program.addOption(commanderOption(option));
  program.showSuggestionAfterError(true).addHelpText('after', EXAMPLES);

  /** commander calls an action with the positional arguments, the options, then the command. */
  const act =
    (run: (ctx: Context, args: readonly unknown[], options: Record<string, never>) => Promise<void>) =>
    (...parsed: unknown[]) => {
      const command = parsed.at(-1) as Command;
      const options = parsed.at(-2) as Record<string, never>;
      schedule(command.optsWithGlobals<GlobalOptions>(), (ctx) => run(ctx, parsed.slice(0, -2), options));
    };

  // A subcommand is added to commander only when this run may need it (see soleCommand).
  const only = soleCommand(argv, new Set(COMMANDS.map(commandName)));
  for (const declared of COMMANDS) {
    if (only !== undefined && commandName(declared) !== only) continue;
    const command = program
      .command(declared.usage)
      .description(declared.summary)
      .addHelpText('after', `\nExamples:\n${declared.examples.map((example) => `  $ ${example}`).join('\n')}`);
    if (declared.help) command.addHelpText('after', `\n${declared.help}`);
    for (const option of declared.options) command.addOption(commanderOption(option));
    command.action(act(declared.run));
  }

  program
    .command('__complete', { hidden: true })
    .argument('[words...]')
    .action(act(async (ctx, [words]) => (await import('./commands/completion.js')).complete(ctx, words as string[])));

  return program;
}

function commanderOption(declared: OptionDeclaration): Option {
  const option = new Option(declared.flags, declared.description);
  if (declared.choices) option.choices(declared.choices);
  if (declared.default !== undefined) option.default(declared.default);
  else if (declared.shownDefault !== undefined) option.default(undefined, declared.shownDefault);
  return option;
}

const globalNames = (withValue: boolean) => GLOBAL_OPTIONS.map(optionNames).flatMap(({ names, takesValue }) => (takesValue === withValue ? names : []));
/** Global options followed by a value, which is not the command's name; and those that take none. */
const GLOBAL_OPTIONS_WITH_VALUE = new Set(globalNames(true));
const GLOBAL_FLAGS = new Set(globalNames(false));

/**
 * The command named by the first operand past the global options, when commander needs no other
 * to parse this command line; undefined when it does (help, version, an unknown option or
 * command, completion), and then every command is built. Building one instead of twenty saves
 * `roadmap status` a millisecond, and changes nothing else: commander parses the same.
 */
export function soleCommand(argv: readonly string[], names: ReadonlySet<string>): string | undefined {
  if (argv.includes('-h') || argv.includes('--help')) return undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (GLOBAL_OPTIONS_WITH_VALUE.has(arg)) i++;
    else if (GLOBAL_FLAGS.has(arg) || GLOBAL_OPTIONS_WITH_VALUE.has(arg.split('=')[0])) continue;
    else if (arg.startsWith('-')) return undefined;
    else return names.has(arg) ? arg : undefined;
  }
  return undefined;
}

/** Commander's own outcomes: help and version are successes, everything else is a usage error. */
function commanderExitCode(error: CommanderError): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
  // `roadmap help x` is asked for (exit code 0); help shown for a missing command is not.
  if (error.code === 'commander.help' && error.exitCode === 0) return EXIT.ok;
  return EXIT.usage;
}

function report(error: unknown, ctx: Context, style: Style): number {
  if (error instanceof Error && error.name === 'ExitPromptError') {
    ctx.io.stderr.write('Cancelled; nothing changed.\n');
    return EXIT.interrupted;
  }
  const known = error instanceof UserError ? error : storeErrorToUserError(error, ctx.location().path);
  const write = (line: string) => ctx.io.stderr.write(`${line}\n`);
  if (known) {
    write(`${style.error('roadmap:')} ${sanitize(known.message)}`);
    for (const line of known.details) write(sanitize(line));
    if (known.hint) write(style.dim(`hint: ${sanitize(known.hint)}`));
    return known.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  write(`${style.error('roadmap: internal error:')} ${sanitize(message)}`);
  if (ctx.io.env.DEBUG && error instanceof Error && error.stack) write(error.stack);
  else write(style.dim('hint: run again with DEBUG=1 for details, and report it with them'));
  return EXIT.internal;
}

/** Entry point for bin/roadmap.js. */
export function run(): Promise<number> {
  // Windows consoles take text through Node's streams (which hand them UTF-16); elsewhere the
  // descriptors are written directly (see fd-output.ts).
  const windows = process.platform === 'win32';
  return main(process.argv.slice(2), {
    stdout: windows ? process.stdout : fdOutput(1, { columns: () => process.stdout.columns, failures: { report: 'standard output' } }),
    stderr: windows ? process.stderr : fdOutput(2, { columns: () => process.stderr.columns, failures: 'drop' }),
    get stdinIsTTY() {
      return tty.isatty(0);
    },
    env: process.env,
    platform: process.platform,
    // os.homedir() is $HOME where that is set (not on Windows); node:os is loaded only if not.
    homedir: (process.platform !== 'win32' && process.env.HOME) || os.homedir(),
    cwd: process.cwd(),
  });
}
