/** Prompts: the only module that loads inquirer. They draw on stderr, so stdout stays clean. */
import { confirm, search, select } from '@inquirer/prompts';
import { sanitize } from '../render/text.js';
import { foldForMatch } from '../roadmap/ids.js';
import { plural } from '../roadmap/plural.js';
import { type StatusMap, statusOf } from '../roadmap/progress.js';
import type { IndexedNode, RoadmapIndex } from '../roadmap/tree-index.js';
import type { Status } from '../roadmap/types.js';
import { RATINGS, type Rating } from '../store/records.js';

const FINISH = '\u0000finish';
const PAGE_SIZE = 12;

/**
 * Search and pick topics one after another; "Finish" ends. Only topics the verb would change are
 * offered (done picks from those not done, and so on). Ctrl-C rejects with ExitPromptError.
 */
export async function pickTopics(index: RoadmapIndex, statuses: StatusMap, verb: string, to: Status): Promise<IndexedNode[]> {
  const candidates = promptCandidates(index, statuses, to);
  const action = verb === 'done' ? 'mark done' : verb;
  const finishing = (n: number) => (verb === 'done' ? `mark ${plural(n, 'topic')} done` : `${verb} ${plural(n, 'topic')}`);
  const picked: IndexedNode[] = [];
  for (;;) {
    const open = candidates.filter((leaf) => !picked.includes(leaf));
    const value = await search<string>(
      {
        message: picked.length === 0 ? `Topic to ${action} (type to search)` : `Picked ${picked.length}. Another topic to ${action}, or Finish`,
        pageSize: PAGE_SIZE,
        source: (term) => {
          const folded = foldForMatch(term ?? '');
          const matches = open.filter((leaf) => folded === '' || foldForMatch([...leaf.path, leaf.title].join(' ')).includes(folded));
          const finish = { name: picked.length === 0 ? 'Cancel' : `Finish: ${finishing(picked.length)}`, value: FINISH };
          const choices = matches.map((leaf) => ({ name: sanitize(leaf.title), value: leaf.id, description: sanitize(leaf.path.join(' › ')) }));
          // With picks made and nothing typed, Finish comes first; while searching, the matches do.
          return picked.length > 0 && folded === '' ? [finish, ...choices] : [...choices, finish];
        },
      },
      // Cleared when it ends, Ctrl-C included: no list is left on screen above the outcome.
      { output: process.stderr, clearPromptOnDone: true },
    );
    if (value === FINISH) return picked;
    picked.push(index.byId.get(value)!);
    if (picked.length === candidates.length) return picked;
  }
}

const RATING_WORDS: Record<Rating, string> = {
  again: 'Again: I had forgotten it',
  hard: 'Hard: I remembered it with effort',
  good: 'Good: I remembered it',
  easy: 'Easy: I knew it at once',
};

/** How well the learner remembers a topic under review; 'stop' ends the reviews for now. */
export async function askRating(title: string, where: string, progress: string): Promise<Rating | 'stop'> {
  const choices = [...RATINGS.map((rating) => ({ name: RATING_WORDS[rating], value: rating })), { name: 'Stop reviewing for now', value: 'stop' as const }];
  const place = where ? ` (${sanitize(where)})` : '';
  return select<Rating | 'stop'>(
    { message: `${progress} How well do you remember ${sanitize(title)}${place}?`, choices, default: 'good' },
    { output: process.stderr },
  );
}

export async function confirmRemoval(message: string): Promise<boolean> {
  return confirm({ message, default: false }, { output: process.stderr });
}

/** Asked after `done` on a terminal when the same skill is in other roadmaps. */
export async function confirmAlso(places: readonly string[]): Promise<boolean> {
  const list = places.map((place) => `  ${sanitize(place)}`).join('\n');
  return confirm({ message: `The same skill is in other roadmaps:\n${list}\nMark it done there too?`, default: false }, { output: process.stderr });
}

/** What the command would change, open topics (to do, in progress) first, each group in document order. */
export function promptCandidates(index: RoadmapIndex, statuses: StatusMap, to: Status): IndexedNode[] {
  const changeable = index.leaves.filter((leaf) => statusOf(statuses, leaf.id) !== to);
  const isOpen = (leaf: IndexedNode) => ['todo', 'doing'].includes(statusOf(statuses, leaf.id));
  return [...changeable.filter(isOpen), ...changeable.filter((leaf) => !isOpen(leaf))];
}
