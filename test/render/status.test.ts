import { describe, expect, it } from 'vitest';
import { renderStatus } from '../../src/render/status.js';
import { createStyle, PLAIN } from '../../src/render/style.js';
import { width } from '../../src/render/text.js';
import { computeProgress } from '../../src/roadmap/progress.js';
import { indexRoadmap } from '../../src/roadmap/tree-index.js';
import type { Status } from '../../src/roadmap/types.js';
import { md, parseBundled } from '../helpers/bundled.js';

const cloud = parseBundled('go-backend-cloud');
const cloudIndex = indexRoadmap(cloud);
const checked = new Map<string, Status>(cloudIndex.leaves.filter((leaf) => leaf.checked).map((leaf) => [leaf.id, 'done']));
const shortIds = new Map(cloudIndex.nodes.map((node) => [node.id, node.shortId]));
const render = (columns: number | undefined, topics = false, style = PLAIN) =>
  renderStatus(computeProgress(cloud, checked), { roadmapId: 'go-backend-cloud', style, columns, topics, shortIds, orphans: 0 });

describe('renderStatus', () => {
  it('draws a tree of sections with bars, done/total and percent', () => {
    expect(render(80)).toBe(
      [
        'Backend & Cloud Development Roadmap (go-backend-cloud)',
        '',
        'Backend Engineering Roadmap                ██████░░░░░░░░░░░░░░░░░░ 6/21  28%',
        '  Phase 1: Fundamentals                    ████████████████████░░░░  6/7  85%',
        '  Phase 2: Scalable Backend Design         ░░░░░░░░░░░░░░░░░░░░░░░░  0/7   0%',
        '  Phase 3: Microservices & Advanced Topics ░░░░░░░░░░░░░░░░░░░░░░░░  0/7   0%',
        'Cloud Development Roadmap                  ░░░░░░░░░░░░░░░░░░░░░░░░ 0/14   0%',
        '  Phase 1: Cloud Basics                    ░░░░░░░░░░░░░░░░░░░░░░░░  0/4   0%',
        '  Phase 2: Deployment & Automation         ░░░░░░░░░░░░░░░░░░░░░░░░  0/5   0%',
        '  Phase 3: Scaling & Serverless            ░░░░░░░░░░░░░░░░░░░░░░░░  0/5   0%',
        '',
        'Overall                                    ████░░░░░░░░░░░░░░░░░░░░ 6/35  17%',
        '6 done · 0 in progress · 0 skipped · 29 to do · learned 17%',
        '',
      ].join('\n'),
    );
  });

  it.each([40, 60, 100])('fits every line in %i columns, topics included', (columns) => {
    for (const line of render(columns, true).split('\n')) expect(width(line)).toBeLessThanOrEqual(columns);
  });

  it.each([40, 60])('never cuts or drops a topic id at %i columns: beside its title, or on a line of its own', (columns) => {
    const lines = render(columns, true).split('\n');
    for (const leaf of cloudIndex.leaves) {
      if (leaf.shortId.length > columns - 4) continue; // wider than a line: broken where a terminal would break it
      expect(
        lines.some((line) => line.trimEnd().endsWith(` ${leaf.shortId}`) || line.trim() === leaf.shortId),
        leaf.shortId,
      ).toBe(true);
    }
  });

  it('shrinks the bar before it cuts a title', () => {
    // At 60 columns every title fits once the bar is 7 cells instead of 24; at 50 the bar is at its least (6), then titles give way.
    const at60 = render(60);
    expect(at60).not.toContain('…');
    expect(at60).toContain('  Phase 3: Microservices & Advanced Topics ░░░░░░░  0/7   0%');
    expect(render(50)).toContain('  Phase 3: Microservices & Advan… ░░░░░░  0/7   0%');
  });

  it('never cuts titles when the width is unknown (a pipe)', () => {
    expect(render(undefined, true)).toContain('  ○ Goroutines – Optimizing performance with concurrency in Go  goroutines-optimizing');
  });

  it('aligns bars by terminal cells with wide and combining characters', () => {
    const roadmap = md('# T\n## 日本語の章\n- a\n## Cafe\u0301 🧠\n- b\n## Plain\n- c\n');
    const lines = renderStatus(computeProgress(roadmap, new Map()), {
      roadmapId: 't',
      style: PLAIN,
      columns: 80,
      topics: false,
      shortIds: new Map(),
      orphans: 0,
    })
      .split('\n')
      .filter((line) => line.includes('░'));
    const barStarts = lines.map((line) => width(line.slice(0, line.indexOf('░'))));
    expect(new Set(barStarts).size).toBe(1);
  });

  it('colours only with a colour style, and only with SGR codes', async () => {
    expect(render(80)).not.toContain('\x1b');
    const coloured = render(80, true, await createStyle(1));
    expect(coloured).toContain('\x1b[');
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).not.toContain('\x1b');
  });
});
