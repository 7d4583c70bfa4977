import fs from 'node:fs';
import { parseRoadmap } from '../../src/markdown/parse-markdown.js';
import { decodeRoadmap } from '../../src/roadmap/decode.js';
import type { Roadmap, Section, Topic } from '../../src/roadmap/types.js';

export const ROOT = new URL('../../', import.meta.url);

export const SEEDS = {
  'go-backend-cloud': '000_c68f0d4bfbe6630a.txt',
  'go-backend-ecommerce': '001_c8b6dcc16de5271f.txt',
  'go-backend-6-weeks': '002_1ae64c2cb5c90451.txt',
  'backend-topics': '003_929c1ac9dc74f502.txt',
  'backend-mastery': '004_c84959bf7e35be20.txt',
} as const;
export type BundledId = keyof typeof SEEDS;

export function parseBundled(id: BundledId): Roadmap {
  return parseRoadmap(decodeRoadmap(fs.readFileSync(new URL(`roadmaps/${id}.md`, ROOT))).text, id);
}

export function md(text: string): Roadmap {
  return parseRoadmap(text, 'fixture');
}

/** Leaf topics under a section or topic, in document order. */
export function leaves(node: Section | Topic | Roadmap): Topic[] {
  const own = node.topics.flatMap((topic) => (topic.topics.length === 0 ? [topic] : leaves(topic)));
  return 'sections' in node ? [...own, ...node.sections.flatMap(leaves)] : own;
}

/** A compact outline for inline snapshots: sections as "# title", topics as "- title". */
export function outline(node: Roadmap | Section, depth = 0): string[] {
  const pad = '  '.repeat(depth);
  const topic = (t: Topic, d: number): string[] => [
    `${'  '.repeat(d)}- ${t.checked ? '[x] ' : ''}${t.kind === 'project' ? '(project) ' : ''}${t.label ? `<${t.label}> ` : ''}${t.title}`,
    ...t.topics.flatMap((child) => topic(child, d + 1)),
  ];
  return [
    ...node.topics.flatMap((t) => topic(t, depth)),
    ...node.sections.flatMap((s) => [`${pad}# ${s.title}${s.resources.length ? ` (${s.resources.length} resources)` : ''}`, ...outline(s, depth + 1)]),
  ];
}
