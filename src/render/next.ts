/** `roadmap next` for people: numbered suggestions with their place in the tree and why. */
import type { Suggestion } from '../roadmap/next.js';
import type { Style } from './style.js';
import { sanitize, truncate, width } from './text.js';

export function renderNext(roadmap: { id: string; title: string }, suggestions: readonly Suggestion[], style: Style, columns: number | undefined): string {
  if (suggestions.length === 0) {
    return `${style.done('✔')} Everything in ${sanitize(roadmap.title)} is done. Well done!\n`;
  }
  const fit = (text: string, indent: number) => (columns === undefined ? text : truncate(text, columns - indent));
  const lines = [`${style.bold('Next')} in ${fit(sanitize(roadmap.title), 9)}:`, ''];
  suggestions.forEach(({ node, reason }, i) => {
    const number = `${i + 1}.`.padEnd(3);
    const project = node.kind === 'project' ? style.accent(' [project]') : '';
    lines.push(`${number} ${style.bold(fit(sanitize(node.title), 4 + (project ? 10 : 0)))}${project}`);
    lines.push(`    ${style.dim(fit(sanitize(node.path.join(' › ')), 4))}`);
    const id = fit(sanitize(node.shortId), 7);
    const room = columns === undefined ? Infinity : columns - 7 - width(id) - 3;
    lines.push(`    id ${style.accent(id)}${room >= 8 ? ` · ${truncate(sanitize(reason), room)}` : ''}`);
  });
  lines.push('', style.dim(`Done with one? roadmap done <id>`));
  return `${lines.join('\n')}\n`;
}
