/**
 * Every command, declared once: its usage, summary, what its argument is, its options (with their
 * value names, choices and defaults), its examples, and what runs it. commander's program and its
 * help (cli.ts), shell completion (completion.ts) and the one-command fast path (cli.ts's
 * soleCommand) are all derived from these lists. Each command's code is loaded only when it runs.
 */

import { CARD_THEMES } from '../render/card.js';
import { RATINGS } from '../store/records.js';
import type { ValueKind } from '../ui/completion.js';
import type { Context } from './context.js';
import { EXPORT_FORMATS } from './export-formats.js';

export interface OptionDeclaration {
  /** As commander takes them: "-n, --count <n>", "--json", "--no-color". */
  flags: string;
  description: string;
  choices?: readonly string[];
  /** The value when the option is not given. */
  default?: string;
  /** A default shown in help that the command applies itself. */
  shownDefault?: string;
  /** What the value names (a roadmap id for -r). */
  value?: ValueKind;
}

export interface CommandDeclaration {
  /** The name and its arguments: "done [topic...]", "note <topic> [text...]". */
  usage: string;
  summary: string;
  /** What the (first) positional argument is. */
  argument: ValueKind;
  options: readonly OptionDeclaration[];
  examples: readonly string[];
  /** More help, after the examples. */
  help?: string;
  /**
   * The positional arguments as commander parsed them (a variadic one as an array), then the
   * options. Their types are what this declaration says (`never`: each command's own option type
   * takes them as declared here).
   */
  run: (ctx: Context, args: readonly unknown[], options: Record<string, never>) => Promise<void>;
}

export const GLOBAL_OPTIONS: readonly OptionDeclaration[] = [
  { flags: '-r, --roadmap <id>', description: 'work on this roadmap instead of the active one', value: 'roadmap' },
  { flags: '--db <file>', description: 'use this database file (default: $ROADMAP_DB, $ROADMAP_HOME/roadmap.db, or the data directory)', value: 'file' },
  { flags: '--no-color', description: 'no colour in the output (also NO_COLOR=1)' },
];

/** The examples of `roadmap --help`, each with what it does. */
export const PROGRAM_EXAMPLES: readonly (readonly [example: string, meaning: string])[] = [
  ['roadmap status', 'where am I: progress per phase'],
  ['roadmap next', 'what to study next, and why'],
  ['roadmap done goroutines', 'mark a topic done (id, title, part of a title, or path)'],
  ['roadmap done "Phase 2/Context"', 'a path disambiguates'],
  ['roadmap list', 'the roadmaps there are'],
  ['roadmap use go-backend-cloud', 'switch roadmaps'],
  ['roadmap status --json | jq .percent', ''],
];

const JSON_OPTION: OptionDeclaration = { flags: '--json', description: 'print one JSON document' };
/** For a command that changes something: what it changed, as JSON. */
const CHANGED_JSON: OptionDeclaration = { flags: '--json', description: 'print what changed as one JSON document' };

const MARK_HELP =
  'A section or parent topic applies to every topic below it. With no topic, on a terminal,\na prompt lets you search and pick; elsewhere a topic is required.';

function mark(
  name: 'done' | 'start' | 'skip' | 'reset',
  summary: string,
  examples: readonly string[],
  options: readonly OptionDeclaration[] = [],
): CommandDeclaration {
  return {
    usage: `${name} [topic...]`,
    summary,
    argument: 'topic',
    options: [...options, CHANGED_JSON],
    examples: [...examples, `roadmap ${name}    (on a terminal: search and pick)`],
    help: MARK_HELP,
    run: async (ctx, [topics], options) => (await import('./mark.js')).mark(ctx, name, topics as string[], options),
  };
}

export const COMMANDS: readonly CommandDeclaration[] = [
  {
    usage: 'status',
    summary: 'show progress per section, as a tree of bars',
    argument: 'none',
    options: [JSON_OPTION, { flags: '-t, --topics', description: 'list every topic with its id under its section' }],
    examples: ['roadmap status', 'roadmap status --topics', 'roadmap status -r backend-mastery --json'],
    run: async (ctx, _args, options) => (await import('./status.js')).status(ctx, options),
  },
  mark(
    'done',
    'mark topics done',
    ['roadmap done goroutines', 'roadmap done "Phase 2/Context" "Unit Testing"', 'roadmap done docker --everywhere'],
    [{ flags: '--everywhere', description: 'also mark the same skill done in your other roadmaps (on a terminal you are asked)' }],
  ),
  mark('start', 'mark topics in progress', ['roadmap start "Phase 2/Context"']),
  mark(
    'skip',
    'skip topics (complete, but not learned)',
    ['roadmap skip mqtt --reason "not for my job"', 'roadmap skip "Cloud/Phase 3"'],
    [{ flags: '--reason <text>', description: 'why you skip it (shown in show and log)' }],
  ),
  mark('reset', 'set topics back to to-do', ['roadmap reset goroutines', 'roadmap reset "Phase 1: Fundamentals"']),
  {
    usage: 'next',
    summary: 'what to study next, with where it sits and why',
    argument: 'none',
    options: [
      { flags: '-n, --count <n>', description: 'how many suggestions', shownDefault: '5' },
      { flags: '--explain', description: 'show each score as its terms: value × weight' },
      { flags: '--json', description: 'print one JSON document (with scores and terms)' },
    ],
    examples: ['roadmap next', 'roadmap next -n 10', 'roadmap next --explain', 'roadmap next --json'],
    run: async (ctx, _args, options) => (await import('./next.js')).next(ctx, options),
  },
  {
    usage: 'show [topic]',
    summary: 'everything about one topic or section: status, description, resources, notes (no topic: the roadmap and where it came from)',
    argument: 'topic',
    options: [JSON_OPTION, { flags: '--orphans', description: 'list progress kept for topics a new version of the roadmap no longer has' }],
    examples: ['roadmap show goroutines', 'roadmap show "Phase 1: Fundamentals" --json', 'roadmap show', 'roadmap show --orphans'],
    run: async (ctx, [topic], options) => (await import('./show.js')).show(ctx, topic as string | undefined, options),
  },
  {
    usage: 'note <topic> [text...]',
    summary: 'add a dated note to a topic (no text: write it in $EDITOR); --edit or --delete one',
    argument: 'topic',
    options: [
      { flags: '--edit [n]', description: 'replace note n (as show numbers them; the only one when there is one) with the text, or in $EDITOR' },
      { flags: '--delete [n]', description: 'remove note n (the only one when there is one); undo brings it back' },
      CHANGED_JSON,
    ],
    examples: [
      'roadmap note goroutines "use errgroup for fan-out"',
      'roadmap note goroutines    (on a terminal: write it in $EDITOR)',
      'roadmap note goroutines --edit 1 "use errgroup, not WaitGroup"',
      'roadmap note goroutines --delete 1',
    ],
    run: async (ctx, [topic, words], options) => (await import('./note.js')).note(ctx, topic as string, words as string[], options),
  },
  {
    usage: 'review [topic...]',
    summary: 'review the topics you learned as they come due (spaced repetition)',
    argument: 'topic',
    options: [
      { flags: '--rating <rating>', description: 'how well you remember the topics named', choices: RATINGS },
      { flags: '--off', description: 'turn reviews off for this roadmap (nothing is scheduled)' },
      { flags: '--on', description: 'turn reviews back on' },
      JSON_OPTION,
    ],
    examples: ['roadmap review', 'roadmap review unit-testing --rating good', 'roadmap review --json', 'roadmap review --off', 'roadmap review --on'],
    help: 'With no topic it lists the topics due, the longest due first; on a terminal it then asks about\neach in turn. A topic marked done is first due 3 days later; each rating sets the next review.',
    run: async (ctx, [topics], options) => (await import('./review.js')).review(ctx, topics as string[], options),
  },
  {
    usage: 'undo',
    summary: 'revert everything the last changing command did (repeat for the one before)',
    argument: 'none',
    options: [CHANGED_JSON],
    examples: ['roadmap undo', 'roadmap undo --json'],
    run: async (ctx, _args, options) => (await import('./undo.js')).undo(ctx, options),
  },
  {
    usage: 'log',
    summary: 'the history of changes: when, which topic, from and to',
    argument: 'none',
    options: [
      { flags: '--since <date>', description: 'only changes since a date (2026-11-01), a date-time, or a span (7d, 2w)' },
      { flags: '-n, --count <n>', description: 'at most this many (default 20)' },
      { flags: '--json', description: 'print one JSON document (all changes unless -n)' },
    ],
    examples: ['roadmap log', 'roadmap log --since 2026-11-01', 'roadmap log --since 7d -n 50 --json'],
    run: async (ctx, _args, options) => (await import('./log.js')).log(ctx, options),
  },
  {
    usage: 'list',
    summary: 'the roadmaps there are, with your progress; * marks the active one',
    argument: 'none',
    options: [JSON_OPTION],
    examples: ['roadmap list', 'roadmap list --json'],
    run: async (ctx, _args, options) => (await import('./list.js')).list(ctx, options),
  },
  {
    usage: 'use <roadmap>',
    summary: 'choose the roadmap the other commands work on (and record when you started it)',
    argument: 'roadmap',
    options: [{ flags: '--since <date>', description: 'the day you started it, for its schedule (default: now, or your first change)' }, CHANGED_JSON],
    examples: ['roadmap use go-backend-cloud', 'roadmap use go-backend-6-weeks --since 2026-11-02'],
    run: async (ctx, [roadmap], options) => (await import('./use.js')).use(ctx, roadmap as string, options),
  },
  {
    usage: 'stats',
    summary: 'pace, streaks, estimated finish dates, and how you stand against the roadmap’s schedule',
    argument: 'none',
    options: [JSON_OPTION],
    examples: ['roadmap stats', 'roadmap stats --json'],
    run: async (ctx, _args, options) => (await import('./stats.js')).stats(ctx, options),
  },
  {
    usage: 'add <file>',
    summary: 'make a markdown file your own roadmap (again: update it, keeping progress); - reads stdin',
    argument: 'file',
    options: [
      { flags: '--id <id>', description: 'the roadmap id (default: from the file name)' },
      { flags: '--max-size <MiB>', description: 'read files up to this size (default 5)' },
      { flags: '--dry-run', description: 'print the tree it would store (as status --topics), and store nothing' },
      { flags: '--write-back', description: 'tick the file’s own - [ ] boxes as you mark topics (see write-back)' },
      CHANGED_JSON,
    ],
    examples: [
      'roadmap add ~/notes/rust.md',
      'roadmap add course.md --id rust-course',
      'roadmap add course.md --dry-run',
      'roadmap add ~/notes/rust.md --write-back',
      'curl -s https://example.com/roadmap.md | roadmap add - --id web',
    ],
    run: async (ctx, [file], options) => (await import('./add.js')).add(ctx, file as string, options),
  },
  {
    usage: 'write-back <on|off> [roadmap]',
    summary: 'tick (or stop ticking) the - [ ] boxes of your own roadmap file as you mark its topics',
    argument: 'none',
    options: [],
    examples: ['roadmap write-back on rust', 'roadmap write-back off rust'],
    help: 'On, each done ticks the topic’s box in the file ([ ] → [x]) and reset or undo clears it; only that\ncharacter changes. Turning it on ticks the boxes of every topic done now.',
    run: async (ctx, [state, roadmap], _options) => (await import('./write-back.js')).writeBackCommand(ctx, state as string, roadmap as string | undefined),
  },
  {
    usage: 'refresh [roadmap]',
    summary: 'read a roadmap’s markdown again, keeping progress (renamed topics are matched)',
    argument: 'roadmap',
    options: [CHANGED_JSON],
    examples: ['roadmap refresh', 'roadmap refresh rust-course'],
    run: async (ctx, [roadmap], options) => (await import('./refresh.js')).refresh(ctx, roadmap as string | undefined, options),
  },
  {
    usage: 'remove <roadmap>',
    summary: 'remove a roadmap and its progress (asks first; --force when not at a terminal)',
    argument: 'roadmap',
    options: [{ flags: '-f, --force', description: 'do not ask' }, CHANGED_JSON],
    examples: ['roadmap remove rust-course    (on a terminal: asks first)', 'roadmap remove rust-course --force'],
    run: async (ctx, [roadmap], options) => (await import('./remove.js')).remove(ctx, roadmap as string, options),
  },
  {
    usage: 'export',
    summary: 'the roadmap as a markdown checklist or a progress page to share, or everything as a JSON backup',
    argument: 'none',
    options: [
      {
        flags: '--format <format>',
        description: 'md: the roadmap with - [x] for done; html: a self-contained progress page; svg: a progress card for a README; json: a complete backup',
        choices: EXPORT_FORMATS,
        default: 'md',
      },
      { flags: '-o, --output <file>', description: 'write to a file instead of stdout', value: 'file' },
      { flags: '--theme <theme>', description: 'the svg card’s colours', choices: CARD_THEMES, shownDefault: 'light' },
    ],
    examples: [
      'roadmap export > progress.md',
      'roadmap export --format html -o progress.html',
      'roadmap export --format svg -o progress.svg',
      'roadmap export --format svg --theme dark -o progress-dark.svg',
      'roadmap export --format json -o backup.json',
    ],
    run: async (ctx, _args, options) => (await import('./export.js')).exportCommand(ctx, { format: 'md', ...options }),
  },
  {
    usage: 'doctor',
    summary: 'where your data lives, whether it is sound, and how to recover if not (changes nothing)',
    argument: 'none',
    options: [JSON_OPTION],
    examples: ['roadmap doctor', 'roadmap doctor --json'],
    run: async (ctx, _args, options) => (await import('./doctor.js')).doctor(ctx, options),
  },
  {
    usage: 'import <backup>',
    summary: 'restore a JSON backup into this database, merging (twice changes nothing)',
    argument: 'file',
    options: [CHANGED_JSON],
    examples: ['roadmap import backup.json'],
    run: async (ctx, [file], options) => (await import('./import.js')).importCommand(ctx, file as string, options),
  },
  {
    usage: 'completion <shell>',
    summary: 'print a completion script for bash, zsh or fish (nothing is installed for you)',
    argument: 'shell',
    options: [],
    examples: [
      'source <(roadmap completion bash)      # in ~/.bashrc',
      'roadmap completion zsh > ~/.zfunc/_roadmap',
      'roadmap completion fish > ~/.config/fish/completions/roadmap.fish',
    ],
    run: async (ctx, [shell]) => (await import('./completion.js')).completion(ctx, shell as string),
  },
];

export function commandName(command: CommandDeclaration): string {
  return command.usage.split(' ')[0];
}

/** An option's flags apart: "-n, --count <n>" → ["-n", "--count"], and whether it takes a value. */
export function optionNames(option: OptionDeclaration): { names: string[]; takesValue: boolean } {
  const names = option.flags.split(/[ ,]+/).filter((part) => part.startsWith('-'));
  return { names, takesValue: /[<[]/.test(option.flags) };
}
