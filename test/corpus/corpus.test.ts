import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, CORPUS, EXPECTED, parseCorpusFile, verdictOf, type Verdict } from './score.js';

const present = fs.existsSync(CORPUS);
const RANK: Record<Verdict, number> = { accepted: 0, annoyances: 1, wrong: 2 };

describe.skipIf(!present)('the real roadmaps of ../shared/corpus, as a learner expects them', () => {
  const files = present ? fs.readdirSync(CORPUS).filter((file) => file.endsWith('.md') && file !== 'SOURCES.md') : [];

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
