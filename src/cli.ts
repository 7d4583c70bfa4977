/** The shell: argv → one command → an exit code. The one place errors become messages and codes. */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import { EXIT, UserError } from './errors.js';
import { createStyle, decideColorLevel, detectedLevel, type Style } from './render/style.js';
import { sanitize } from './render/text.js';
import { storeErrorToUserError } from './store/errors.js';
import { createContext, type Context, type GlobalOptions, type Io } from './commands/context.js';

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const EXAMPLES = `
Examples:
  $ roadmap status                  where am I: progress per phase
  $ roadmap next                    what to study next, and why
  $ roadmap done goroutines         mark a topic done (id, title, part of a title, or path)
  $ roadmap done "Phase 1/Context"  a path disambiguates
  $ roadmap list                    the roadmaps there are
  $ roadmap use go-backend-cloud    switch roadmaps
  $ roadmap status --json | jq .percent

Exit codes: 0 ok, 64 usage, 65 bad data, 66 missing file, 73 cannot write, 74 I/O error, 75 busy.
More: see README.md`;

type Run = (ctx: Context) => Promise<void>;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const noColorFlag = argv.includes('--no-color');
  const style = createStyle(decideColorLevel({ detected: detectedLevel('stdout'), env: io.env, noColorFlag }));
  const errStyle = createStyle(decideColorLevel({ detected: detectedLevel('stderr'), env: io.env, noColorFlag }));
  let pending: { run: Run; options: GlobalOptions } | undefined;
  const schedule = (options: GlobalOptions, run: Run) => {
    pending = { run, options };
  };

  const program = buildProgram(schedule, io, errStyle);
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
    return EXIT.ok;
  } catch (error) {
    return report(error, ctx, errStyle);
  } finally {
    ctx.close();
  }
}

function buildProgram(schedule: (options: GlobalOptions, run: Run) => void, io: Io, errStyle: Style): Command {
  // Set before any subcommand is added: subcommands copy these settings when they are created.
  const program = new Command('roadmap')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(errStyle.error(text)),
    })
    .description('Track your progress through a learning roadmap.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpCommand('help [command]', 'show help for a command')
    .option('-r, --roadmap <id>', 'work on this roadmap instead of the active one')
    .option('--db <file>', 'use this database file (default: $ROADMAP_DB, $ROADMAP_HOME/roadmap.db, or the data directory)')
    .option('--no-color', 'no colour in the output (also NO_COLOR=1)')
    .showSuggestionAfterError(true)
    .addHelpText('after', EXAMPLES);

  const globals = (command: Command) => command.optsWithGlobals() as GlobalOptions;

  program
    .command('status')
    .description('show progress per section, as a tree of bars')
    .option('--json', 'print one JSON document')
    .option('-t, --topics', 'list every topic with its id under its section')
    .addHelpText('after', '\nExamples:\n  $ roadmap status\n  $ roadmap status --topics\n  $ roadmap status -r backend-mastery --json')
    .action((options: { json?: boolean; topics?: boolean }, command: Command) =>
      schedule(globals(command), async (ctx) => (await import('./commands/status.js')).status(ctx, options)),
    );

  program
    .command('done')
    .description('mark topics done (a section or parent topic marks all below it)')
    .argument('<topic...>', 'id, title, part of a title, or path like "Phase 1/Goroutines"')
    .addHelpText('after', '\nExamples:\n  $ roadmap done goroutines\n  $ roadmap done "Phase 2/Context" "Unit Testing"\n  $ roadmap done backend-engineering-roadmap/phase-1-fundamentals')
    .action((topics: string[], _options: unknown, command: Command) =>
      schedule(globals(command), async (ctx) => (await import('./commands/done.js')).done(ctx, topics)),
    );

  program
    .command('next')
    .description('what to study next, with where it sits and why')
    .addOption(new Option('-n, --count <n>', 'how many suggestions').default(undefined, '5'))
    .option('--json', 'print one JSON document')
    .addHelpText('after', '\nExamples:\n  $ roadmap next\n  $ roadmap next -n 10\n  $ roadmap next --json')
    .action((options: { json?: boolean; count?: string }, command: Command) =>
      schedule(globals(command), async (ctx) => (await import('./commands/next.js')).next(ctx, options)),
    );

  program
    .command('list')
    .description('the roadmaps there are, with your progress; * marks the active one')
    .option('--json', 'print one JSON document')
    .addHelpText('after', '\nExamples:\n  $ roadmap list\n  $ roadmap list --json')
    .action((options: { json?: boolean }, command: Command) =>
      schedule(globals(command), async (ctx) => (await import('./commands/list.js')).list(ctx, options)),
    );

  program
    .command('use')
    .description('choose the roadmap the other commands work on')
    .argument('<roadmap>', 'a roadmap id from `roadmap list`')
    .addHelpText('after', '\nExamples:\n  $ roadmap use go-backend-cloud')
    .action((roadmap: string, _options: unknown, command: Command) =>
      schedule(globals(command), async (ctx) => (await import('./commands/use.js')).use(ctx, roadmap)),
    );

  return program;
}

/** Commander's own outcomes: help and version are successes, everything else is a usage error. */
function commanderExitCode(error: CommanderError): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
  if (error.code === 'commander.help' || error.code === 'commander.executeSubCommandAsync') return EXIT.usage;
  return EXIT.usage;
}

function report(error: unknown, ctx: Context, style: Style): number {
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
  return main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    env: process.env,
    platform: process.platform,
    homedir: os.homedir(),
  });
}
