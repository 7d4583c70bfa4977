import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../../src/markdown/parse-markdown.js';
import { toMarkdown } from '../../src/roadmap/to-markdown.js';
import { indexRoadmap } from '../../src/roadmap/tree-index.js';
import type { Status } from '../../src/roadmap/types.js';
import { CORPORA, check, corpusFiles, parseCorpusFile, type Verdict, verdictOf } from './score.js';

const RANK: Record<Verdict, number> = { accepted: 0, annoyances: 1, wrong: 2 };
// Known not to round-trip yet (the title of a long tip or a heading topic reads back otherwise): it.fails, so a fix shows.
const NO_ROUND_TRIP = new Set(['art-of-command-line.md', 'hacker-roadmap.md', 'teach-yourself-cs-zh.md']);

for (const corpus of CORPORA) {
  const files = corpusFiles(corpus);
  const absent = files.length === 0;
  if (absent) console.warn(`SKIPPING the corpus checks of ${corpus.name}: the folder is absent or empty (see test/corpus/SOURCES.md)`);

  describe.skipIf(absent)(`the real roadmaps of ${corpus.name}, as a learner expects them`, () => {
    it('has an expectation for every file', () => {
      expect(files.filter((file) => !(file in corpus.expected.files))).toEqual([]);
    });

    // Each file's verdict may only get better: the recorded one is what this version achieves.
    it.each(files)('%s', (file) => {
      const result = check(parseCorpusFile(corpus, file), corpus.expected.files[file]);
      const verdict = verdictOf(result);
      const recorded = corpus.expected.verdicts[file] ?? 'accepted';
      expect(RANK[verdict], `${file}: ${verdict}\n  ${result.failures.join('\n  ')}`).toBeLessThanOrEqual(RANK[recorded]);
    });
  });

  describe.skipIf(absent)(`each file of ${corpus.name} round-trips through export --format md`, () => {
    const roundTrip = (file: string) => {
      const roadmap = parseCorpusFile(corpus, file);
      const index = indexRoadmap(roadmap);
      const statuses = new Map<string, Status>(index.leaves.map((leaf, i) => [leaf.id, i % 2 === 0 ? 'done' : 'todo']));
      const again = indexRoadmap(parseRoadmap(toMarkdown(roadmap, statuses), 'export'));
      expect(again.leaves.map((leaf) => leaf.title)).toEqual(index.leaves.map((leaf) => leaf.title));
      expect(again.leaves.filter((leaf) => leaf.checked).length).toBe(index.leaves.filter((leaf) => statuses.get(leaf.id) === 'done').length);
    };
    const known = files.filter((file) => NO_ROUND_TRIP.has(file));
    it.each(files.filter((file) => !NO_ROUND_TRIP.has(file)))('%s: the export read again gives the same topics and done set', roundTrip);
    if (known.length > 0) it.fails.each(known)('%s: does not round-trip yet', roundTrip);
  });
}
