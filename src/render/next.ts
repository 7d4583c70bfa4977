/** `roadmap next` for people: numbered suggestions with their place in the tree and why. */
import type { Suggestion } from '../roadmap/next.js';
import { SIGNAL_NAMES } from '../roadmap/next-weights.js';
import { TOP_LEVEL } from './status.js';
import type { Style } from './style.js';
import { sanitize, truncate, wrap } from './text.js';

export function renderNext(
  roadmap: { id: string; title: string },
  suggestions: readonly Suggestion[],
  style: Style,
  columns: number | undefined,
  explain = false,
): string {
  if (suggestions.length === 0) {
    return `${style.done('✔')} Everything in ${sanitize(roadmap.title)} is done. Well done!\n`;
  }
  const fit = (text: string, indent: number) => (columns === undefined ? text : truncate(text, columns - indent));
  const lines = [`${style.bold('Next')} in ${fit(sanitize(roadmap.title), 9)}:`, ''];
  suggestions.forEach(({ node, reason, review }, i) => {
    const number = `${i + 1}.`.padEnd(3);
    const tag = review ? ' [review]' : node.kind === 'project' ? ' [project]' : '';
    lines.push(`${number} ${style.bold(fit(sanitize(node.title), 4 + tag.length))}${tag ? style.accent(tag) : ''}`);
    // A topic before the first heading has no section: it stands under "Topics", as in status.
    lines.push(`    ${style.dim(fit(sanitize(node.path.length > 0 ? node.path.join(' › ') : TOP_LEVEL), 4))}`);
    // The id and the reason are what a learner acts on: never cut, wrapped when they must be.
    lines.push(...wrap(`    id  ${style.accent(sanitize(node.shortId))}`, columns, '        '));
    lines.push(...wrap(`    why ${sanitize(reason)}`, columns, '        '));
    if (explain) lines.push(...explanation(suggestions[i], style, columns));
  });
  const reviewing = suggestions.some((suggestion) => suggestion.review) ? ' · Review one: roadmap review <id>' : '';
  const footer = explain ? 'Weights: see README, "How next ranks topics".' : `Done with one? roadmap done <id>${reviewing} · Why these? roadmap next --explain`;
  lines.push('', ...wrap(footer, columns).map((line) => style.dim(line)));
  return `${lines.join('\n')}\n`;
}

/**
 * The score as its terms, like `task info`: value × weight = contribution, a table where it fits;
 * on a narrow terminal each term's name on a line and its numbers on the next.
 */
function explanation({ score, terms }: Suggestion, style: Style, columns: number | undefined): string[] {
  const nameCells = Math.max(...terms.map((term) => SIGNAL_NAMES[term.signal].length));
  const numbers = (term: Suggestion['terms'][number]) =>
    `${String(term.value).padStart(3)} × ${String(term.weight).padStart(4)} = ${String(term.contribution).padStart(5)}`;
  const total = style.bold(String(score).padStart(5));
  if (columns === undefined || 6 + nameCells + 2 + 19 <= columns) {
    const rows = terms.map((term) => `      ${SIGNAL_NAMES[term.signal].padEnd(nameCells)}  ${numbers(term)}`);
    return [...rows.map((row) => style.dim(row)), `      ${'score'.padEnd(nameCells)}  ${' '.repeat(14)}${total}`];
  }
  const rows = terms.flatMap((term) => [...wrap(`      ${SIGNAL_NAMES[term.signal]}`, columns, '        '), `        ${numbers(term)}`]);
  return [...rows.map((row) => style.dim(row)), `        score${' '.repeat(19 - 5 - 5)}${total}`];
}
