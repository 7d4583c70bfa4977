/** Text from a roadmap reaches the learner as it was written and never as terminal control; in-process. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LogJson, ShowJson, StatusJson } from '../../src/render/json.js';
import { roadmap } from '../helpers/cli.js';
import { inProcess, learner } from '../helpers/in-process.js';

describe('markdown as people write it', () => {
  it('a byte-order mark: a sensible tree, no U+FEFF in titles or ids', async () => {
    const { home, run, json } = learner();
    fs.writeFileSync(path.join(home, 'bom.md'), '\ufeff# Title\n\n## Start\n\n- First topic\n');
    expect((await run('add', path.join(home, 'bom.md'))).status).toBe(0);
    const status = await json<StatusJson>('status', '-r', 'bom');
    expect(status.roadmap.title).toBe('Title');
    expect(JSON.stringify(status)).not.toContain('\ufeff');
  });

  it('a large but honest roadmap with --max-size is read', async () => {
    const { home, run, json } = learner();
    const file = path.join(home, 'big.md');
    fs.writeFileSync(
      file,
      `# Big\n\n${Array.from({ length: 60 }, (_, s) => `## Part ${s}\n\n${Array.from({ length: 100 }, (_, t) => `- Topic ${s}.${t}`).join('\n')}`).join('\n\n')}\n`,
    );
    expect((await run('add', file, '--max-size', '1')).status).toBe(0);
    expect((await json<StatusJson>('status', '-r', 'big')).total).toBe(6000);
  });
});

describe('terminal escape injection', () => {
  const PAYLOADS = {
    osc8: 'Link \x1b]8;;https://evil.example\x07click here\x1b]8;;\x07',
    clear: 'Clear \x1b[2J\x1b[H screen',
    title: 'Title \x1b]0;pwned\x07 bar',
    clipboard: 'Clip \x1b]52;c;ZXZpbA==\x07 board',
    dcs: 'DCS \x1bPq#0;2;0;0;0\x1b\\ seq',
    cr: 'Fake\r✔ done already',
    backspace: 'Back\b\b\bspace',
    bell: 'Bell\x07\x07\x07',
    bidi: 'Bidi \u202eevil\u202c text',
    c1: 'Eight-bit \x9b31m csi',
  };
  const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

  async function setUp() {
    const u = learner();
    const file = path.join(u.home, 'evil.md');
    fs.writeFileSync(
      file,
      `# Evil \x1b[31mroadmap\n\n## Section \x1b]0;x\x07one\n\n${Object.values(PAYLOADS)
        .map((payload) => `- ${payload}`)
        .join('\n')}\n`,
    );
    expect((await u.run('add', file, '--id', 'evil')).status).toBe(0);
    await u.run('use', 'evil');
    await u.run('start', 'Fake');
    await u.run('note', 'Clear', 'note with \x1b]52;c;ZXZpbA==\x07 clipboard and \r return');
    return u;
  }

  it('reaches the terminal only as visible text, in every command and in errors', async () => {
    const { home } = await setUp();
    const outputs = [];
    for (const args of [
      ['status', '--topics'],
      ['next', '-n', '20'],
      ['show', 'Clear'],
      ['show', 'Section'],
      ['log'],
      ['list'],
      ['done', 'Nothing \x1b]0;x\x07 like this'],
      ['done', 'Section'],
    ])
      outputs.push(await inProcess(home, args, { NO_COLOR: '1' }));
    for (const output of outputs) {
      expect(output.stdout + output.stderr).not.toMatch(CONTROL);
      expect(output.stdout + output.stderr).not.toContain('\x1b');
    }
    expect(outputs[0].stdout).toContain('▶ Fake ✔ done already'); // the carriage return became a plain space
    expect(outputs[0].stdout).toContain('Back\\x08\\x08\\x08space');
    expect(outputs[6].stderr).toContain("no topic matches 'Nothing  like this'");
  });

  it('with colour on, the only escape sequences are our own colours', async () => {
    const { home } = await setUp();
    for (const args of [['status', '--topics'], ['next', '-n', '20'], ['show', 'Clear'], ['log']]) {
      // Colour is chalk's reading of the process's own environment: through the binary.
      const output = roadmap(home, args, { env: { FORCE_COLOR: '1' } });
      expect(output.stdout).toContain('\x1b[');
      expect(output.stdout.replace(/\x1b\[[0-9;]*m/g, '')).not.toMatch(CONTROL);
    }
  });

  it('--json keeps the true text', async () => {
    const { json } = await setUp();
    const status = await json<StatusJson>('status');
    const titles = status.sections[0].topics.map((topic) => topic.title);
    expect(titles).toEqual(Object.values(PAYLOADS).map((payload) => payload.replace(/\s+/g, ' ').trim()));
    expect((await json<ShowJson>('show', 'Clear')).notes[0].text).toBe('note with \x1b]52;c;ZXZpbA==\x07 clipboard and \r return');
    expect((await json<LogJson>('log')).events[0].title).toBe(PAYLOADS.cr.replace(/\s+/g, ' '));
  });
});

describe('a topic name of any length', () => {
  it('is looked up and refused at once, and echoed cut short', async () => {
    const { run } = learner();
    const result = await run('done', '-r', 'go-backend-cloud', 'x'.repeat(20_000));
    expect(result.status).toBe(64);
    expect(result.stderr).toMatch(/^roadmap: no topic matches 'x{79}…' in go-backend-cloud; nothing was changed\n/);
  });
});

describe('what reaches a terminal, beyond the commands’ own output', () => {
  it('commander’s errors quote what was typed, sanitised', async () => {
    const { run } = learner();
    const result = await run('st\x1b]0;pwned\x07atus');
    expect(result.status).toBe(64);
    expect(result.stderr).toContain("roadmap: unknown command 'status'");
    expect(result.stderr).not.toContain('\x1b');
    expect((await run('export', '--format', 'x\x1b[2Jy')).stderr).not.toContain('\x1b');
  });

  it('export to a terminal is sanitised; to a pipe it keeps the true text', async () => {
    const { home, run } = learner();
    fs.writeFileSync(path.join(home, 'evil.md'), '# Evil\n\n- Clear \x1b[2J screen\n');
    expect((await run('add', path.join(home, 'evil.md'))).status).toBe(0);
    expect((await run('export', '-r', 'evil')).stdout).toContain('\x1b');
    const onTerminal = await inProcess(home, ['export', '-r', 'evil'], {}, { stdoutTTY: true });
    expect(onTerminal.stdout).toContain('- [ ] Clear [2J screen'); // the escape gone, the rest visible text
    expect(onTerminal.stdout).not.toContain('\x1b');
  });
});
