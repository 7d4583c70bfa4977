import { checkRoadmapId, chooseRoadmapId, loadRoadmap, roadmapIds } from '../catalog/load.js';
import { UserError } from '../errors.js';
import { sanitize } from '../render/text.js';
import { type CommandSpec, completeWords, completionScript, SHELLS, type Shell } from '../ui/completion.js';
import type { Context } from './context.js';

/** `roadmap completion <shell>`: the script, to stdout; roadmap never edits a shell's startup files. */
export async function completion(ctx: Context, shell: string): Promise<void> {
  if (!(SHELLS as readonly string[]).includes(shell)) throw new UserError(`no completion for '${shell}'`, { hint: `roadmap completion ${SHELLS.join('|')}` });
  ctx.print(completionScript(shell as Shell));
}

/** `roadmap __complete -- <words>`: what the shell scripts call on TAB. Never fails loudly, never colours. */
export async function complete(ctx: Context, commands: readonly CommandSpec[], globalOptions: readonly string[], words: readonly string[]): Promise<void> {
  const candidates = await completeWords(commands, globalOptions, words, {
    roadmapIds: async () => roadmapIds(await ctx.store()),
    topicIds: async (roadmap) => {
      const store = await ctx.store();
      const id = roadmap === undefined ? chooseRoadmapId(store, undefined).id : checkRoadmapId(store, roadmap);
      return (await loadRoadmap(store, id, ctx.now())).index.nodes.map((node) => node.shortId);
    },
  }).catch(() => []);
  if (candidates.length > 0) ctx.print(`${candidates.map(sanitize).join('\n')}\n`);
}
