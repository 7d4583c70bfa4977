import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../../src/markdown/parse-markdown.js';
import { toMarkdown } from '../../src/roadmap/to-markdown.js';
import { indexRoadmap } from '../../src/roadmap/tree-index.js';
import type { Status } from '../../src/roadmap/types.js';
import { check, CORPUS, EXPECTED, parseCorpusFile, verdictOf, type Verdict } from './score.js';

const present = fs.existsSync(CORPUS);
const files = present ? fs.readdirSync(CORPUS).filter((file) => file.endsWith('.md') && file !== 'SOURCES.md') : [];
const RANK: Record<Verdict, number> = { accepted: 0, annoyances: 1, wrong: 2 };

describe.skipIf(!present)('the real roadmaps of ../shared/corpus, as a learner expects them', () => {

  it('has an expectation for every file', () => {
    expect(files.filter((file) => !(file in EXPECTED.files))).toEqual([]);
  });

  // Each file's verdict may only get better: the recorded one is what this version achieves.
  it.each(files)('%s', (file) => {
    const result = check(parseCorpusFile(file), EXPECTED.files[file]!);
    const verdict = verdictOf(result);
    const recorded = (EXPECTED.verdicts[file] as Verdict | undefined) ?? 'accepted';
    expect(RANK[verdict], `${file}: ${verdict}\n  ${result.failures.join('\n  ')}`).toBeLessThanOrEqual(RANK[recorded]);
  });
});

describe.skipIf(!present)('each corpus file round-trips through export --format md', () => {
  // Known not to round-trip yet (the title of a long tip or a heading topic reads back otherwise): it.fails, so a fix shows.
  const known = new Set(['art-of-command-line.md', 'hacker-roadmap.md', 'teach-yourself-cs-zh.md']);
  const roundTrip = (file: string) => {
    const roadmap = parseCorpusFile(file);
    const index = indexRoadmap(roadmap);
    const statuses = new Map<string, Status>(index.leaves.map((leaf, i) => [leaf.id, i % 2 === 0 ? 'done' : 'todo']));
    const again = indexRoadmap(parseRoadmap(toMarkdown(roadmap, statuses), 'export'));
    expect(again.leaves.map((leaf) => leaf.title)).toEqual(index.leaves.map((leaf) => leaf.title));
    expect(again.leaves.filter((leaf) => leaf.checked).length).toBe(index.leaves.filter((leaf) => statuses.get(leaf.id) === 'done').length);
  };
  it.each(files.filter((file) => !known.has(file)))('%s: the export read again gives the same topics and done set', roundTrip);
  it.fails.each([...known])('%s: does not round-trip yet', roundTrip);
});
