/**
 * The corpus check: each real roadmap in ../shared/corpus parsed as `roadmap add` parses it, and
 * compared with what a learner expects of it (expected.json, written before the tool was run).
 */
import fs from 'node:fs';
import { parseRoadmap } from '../../src/markdown/parse-markdown.js';
import { decodeRoadmap } from '../../src/roadmap/decode.js';
import { suggestNext } from '../../src/roadmap/next.js';
import { fallbackTitle } from '../../src/roadmap/title.js';
import { indexRoadmap } from '../../src/roadmap/tree-index.js';
import type { Roadmap } from '../../src/roadmap/types.js';
import { leaves } from '../helpers/bundled.js';

/** A folder of real roadmaps and what a learner expects of each. */
export interface Corpus {
  name: string;
  dir: URL;
  expected: { files: Record<string, Expectation>; verdicts: Record<string, Verdict> };
}

export interface Expectation {
  title: string;
  titleAlternatives?: string[];
  topics: [number, number];
  first: string;
  sections?: string[];
  include?: string[];
  exclude?: string[];
}

const corpus = (name: string, dir: string, expected: string): Corpus => ({
  name,
  dir: new URL(dir, import.meta.url),
  expected: JSON.parse(fs.readFileSync(new URL(expected, import.meta.url), 'utf8')) as Corpus['expected'],
});

/** The shared corpus (CI has it beside the clone) and our own, fetched into an ignored folder (SOURCES.md). */
export const CORPORA: Corpus[] = [
  corpus('../shared/corpus', '../../../shared/corpus/', 'expected.json'),
  corpus('.corpus-own', '../../.corpus-own/', 'own-expected.json'),
];

/** The roadmaps of a corpus that is present: every markdown file but its SOURCES.md. */
export function corpusFiles(corpus: Corpus): string[] {
  if (!fs.existsSync(corpus.dir)) return [];
  return fs
    .readdirSync(corpus.dir)
    .filter((file) => file.endsWith('.md') && file !== 'SOURCES.md')
    .sort();
}

export type Verdict = 'accepted' | 'annoyances' | 'wrong';

const parsed = new Map<string, Roadmap>();

/** A corpus file's tree, parsed once per test file (the verdict and the round trip read the same tree). */
export function parseCorpusFile(corpus: Corpus, file: string): Roadmap {
  const url = new URL(file, corpus.dir).href;
  let roadmap = parsed.get(url);
  if (!roadmap) {
    roadmap = parseRoadmap(decodeRoadmap(fs.readFileSync(new URL(url))).text, fallbackTitle(file));
    parsed.set(url, roadmap);
  }
  return roadmap;
}

const matches = (pattern: string, title: string) => (pattern.startsWith('/') ? new RegExp(pattern.slice(1, -1)).test(title) : pattern === title);

/** Each failed expectation, in words; the first step and the title weigh most. */
export function check(roadmap: Roadmap, expected: Expectation): { failures: string[]; serious: boolean } {
  const failures: string[] = [];
  let serious = false;
  const titles = leaves(roadmap).map((topic) => topic.title);
  const [first] = suggestNext(indexRoadmap(roadmap), new Map(), 1);
  if (!first || !matches(expected.first, first.node.title)) {
    failures.push(`first step is ${JSON.stringify(first?.node.title)}, expected ${expected.first}`);
    serious = true;
  }
  const [low, high] = expected.topics;
  if (titles.length < low || titles.length > high) {
    failures.push(`${titles.length} topics, expected ${low}-${high}`);
    if (titles.length < low / 2 || titles.length > high * 2) serious = true;
  }
  if (roadmap.title !== expected.title && !(expected.titleAlternatives ?? []).includes(roadmap.title)) failures.push(`title ${JSON.stringify(roadmap.title)}`);
  for (const title of expected.sections ?? []) {
    const section = roadmap.sections.find((s) => s.title === title);
    if (!section || leaves(section).length === 0) failures.push(`no section "${title}" with topics`);
  }
  for (const pattern of expected.include ?? []) if (!titles.some((t) => matches(pattern, t))) failures.push(`missing topic ${pattern}`);
  for (const pattern of expected.exclude ?? []) {
    const found = titles.find((t) => matches(pattern, t));
    if (found !== undefined) failures.push(`should not be a topic: ${found}`);
  }
  return { failures, serious };
}

export function verdictOf(result: { failures: string[]; serious: boolean }): Verdict {
  if (result.failures.length === 0) return 'accepted';
  return result.serious || result.failures.length > 3 ? 'wrong' : 'annoyances';
}
