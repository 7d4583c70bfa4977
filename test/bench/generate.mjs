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
