/** Prompts: the only module that loads inquirer. They draw on stderr, so stdout stays clean. */
import { confirm, search } from '@inquirer/prompts';
import { sanitize } from '../render/text.js';
import { foldForMatch } from '../roadmap/ids.js';
import { plural } from '../roadmap/plural.js';
import { type StatusMap, statusOf } from '../roadmap/progress.js';
import type { IndexedNode, RoadmapIndex } from '../roadmap/tree-index.js';
import type { Status } from '../roadmap/types.js';

const FINISH = '\u0000finish';
const PAGE_SIZE = 12;

/**
 * Search and pick topics one after another; "Finish" ends. Only topics the verb would change are
 * offered (done picks from those not done, and so on). Ctrl-C rejects with ExitPromptError.
 */
export async function pickTopics(index: RoadmapIndex, statuses: StatusMap, verb: string, to: Status): Promise<IndexedNode[]> {
  const candidates = index.leaves.filter((leaf) => statusOf(statuses, leaf.id) !== to);
  const picked: IndexedNode[] = [];
  for (;;) {
    const open = candidates.filter((leaf) => !picked.includes(leaf));
    const value = await search<string>(
      {
        message: picked.length === 0 ? `Topic to ${verb} (type to search)` : `Picked ${picked.length}. Another topic to ${verb}, or Finish`,
        pageSize: PAGE_SIZE,
        source: (term) => {
          const folded = foldForMatch(term ?? '');
          const matches = open.filter((leaf) => folded === '' || foldForMatch([...leaf.path, leaf.title].join(' ')).includes(folded));
          const finish = { name: picked.length === 0 ? 'Cancel' : `Finish: ${verb} ${plural(picked.length, 'topic')}`, value: FINISH };
          const choices = matches.map((leaf) => ({ name: sanitize(leaf.title), value: leaf.id, description: sanitize(leaf.path.join(' › ')) }));
          // With picks made and nothing typed, Finish comes first; while searching, the matches do.
          return picked.length > 0 && folded === '' ? [finish, ...choices] : [...choices, finish];
        },
      },
      { output: process.stderr },
    );
    if (value === FINISH) return picked;
    picked.push(index.byId.get(value)!);
    if (picked.length === candidates.length) return picked;
  }
}

export async function confirmRemoval(message: string): Promise<boolean> {
  return confirm({ message, default: false }, { output: process.stderr });
}

/** Asked after `done` on a terminal when the same skill is in other roadmaps. */
export async function confirmAlso(places: readonly string[]): Promise<boolean> {
  const list = places.map((place) => `  ${sanitize(place)}`).join('\n');
  return confirm({ message: `The same skill is in other roadmaps:\n${list}\nMark it done there too?`, default: false }, { output: process.stderr });
}
