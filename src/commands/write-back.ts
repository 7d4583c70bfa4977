/** `roadmap write-back on|off [roadmap]`: tick the learner's own file's boxes as they mark topics, or stop. */
import { chooseRoadmapId } from '../catalog/load.js';
import { checkWriteBackable } from '../catalog/write-back.js';
import { UserError } from '../errors.js';
import { sanitize } from '../render/text.js';
import { writeBackChanges } from './active.js';
import type { Context } from './context.js';

export async function writeBackCommand(ctx: Context, state: string, roadmapId: string | undefined): Promise<void> {
  if (state !== 'on' && state !== 'off')
    throw new UserError(`write-back takes on or off, not '${sanitize(state)}'`, { hint: 'roadmap write-back on <roadmap>' });
  const store = await ctx.store();
  const { id } = chooseRoadmapId(store, roadmapId ?? ctx.options.roadmap);
  if (state === 'off') {
    store.write(() => store.setWriteBack(id, false));
    ctx.print(`Write-back is off for ${id}: its file is left as it is.\n`);
    return;
  }
  const file = checkWriteBackable(store, id);
  store.write(() => store.setWriteBack(id, true));
  ctx.print(`Write-back is on for ${id}: marking its topics ticks their boxes in ${sanitize(file)}.\n`);
  // The file brought in line with the progress there is now.
  await writeBackChanges(ctx, store, id, 'all');
}
