/** The one place unified and remark are loaded: markdown text to a syntax tree, in pieces. */
import type { RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { buildRoadmap } from '../roadmap/build-tree.js';
import { splitFrontMatter } from '../roadmap/title.js';
import type { Roadmap } from '../roadmap/types.js';
import { splitAtHeadings } from './split.js';

const processor = unified().use(remarkParse).use(remarkGfm);

export function parseRoadmap(text: string, fallbackTitle: string): Roadmap {
  const { title, body } = splitFrontMatter(text);
  return buildRoadmap(parseChunks(splitAtHeadings(body)), fallbackTitle, title);
}

/** Parse pieces of one document; positions are dropped (nothing uses them, and they double the size). */
export function parseChunks(chunks: readonly string[]): RootContent[] {
  const children: RootContent[] = [];
  for (const chunk of chunks) children.push(...processor.parse(chunk).children.map(withoutPositions));
  return children;
}

function withoutPositions<T extends object>(node: T): T {
  const { position: _position, ...rest } = node as T & { position?: unknown };
  if ('children' in rest && Array.isArray(rest.children)) (rest as { children: object[] }).children = (rest.children as object[]).map(withoutPositions);
  return rest as T;
}
