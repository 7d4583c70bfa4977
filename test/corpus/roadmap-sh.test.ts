/**
 * Real roadmap.sh roadmaps, each a folder as roadmap.sh's repository has it, read as `roadmap add
 * <folder>` reads it and compared with what a learner expects (roadmap-sh-expected.json, written
 * before the tool was run). The folders are fetched into the ignored .corpus-own/roadmapsh/
 * (test/corpus/SOURCES.md); without them these checks skip (CI cannot fetch).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRoadmap } from '../../src/catalog/load.js';
import { readSourceFile } from '../../src/catalog/source-file.js';
import { parseRoadmap } from '../../src/markdown/parse-markdown.js';
import { suggestNext } from '../../src/roadmap/next.js';
import { toMarkdown } from '../../src/roadmap/to-markdown.js';
import { indexRoadmap } from '../../src/roadmap/tree-index.js';
import type { Roadmap, Section, Topic } from '../../src/roadmap/types.js';

interface Expectation {
  title: string;
  sections: [number, number];
  first: string;
  holds: Record<string, string[]>;
  notIn?: Record<string, string[]>;
  tags?: Record<string, string>;
}
type Verdict = 'accepted' | 'annoyances' | 'wrong';

const DIR = path.join(import.meta.dirname, '../../.corpus-own/roadmapsh');
const expected = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'roadmap-sh-expected.json'), 'utf8')) as {
  roadmaps: Record<string, Expectation>;
  verdicts: Record<string, Verdict>;
};
const folders = fs.existsSync(DIR) ? fs.readdirSync(DIR).sort() : [];
if (folders.length === 0) console.warn('SKIPPING the roadmap.sh corpus checks: .corpus-own/roadmapsh/ is absent (see test/corpus/SOURCES.md)');

async function read(folder: string): Promise<Roadmap> {
  const source = readSourceFile(path.join(DIR, folder), { homedir: '/', cwd: '/', maxBytes: 5 * 1024 * 1024, readStdin: () => Buffer.alloc(0), folders: true });
  return (await readRoadmap({ origin: 'user', bytes: source.bytes, name: folder })).roadmap;
}

/** Each failed expectation in words; a wrong title or first step is serious. */
function check(roadmap: Roadmap, expectation: Expectation): { failures: string[]; serious: boolean } {
  const failures: string[] = [];
  let serious = false;
  // What a section holds: its topics and those of the sections within it.
  const titles = (section: Section | undefined): string[] =>
    section ? [...section.topics.map((topic) => topic.title), ...section.sections.flatMap(titles)] : [];
  if (roadmap.title !== expectation.title) {
    failures.push(`title ${JSON.stringify(roadmap.title)}`);
    serious = true;
  }
  const [first] = suggestNext(indexRoadmap(roadmap), new Map(), 1);
  if (first?.node.title !== expectation.first) {
    failures.push(`first step ${JSON.stringify(first?.node.title)}`);
    serious = true;
  }
  const [low, high] = expectation.sections;
  if (roadmap.sections.length < low || roadmap.sections.length > high) failures.push(`${roadmap.sections.length} sections, expected ${low}-${high}`);
  const everySection = (list: readonly Section[]): Section[] => list.flatMap((candidate) => [candidate, ...everySection(candidate.sections)]);
  const section = (title: string) => everySection(roadmap.sections).find((candidate) => candidate.title === title);
  for (const [title, topics] of Object.entries(expectation.holds)) {
    const held = titles(section(title));
    for (const topic of topics) if (!held.includes(topic)) failures.push(`${title} does not hold ${topic}`);
  }
  for (const [title, topics] of Object.entries(expectation.notIn ?? {})) {
    const held = titles(section(title));
    for (const topic of topics) if (held.includes(topic)) failures.push(`${title} holds ${topic}`);
  }
  const all = indexRoadmap(roadmap).leaves.map((leaf) => leaf.source as Topic);
  for (const [title, tag] of Object.entries(expectation.tags ?? {})) {
    if (!all.find((topic) => topic.title === title)?.tags?.includes(tag)) failures.push(`${title} is not tagged ${tag}`);
  }
  return { failures, serious };
}

const RANK: Record<Verdict, number> = { accepted: 0, annoyances: 1, wrong: 2 };
const verdictOf = ({ failures, serious }: { failures: string[]; serious: boolean }): Verdict =>
  failures.length === 0 ? 'accepted' : serious || failures.length > 3 ? 'wrong' : 'annoyances';

describe.skipIf(folders.length === 0)('the real roadmaps of roadmap.sh, as a learner expects them', () => {
  it('has an expectation for every folder', () => {
    expect(folders.filter((folder) => !(folder in expected.roadmaps))).toEqual([]);
  });

  // Each roadmap's verdict may only get better: the recorded one is what this version achieves.
  it.each(folders)('%s', async (folder) => {
    const result = check(await read(folder), expected.roadmaps[folder]);
    const recorded = expected.verdicts[folder] ?? 'accepted';
    expect(RANK[verdictOf(result)], `${folder}: ${verdictOf(result)}\n  ${result.failures.join('\n  ')}`).toBeLessThanOrEqual(RANK[recorded]);
  });

  it.each(folders)('%s: its markdown export read again gives the same topics', async (folder) => {
    const roadmap = await read(folder);
    const leaves = (tree: Roadmap) => indexRoadmap(tree).leaves.map((leaf) => leaf.title);
    expect(leaves(parseRoadmap(toMarkdown(roadmap, new Map()), 'export'))).toEqual(leaves(roadmap));
  });
});
