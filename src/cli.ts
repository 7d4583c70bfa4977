/** The shell: argv → one command → an exit code. The one place errors become messages and codes. */
import os from 'node:os';
import tty from 'node:tty';
import { Command, CommanderError, Option } from 'commander';
import { type Context, createContext, type GlobalOptions, type Io } from './commands/context.js';
import { EXPORT_FORMATS, type ExportFormat } from './commands/export-formats.js';
import type { MarkOptions } from './commands/mark.js';
import { EXIT, UserError } from './errors.js';
import { PACKAGE_VERSION } from './package-root.js';
import { loadStyles, type Style } from './render/style.js';
import { sanitize } from './render/text.js';
import { storeErrorToUserError } from './store/errors.js';
import type { CommandSpec } from './ui/completion.js';
import { fdOutput } from './ui/fd-output.js';

type Run = (ctx: Context) => Promise<void>;

const EXAMPLES = `
Examples:
  $ roadmap status                  where am I: progress per phase
  $ roadmap next                    what to study next, and why
  $ roadmap done goroutines         mark a topic done (id, title, part of a title, or path)
  $ roadmap done "Phase 1/Context"  a path disambiguates
  $ roadmap list                    the roadmaps there are
  $ roadmap use go-backend-cloud    switch roadmaps
  $ roadmap status --json | jq .percent

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
  const noColorFlag = argv.includes('--no-color');
  const { style, errStyle } = await loadStyles({ stdoutTTY: Boolean(io.stdout.isTTY), stderrTTY: Boolean(io.stderr.isTTY), env: io.env, noColorFlag });
  let pending: { run: Run; options: GlobalOptions } | undefined;
  const schedule = (options: GlobalOptions, run: Run) => {
    pending = { run, options };
  };

  const program = buildProgram(argv, schedule, io, errStyle);
  try {
    await program.parseAsync(argv, { from: 'user' });
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
      outputError: (text, write) => write(errStyle.error(text)),
    })
    .description('Track your progress through a learning roadmap.')
    .version(PACKAGE_VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpCommand('help [command]', 'show help for a command')
    .option('-r, --roadmap <id>', 'work on this roadmap instead of the active one')
    .option('--db <file>', 'use this database file (default: $ROADMAP_DB, $ROADMAP_HOME/roadmap.db, or the data directory)')
    .option('--no-color', 'no colour in the output (also NO_COLOR=1)')
    .showSuggestionAfterError(true)
    .addHelpText('after', EXAMPLES);

  const globals = (command: Command) => command.optsWithGlobals<GlobalOptions>();
  /** A commander subcommand with its description and examples. */
  const subcommand = (name: string, description: string, examples: readonly string[]) =>
    program
      .command(name)
      .description(description)
      .addHelpText('after', `\nExamples:\n${examples.map((example) => `  $ ${example}`).join('\n')}`);
  const act =
    <A extends unknown[]>(run: (ctx: Context, ...args: A) => Promise<void>) =>
    (...args: [...A, Command]) => {
      const command = args[args.length - 1] as Command;
      schedule(globals(command), (ctx) => run(ctx, ...(args.slice(0, -1) as A)));
    };
  /**
   * A subcommand, in the order help lists them. It is added to commander only when this run may
   * need it (see soleCommand); `configure` gives it its options and action.
   */
  const definitions: [name: string, add: () => void][] = [];
  const define = (usage: string, description: string, examples: readonly string[], configure: (command: Command) => Command) =>
    definitions.push([usage.split(' ')[0], () => configure(subcommand(usage, description, examples))]);

  define(
    'status',
    'show progress per section, as a tree of bars',
    ['roadmap status', 'roadmap status --topics', 'roadmap status -r backend-mastery --json'],
    (command) =>
      command
        .option('--json', 'print one JSON document')
        .option('-t, --topics', 'list every topic with its id under its section')
        .action(act(async (ctx, options: { json?: boolean; topics?: boolean }) => (await import('./commands/status.js')).status(ctx, options))),
  );

  const marks = [
    ['done', 'mark topics done', 'roadmap done goroutines', 'roadmap done "Phase 2/Context" "Unit Testing"', 'roadmap done docker --everywhere'],
    ['start', 'mark topics in progress', 'roadmap start "Phase 2/Context"', 'roadmap start'],
    ['skip', 'skip topics (complete, but not learned)', 'roadmap skip mqtt --reason "not for my job"', 'roadmap skip "Cloud/Phase 3"'],
    ['reset', 'set topics back to to-do', 'roadmap reset goroutines', 'roadmap reset "Phase 1"'],
  ] as const;
  for (const [name, description, ...examples] of marks) {
    define(`${name} [topic...]`, description, [...examples, `roadmap ${name}    (on a terminal: search and pick)`], (command) => {
      command.addHelpText(
        'after',
        '\nA section or parent topic applies to every topic below it. With no topic, on a terminal,\na prompt lets you search and pick; elsewhere a topic is required.',
      );
      if (name === 'skip') command.option('--reason <text>', 'why you skip it (shown in show and log)');
      if (name === 'done') command.option('--everywhere', 'also mark the same skill done in your other roadmaps (on a terminal you are asked)');
      return command.action(act(async (ctx, topics: string[], options: MarkOptions) => (await import('./commands/mark.js')).mark(ctx, name, topics, options)));
    });
  }

  define(
    'next',
    'what to study next, with where it sits and why',
    ['roadmap next', 'roadmap next -n 10', 'roadmap next --explain', 'roadmap next --json'],
    (command) =>
      command
        .addOption(new Option('-n, --count <n>', 'how many suggestions').default(undefined, '5'))
        .option('--explain', 'show each score as its terms: value × weight')
        .option('--json', 'print one JSON document (with scores and terms)')
        .action(act(async (ctx, options: { json?: boolean; count?: string; explain?: boolean }) => (await import('./commands/next.js')).next(ctx, options))),
  );

  define(
    'show [topic]',
    'everything about one topic or section: status, description, resources, notes',
    ['roadmap show goroutines', 'roadmap show "Phase 1" --json', 'roadmap show --orphans'],
    (command) =>
      command
        .option('--json', 'print one JSON document')
        .option('--orphans', 'list progress kept for topics a new version of the roadmap no longer has')
        .action(
          act(async (ctx, topic: string | undefined, options: { json?: boolean; orphans?: boolean }) =>
            (await import('./commands/show.js')).show(ctx, topic, options),
          ),
        ),
  );

  define(
    'note <topic> [text...]',
    'add a dated note to a topic (no text: write it in $EDITOR)',
    ['roadmap note goroutines "use errgroup for fan-out"', 'roadmap note goroutines'],
    (command) => command.action(act(async (ctx, topic: string, words: string[]) => (await import('./commands/note.js')).note(ctx, topic, words))),
  );

  define('undo', 'revert everything the last changing command did (repeat for the one before)', ['roadmap undo'], (command) =>
    command.action(act(async (ctx) => (await import('./commands/undo.js')).undo(ctx))),
  );

  define(
    'log',
    'the history of changes: when, which topic, from and to',
    ['roadmap log', 'roadmap log --since 2026-11-01', 'roadmap log --since 7d -n 50 --json'],
    (command) =>
      command
        .option('--since <date>', 'only changes since a date (2026-11-01), a date-time, or a span (7d, 2w)')
        .option('-n, --count <n>', 'at most this many (default 20)')
        .option('--json', 'print one JSON document (all changes unless -n)')
        .action(act(async (ctx, options: { since?: string; count?: string; json?: boolean }) => (await import('./commands/log.js')).log(ctx, options))),
  );

  define('list', 'the roadmaps there are, with your progress; * marks the active one', ['roadmap list', 'roadmap list --json'], (command) =>
    command
      .option('--json', 'print one JSON document')
      .action(act(async (ctx, options: { json?: boolean }) => (await import('./commands/list.js')).list(ctx, options))),
  );

  define(
    'use <roadmap>',
    'choose the roadmap the other commands work on (and record when you started it)',
    ['roadmap use go-backend-cloud', 'roadmap use go-backend-6-weeks --since 2026-11-02'],
    (command) =>
      command
        .option('--since <date>', 'the day you started it, for its schedule (default: now, or your first change)')
        .action(act(async (ctx, roadmap: string, options: { since?: string }) => (await import('./commands/use.js')).use(ctx, roadmap, options))),
  );

  define(
    'stats',
    'pace, streaks, estimated finish dates, and how you stand against the roadmap’s schedule',
    ['roadmap stats', 'roadmap stats --json'],
    (command) =>
      command
        .option('--json', 'print one JSON document')
        .action(act(async (ctx, options: { json?: boolean }) => (await import('./commands/stats.js')).stats(ctx, options))),
  );

  define(
    'add <file>',
    'make a markdown file your own roadmap (again: update it, keeping progress); - reads stdin',
    [
      'roadmap add ~/notes/rust.md',
      'roadmap add course.md --id rust-course',
      'roadmap add course.md --dry-run',
      'curl -s https://example.com/roadmap.md | roadmap add - --id web',
    ],
    (command) =>
      command
        .option('--id <id>', 'the roadmap id (default: from the file name)')
        .option('--max-size <MiB>', 'read files up to this size (default 5)')
        .option('--dry-run', 'print the tree it would store (as status --topics), and store nothing')
        .action(
          act(async (ctx, file: string, options: { id?: string; maxSize?: string; dryRun?: boolean }) =>
            (await import('./commands/add.js')).add(ctx, file, options),
          ),
        ),
  );

  define(
    'refresh [roadmap]',
    'read a roadmap’s markdown again, keeping progress (renamed topics are matched)',
    ['roadmap refresh', 'roadmap refresh rust-course'],
    (command) => command.action(act(async (ctx, roadmap: string | undefined) => (await import('./commands/refresh.js')).refresh(ctx, roadmap))),
  );

  define(
    'remove <roadmap>',
    'remove a roadmap and its progress (asks first; --force when not at a terminal)',
    ['roadmap remove rust-course', 'roadmap remove rust-course --force'],
    (command) =>
      command
        .option('-f, --force', 'do not ask')
        .action(act(async (ctx, roadmap: string, options: { force?: boolean }) => (await import('./commands/remove.js')).remove(ctx, roadmap, options))),
  );

  define(
    'export',
    'the roadmap as a markdown checklist or a progress page to share, or everything as a JSON backup',
    ['roadmap export > progress.md', 'roadmap export --format html -o progress.html', 'roadmap export --format json -o backup.json'],
    (command) =>
      command
        .addOption(
          new Option('--format <format>', 'md: the roadmap with - [x] for done; html: a self-contained progress page; json: a complete backup')
            .choices(EXPORT_FORMATS)
            .default('md'),
        )
        .option('-o, --output <file>', 'write to a file instead of stdout')
        .action(act(async (ctx, options: { format: ExportFormat; output?: string }) => (await import('./commands/export.js')).exportCommand(ctx, options))),
  );

  define(
    'doctor',
    'where your data lives, whether it is sound, and how to recover if not (changes nothing)',
    ['roadmap doctor', 'roadmap doctor --json'],
    (command) =>
      command
        .option('--json', 'print one JSON document')
        .action(act(async (ctx, options: { json?: boolean }) => (await import('./commands/doctor.js')).doctor(ctx, options))),
  );

  define('import <backup>', 'restore a JSON backup into this database, merging (twice changes nothing)', ['roadmap import backup.json'], (command) =>
    command.action(act(async (ctx, file: string) => (await import('./commands/import.js')).importCommand(ctx, file))),
  );

  define(
    'completion <shell>',
    'print a completion script for bash, zsh or fish (nothing is installed for you)',
    [
      'source <(roadmap completion bash)      # in ~/.bashrc',
      'roadmap completion zsh > ~/.zfunc/_roadmap',
      'roadmap completion fish > ~/.config/fish/completions/roadmap.fish',
    ],
    (command) => command.action(act(async (ctx, shell: string) => (await import('./commands/completion.js')).completion(ctx, shell))),
  );

  const only = soleCommand(argv, new Set(definitions.map(([name]) => name)));
  for (const [name, add] of definitions) if (only === undefined || name === only) add();

  program
    .command('__complete', { hidden: true })
    .argument('[words...]')
    .action(
      act(async (ctx, words: string[]) => {
        const commands = program.commands
          .filter((command) => !command.name().startsWith('_'))
          .map((command) => ({
            name: command.name(),
            options: [...command.options.map((option) => option.long ?? option.short ?? ''), '--help'].filter(Boolean),
            argument: ARGUMENT_KINDS[command.name()] ?? 'none',
          }));
        const globalOptions = program.options.map((option) => option.long ?? option.short ?? '').filter(Boolean);
        await (await import('./commands/completion.js')).complete(ctx, commands, globalOptions, words);
      }),
    );

  return program;
}

const GLOBAL_OPTIONS_WITH_VALUE = new Set(['-r', '--roadmap', '--db']);

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
    else if (arg === '--no-color' || arg.startsWith('--roadmap=') || arg.startsWith('--db=')) continue;
    else if (arg.startsWith('-')) return undefined;
    else return names.has(arg) ? arg : undefined;
  }
  return undefined;
}

/** What each command's positional argument is, for completion. */
const ARGUMENT_KINDS: Record<string, CommandSpec['argument']> = {
  done: 'topic',
  start: 'topic',
  skip: 'topic',
  reset: 'topic',
  show: 'topic',
  note: 'topic',
  use: 'roadmap',
  refresh: 'roadmap',
  remove: 'roadmap',
  add: 'file',
  import: 'file',
  completion: 'shell',
};

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
