// Write-back's core: a task item's place from the parser, and only its check's byte changed.
import { describe, expect, it } from 'vitest';
import { parseRoadmapInWorkers } from '../../src/markdown/parse-in-workers.js';
import { parseRoadmap } from '../../src/markdown/parse-markdown.js';
import { tickCheckboxes } from '../../src/roadmap/checkboxes.js';
import type { Roadmap, Section, Topic } from '../../src/roadmap/types.js';

const topics = (roadmap: Roadmap): Topic[] => {
  const out: Topic[] = [];
  const walk = (list: readonly Topic[]) => {
    for (const topic of list) {
      out.push(topic);
      walk(topic.topics);
    }
  };
  const sections = (list: readonly Section[]) => {
    for (const section of list) {
      walk(section.topics);
      sections(section.sections);
    }
  };
  walk(roadmap.topics);
  sections(roadmap.sections);
  return out;
};

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(data);

/** Tick the topics named (checked or not) in a file as the parser placed them. */
function tick(file: string, wanted: Record<string, boolean>, parsed = parseRoadmap(text(bytes(file)).replace(/^\uFEFF/, ''), 'x')) {
  const byTitle = new Map(topics(parsed).map((topic) => [topic.title, topic]));
  const ticks = Object.entries(wanted).map(([title, checked]) => {
    const place = byTitle.get(title)?.checkbox;
    if (!place) throw new Error(`no checkbox for ${title}`);
    return { place, checked };
  });
  return tickCheckboxes(bytes(file), ticks);
}

const FILE = [
  '\uFEFF---',
  'title: Mine',
  'notes: "- [ ] not an item"',
  '---',
  '# Mine',
  '',
  '- [ ] One  ',
  '  * [X] Nested star',
  '    + [ ] Deep plus',
  '',
  '```md',
  '- [ ] Inside a fence',
  '```',
  '',
  '## Numbered',
  '',
  '1. [ ] First step',
  '10) [x] Tenth step',
  '> - [ ] Quoted',
  '- [ ] Ünïcödé 🧠 [ ] twice',
  '',
].join('\r\n');

describe('ticking task items', () => {
  it('changes only the character inside each box named, through CRLF, a BOM, front matter and a fence', () => {
    const result = tick(FILE, { One: true, 'Nested star': false, 'Deep plus': true, 'First step': true, 'Tenth step': true, 'Ünïcödé 🧠 [ ] twice': true });
    const expected = FILE.replace('- [ ] One', '- [x] One')
      .replace('* [X] Nested', '* [ ] Nested')
      .replace('+ [ ] Deep', '+ [x] Deep')
      .replace('1. [ ] First', '1. [x] First')
      .replace('- [ ] Ünïcödé 🧠 [ ] twice', '- [x] Ünïcödé 🧠 [ ] twice');
    expect(Buffer.from(result.bytes).equals(Buffer.from(bytes(expected)))).toBe(true);
    expect(result).toMatchObject({ changed: 5, missing: [] });
  });

  it('keeps an [X] as it is, and changes nothing when every box is as asked', () => {
    const result = tick(FILE, { 'Nested star': true, 'Tenth step': true, One: false });
    expect(result.changed).toBe(0);
    expect(Buffer.from(result.bytes).equals(Buffer.from(bytes(FILE)))).toBe(true);
  });

  it('goes back and forth to the same bytes', () => {
    const once = tick(FILE, { One: true, 'First step': true });
    const back = tickCheckboxes(once.bytes, [
      { place: topics(parseRoadmap(text(bytes(FILE)).replace(/^\uFEFF/, ''), 'x')).find((t) => t.title === 'One')!.checkbox!, checked: false },
      { place: topics(parseRoadmap(text(bytes(FILE)).replace(/^\uFEFF/, ''), 'x')).find((t) => t.title === 'First step')!.checkbox!, checked: false },
    ]);
    expect(Buffer.from(back.bytes).equals(Buffer.from(bytes(FILE)))).toBe(true);
  });

  it('counts the first line from after a BOM, as the parser does', () => {
    const file = '\uFEFF- [ ] First line\n- [ ] Second\n';
    const result = tick(file, { 'First line': true });
    expect(text(result.bytes)).toBe('\uFEFF- [x] First line\n- [ ] Second\n');
  });

  it('touches nothing where the bytes are not that item’s check (a file edited since it was read)', () => {
    const place = topics(parseRoadmap('# A\n\n- [ ] one\n', 'x'))[0].checkbox!;
    for (const other of ['# A\n\n- one\n', '# A\n\n- [ ]one\n', '# A\n\n[ ] one\n', '# A\n', '# A\n\n- [y] one\n']) {
      const result = tickCheckboxes(bytes(other), [{ place, checked: true }]);
      expect(result).toMatchObject({ changed: 0, missing: [place] });
      expect(text(result.bytes)).toBe(other);
    }
  });

  it('places items the same when the file is read in worker threads, in two parts', async () => {
    const big = ['# Big', ...Array.from({ length: 1300 }, (_, i) => `## Part ${i}\n\n- [ ] Item ${i} ${'x'.repeat(400)}\n  - [x] Sub ${i}`)].join('\n\n');
    const inWorkers = await parseRoadmapInWorkers(big, 'big.md', 'big');
    const here = parseRoadmap(big, 'big');
    expect(topics(inWorkers).map((topic) => topic.checkbox)).toEqual(topics(here).map((topic) => topic.checkbox));
    const last = topics(inWorkers).at(-1)!;
    expect(last.checkbox).toEqual({ line: big.split('\n').findIndex((line) => line.includes('Sub 1299')) + 1, column: 3 });
  });
});
