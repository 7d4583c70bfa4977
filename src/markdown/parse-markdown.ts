/** The one place unified and remark are loaded: markdown text to a syntax tree, in pieces. */
import type { RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { buildRoadmap } from '../roadmap/build-tree.js';
import { splitFrontMatter } from '../roadmap/title.js';
import type { Roadmap, TaskPlace } from '../roadmap/types.js';
import { lineCount, splitAtHeadings } from './split.js';

export { lineCount };

const processor = unified().use(remarkParse).use(remarkGfm);

export function parseRoadmap(text: string, fallbackTitle: string): Roadmap {
  const { title, body } = splitFrontMatter(text);
  return buildRoadmap(parseChunks(splitAtHeadings(body)), fallbackTitle, title);
}

/**
 * Parse consecutive pieces of one document, the first starting at line `firstLine`. Positions are
 * dropped (they double the size), but for a task item's: where its `[ ]` is, as the document's
 * line and column of the item, so that write-back can tick it in the learner's file.
 */
export function parseChunks(chunks: readonly string[], firstLine = 1): RootContent[] {
  const children: RootContent[] = [];
  let line = firstLine;
  for (const chunk of chunks) {
    const shift = line - 1;
    children.push(...processor.parse(chunk).children.map((node) => withoutPositions(node, shift)));
    line += lineCount(chunk);
  }
  return children;
}

function withoutPositions<T extends object>(node: T, shift: number): T {
  const { position, ...rest } = node as T & { position?: { start: { line: number; column: number } } };
  if ('checked' in rest && typeof rest.checked === 'boolean' && position) {
    (rest as { checkbox?: TaskPlace }).checkbox = { line: position.start.line + shift, column: position.start.column };
  }
  if ('children' in rest && Array.isArray(rest.children))
    (rest as { children: object[] }).children = (rest.children as object[]).map((child) => withoutPositions(child, shift));
  return rest as T;
}
