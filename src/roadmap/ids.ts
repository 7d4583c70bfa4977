/** Readable, stable ids: the slug path of a node's place in the tree. */
import type { Roadmap, Section, Topic } from './types.js';

const MAX_WORDS = 4;
const MAX_CHARS = 32;
/** Words an id should not end on: "oauth-2-0-and" reads better as "oauth-2-0". */
const TRAILING_STOP_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'vs', 'with']);

/** "Goroutines – Optimizing performance" → "goroutines-optimizing-performance". */
export function slugify(title: string): string {
  const words = foldForMatch(title).split(' ').filter(Boolean);
  const kept: string[] = [];
  for (const word of words.slice(0, MAX_WORDS)) {
    if (kept.length > 0 && [...kept, word].join('-').length > MAX_CHARS) break;
    kept.push(word.slice(0, MAX_CHARS));
  }
  while (kept.length > 1 && TRAILING_STOP_WORDS.has(kept[kept.length - 1]!)) kept.pop();
  return kept.join('-');
}

/** The form titles and queries are compared in: NFKD, no accents, lower case, words only. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function assignIds(roadmap: Roadmap): Roadmap {
  // Sections and topics under one parent share a namespace, so one `seen` serves both.
  const seen = new Map<string, number>();
  // Topics first: in the document they stand before the subsections of their section.
  const topics = withIds(roadmap.topics, '', 'topic', topic, seen);
  return { ...roadmap, topics, sections: withIds(roadmap.sections, '', 'section', section, seen) };
}

function section(node: Section, id: string): Section {
  const seen = new Map<string, number>();
  const topics = withIds(node.topics, id, 'topic', topic, seen);
  return { ...node, id, topics, sections: withIds(node.sections, id, 'section', section, seen) };
}

function topic(node: Topic, id: string): Topic {
  return { ...node, id, topics: withIds(node.topics, id, 'topic', topic, new Map()) };
}

function withIds<T extends { title: string }>(
  nodes: readonly T[],
  parentId: string,
  fallback: string,
  make: (node: T, id: string) => T,
  seen: Map<string, number>,
): T[] {
  return nodes.map((node) => {
    const base = slugify(node.title) || fallback;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const slug = count === 1 ? base : `${base}-${count}`;
    return make(node, parentId === '' ? slug : `${parentId}/${slug}`);
  });
}
