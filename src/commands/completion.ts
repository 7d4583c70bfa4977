import { checkRoadmapId, chooseRoadmapId, loadRoadmap, roadmapIds } from '../catalog/load.js';
import { UserError } from '../errors.js';
import { sanitize } from '../render/text.js';
import { type CompletionSurface, completeWords, completionScript, SHELLS, type Shell, type ValueKind } from '../ui/completion.js';
import type { Context } from './context.js';
import { COMMANDS, commandName, GLOBAL_OPTIONS, type OptionDeclaration, optionNames } from './declarations.js';

/** `roadmap completion <shell>`: the script, to stdout; roadmap never edits a shell's startup files. */
export async function completion(ctx: Context, shell: string): Promise<void> {
  if (!(SHELLS as readonly string[]).includes(shell)) {
    const meant = SHELLS.find((known) => shell !== '' && (known.startsWith(shell) || shell.startsWith(known)));
    throw new UserError(`no completion for '${sanitize(shell)}'${meant ? `; did you mean ${meant}?` : ''}`, { hint: `roadmap completion ${SHELLS.join('|')}` });
  }
  ctx.print(completionScript(shell as Shell));
}

/** `roadmap __complete -- <words>`: what the shell scripts call on TAB. Never fails loudly, never colours. */
export async function complete(ctx: Context, words: readonly string[]): Promise<void> {
  const candidates = await completeWords(completionSurface(), words, {
    roadmapIds: async () => roadmapIds(await ctx.store()),
    topicIds: async (roadmap) => {
      const store = await ctx.store();
      const id = roadmap === undefined ? chooseRoadmapId(store, undefined).id : checkRoadmapId(store, roadmap);
      return (await loadRoadmap(store, id, ctx.now())).index.nodes.map((node) => node.shortId);
    },
  }).catch(() => []);
  if (candidates.length > 0) ctx.print(`${candidates.map(sanitize).join('\n')}\n`);
}

/** What completion knows of the command line: all of it from the commands' declarations. */
export function completionSurface(): CompletionSurface {
  const names = (options: readonly OptionDeclaration[]) => options.flatMap((option) => optionNames(option).names.filter((name) => name.startsWith('--')));
  const values = new Map<string, { kind: ValueKind; choices?: readonly string[] }>();
  for (const option of [...GLOBAL_OPTIONS, ...COMMANDS.flatMap((command) => command.options)]) {
    const { names: flags, takesValue } = optionNames(option);
    if (!takesValue) continue;
    for (const flag of flags) values.set(flag, { kind: option.value ?? 'none', ...(option.choices ? { choices: option.choices } : {}) });
  }
  return {
    commands: COMMANDS.map((command) => ({ name: commandName(command), options: [...names(command.options), '--help'], argument: command.argument })),
    globalOptions: names(GLOBAL_OPTIONS),
    values,
  };
}
