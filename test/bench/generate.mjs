// Synthetic roadmaps for the benchmark: headings (phases and modules), task items nested three deep,
// links, and prose, with exactly `topics` leaf topics.
export function generateRoadmap(topics) {
  const lines = [`# Synthetic roadmap of ${topics} topics`, '', 'Generated for `npm run bench`.', ''];
  let made = 0;
  for (let phase = 1; made < topics; phase++) {
    lines.push(`## Phase ${phase}: Stage ${phase}`, '', `Phase ${phase} builds on the one before.`, '');
    for (let module = 1; module <= 10 && made < topics; module++) {
      lines.push(`### Module ${phase}.${module}`, '', '**Learn:**', '');
      for (let group = 1; group <= 5 && made < topics; group++) {
        lines.push(`- [ ] Group ${phase}.${module}.${group} of **related** ideas`);
        for (let item = 1; item <= 2 && made < topics; item++) {
          lines.push(`  - [ ] Item ${phase}.${module}.${group}.${item} with \`code\``);
          for (let leaf = 1; leaf <= 2 && made < topics; leaf++) {
            made++;
            lines.push(`    - [ ] [Leaf topic ${made}](https://example.com/topics/${made})`);
          }
        }
      }
      lines.push('', '**Resources:**', '', `- [Reading for module ${phase}.${module}](https://example.com/read/${phase}/${module})`, '');
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A roadmap.sh diagram: `topics` topics down the main path, `subtopics` in stacks of six beside
 * them, and `lines` drawn as vertical nodes (at the bound, they are what costs: each is compared
 * with every box).
 */
export function generateDiagram({ topics, subtopics, lines }) {
  const nodes = [];
  const node = (id, type, x, y, width = 150, height = 49) => nodes.push({ id, type, position: { x, y }, measured: { width, height }, data: { label: id } });
  for (let i = 0; i < topics; i++) node(`topic ${i}`, 'topic', 0, i * 400, 200);
  for (let i = 0; i < subtopics; i++) node(`subtopic ${i}`, 'subtopic', 300 + (i % 2) * 160, Math.floor(i / 12) * 400 + (i % 6) * 53);
  for (let i = 0; i < lines; i++) node(`line ${i}`, 'vertical', 90, i * 7, 21, 100);
  return JSON.stringify({ title: 'Generated diagram', nodes, edges: [] });
}
