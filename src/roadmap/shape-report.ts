/** What `add` and `refresh` say about the tree they read: how it was found, and when it looks wrong. */
import { isIntroTitle, isMetaTitle, isResourcesTitle } from './section-roles.js';
import { hasLeaves, leafCount } from './section-shape.js';
import { type Roadmap, type Section, UNIT_KINDS, type UnitKind } from './types.js';

const KIND_WORDS: Record<UnitKind, [one: string, many: string]> = {
  list: ['list item', 'list items'],
  table: ['table row', 'table rows'],
  link: ['line of links', 'lines of links'],
  heading: ['heading', 'headings'],
  node: ['roadmap.sh node', 'roadmap.sh nodes'],
};

/** "from 120 list items, 20 table rows and 3 headings" (empty for a tree stored before this was counted). */
export function describeFound(roadmap: Roadmap): string {
  const units = roadmap.found?.units;
  if (!units) return '';
  const parts = UNIT_KINDS.filter((kind) => (units[kind] ?? 0) > 0).map((kind) => `${units[kind]} ${KIND_WORDS[kind][units[kind] === 1 ? 0 : 1]}`);
  if (parts.length === 0) return '';
  return `from ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`}`;
}

/** Signs that the file was not read as its author meant, each with what the learner can do. */
export function shapeWarnings(roadmap: Roadmap): string[] {
  const warnings: string[] = [];
  const sections: Section[] = [];
  const visit = (list: readonly Section[]) => {
    for (const section of list) {
      sections.push(section);
      visit(section.sections);
    }
  };
  visit(roadmap.sections);
  const total = leafCount(roadmap);
  const holding = sections.filter((section) => section.sections.length === 0 && hasLeaves(section));
  const aside = (title: string) => isMetaTitle(title) || isIntroTitle(title) || isResourcesTitle(title);
  const empty = sections.filter(
    (section) => section.sections.length === 0 && !hasLeaves(section) && section.description !== undefined && !aside(section.title),
  );
  if (empty.length >= 4 && empty.length > holding.length) {
    warnings.push(
      `${empty.length} of ${empty.length + holding.length} sections hold no topics (only prose): check with roadmap status --topics that nothing you meant to track is missing`,
    );
  }
  if (total >= 10 && holding.length === 1 && roadmap.topics.length === 0 && sections.length > 1) {
    warnings.push(
      `all ${total} topics are in one section, "${holding[0].title}": status will show one bar; roadmap add --dry-run shows the tree before you add a file`,
    );
  }
  for (const table of roadmap.found?.skippedTables ?? []) warnings.push(`a table in "${table.section}" was not read: ${table.reason}`);
  return warnings;
}
