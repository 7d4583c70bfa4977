/** The one place unified and remark are loaded: markdown text to a roadmap tree. */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { buildRoadmap } from '../roadmap/build-tree.js';
import type { Roadmap } from '../roadmap/types.js';

const processor = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

export function parseRoadmap(text: string, fallbackTitle: string): Roadmap {
  return buildRoadmap(parseMarkdown(text), fallbackTitle);
}
