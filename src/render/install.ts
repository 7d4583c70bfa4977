/** What `add`, `add --dry-run` and `refresh` print about the tree they read. */
import type { Installed } from '../catalog/load.js';
import { plural } from '../roadmap/plural.js';
import { describeFound, shapeWarnings } from '../roadmap/shape-report.js';
import type { RoadmapIndex } from '../roadmap/tree-index.js';
import type { Roadmap } from '../roadmap/types.js';
import { keptStatuses } from './json-changes.js';
import { STATUS_WORDS } from './marks.js';
import type { Style } from './style.js';
import { sanitize } from './text.js';

/** What `add` and `refresh` say after storing a roadmap: its size, what it was read from, the progress kept. */
export function renderInstall(installed: Installed, added: boolean, style: Style): string {
  const { loaded } = installed;
  const title = `${style.bold(loaded.id)}: ${sanitize(loaded.roadmap.title)} (${describeTree(loaded.roadmap, loaded.index)})`;
  const lines = [added ? `Added ${title}` : `Updated ${title}`, ...treeWarnings(loaded.roadmap, style)];
  if (!added) {
    const kept = keptStatuses(installed);
    lines.push(
      `Progress kept for ${plural(kept, 'topic')}${installed.moves.length > 0 ? `, ${installed.moves.length} of them matched to a renamed or moved topic` : ''}.`,
    );
    for (const { topic, status, parts } of installed.splits.filter((split) => split.parts.length > 0)) {
      lines.push(
        `${sanitize(topic.title)} now has parts: ${plural(parts.length, 'part')} ${parts.length === 1 ? 'is' : 'are'} ${STATUS_WORDS[status]}, as it was.`,
      );
    }
    if (loaded.orphans.length > 0)
      lines.push(
        style.warn(
          `${plural(loaded.orphans.length, 'topic')} with progress no longer in the roadmap: kept as orphans (roadmap show --orphans -r ${loaded.id})`,
        ),
      );
  }
  lines.push(style.dim(`Work on it: roadmap use ${loaded.id}`));
  return `${lines.join('\n')}\n`;
}

/** The last lines of `add --dry-run`, under the tree. */
export function renderPreviewSummary(roadmap: Roadmap, index: RoadmapIndex, style: Style): string {
  const lines = [`Would add ${sanitize(roadmap.title)}: ${describeTree(roadmap, index)}. Nothing was stored.`, ...treeWarnings(roadmap, style)];
  return `${lines.join('\n')}\n`;
}

/** "12 topics in 4 sections, from 9 list items and 3 headings": what add and add --dry-run report. */
function describeTree(roadmap: Roadmap, index: RoadmapIndex): string {
  const sections = index.nodes.filter((node) => node.type === 'section').length;
  const found = describeFound(roadmap);
  return `${plural(index.leaves.length, 'topic')} in ${plural(sections, 'section')}${found === '' ? '' : `, ${found}`}`;
}

function treeWarnings(roadmap: Roadmap, style: Style): string[] {
  return shapeWarnings(roadmap).map((warning) => style.warn(sanitize(warning)));
}
