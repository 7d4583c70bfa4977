import { describe, expect, it } from 'vitest';
import { describeFound, shapeWarnings } from '../../src/roadmap/shape-report.js';
import { md } from '../helpers/bundled.js';

describe('what add says about the tree it read', () => {
  it('names what the topics came from', () => {
    expect(describeFound(md('# T\n## A\n- a\n- b\n## B\nProse only.\n'))).toBe('from 2 list items and 1 heading');
    expect(describeFound(md('# T\n| Course |\n| --- |\n| [X](https://x.example) |\n'))).toBe('from 1 table row');
  });

  it('warns when most sections hold only prose, but not for sections about the document', () => {
    const prose = '# T\n## A\n- a\n## B\n- b\n### B1\nText.\n\n```\ncode\n```\n### B2\n![x](x.png)\n';
    expect(shapeWarnings(md(prose))).toEqual([]);
    const mostlyEmpty =
      '# T\n## A\n- a\n## B\n| | |\n| --- | --- |\n| 1 | 2 |\n\nx\n## C\n| | |\n| --- | --- |\n| 1 | 2 |\n\ny\n## D\n| | |\n| --- | --- |\n| 1 | 2 |\n\nz\n## E\n| | |\n| --- | --- |\n| 1 | 2 |\n\nw\n';
    expect(shapeWarnings(md(mostlyEmpty))[0]).toBe(
      '4 of 5 sections hold no topics (only prose): check with roadmap status --topics that nothing you meant to track is missing',
    );
    const meta = '# T\n## A\n- a\n## License\nMIT.\n## Contributing\nPRs.\n## FAQ\nAsk.\n## Credits\nUs.\n';
    expect(shapeWarnings(md(meta))).toEqual([]);
  });

  it('warns when one section holds every topic of several', () => {
    const list = Array.from({ length: 10 }, (_, i) => `- t${i}`).join('\n');
    expect(shapeWarnings(md(`# T\n## License\nMIT.\n## All\n${list}\n`))).toEqual([
      'all 10 topics are in one section, "All": status will show one bar; roadmap add --dry-run shows the tree before you add a file',
    ]);
    expect(shapeWarnings(md(`# T\n## All\n${list}\n## More\n- u\n`))).toEqual([]);
  });
});
