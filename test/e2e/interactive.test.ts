import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ListJson, ShowJson, StatusJson } from '../../src/render/json.js';
import type { ReviewListJson } from '../../src/render/review.js';
import { BIN, cleanEnv, roadmap, user } from '../helpers/cli.js';
import { sha256 } from '../helpers/temp.js';
import { HAS_TMUX, Terminal } from '../helpers/tmux.js';

if (!HAS_TMUX) console.warn('SKIPPING the real-terminal tests: tmux is not installed (.ci/run installs it)');

const terminals: Terminal[] = [];
afterEach(() => {
  for (const terminal of terminals.splice(0)) terminal.close();
});

function inTerminal(home: string, args: string[], env: Record<string, string> = {}): Terminal {
  const terminal = new Terminal([process.execPath, BIN, ...args], {
    PATH: process.env.PATH ?? '',
    HOME: home,
    ROADMAP_HOME: home,
    TERM: 'xterm-256color',
    LANG: 'C.UTF-8',
    ...env,
  });
  terminals.push(terminal);
  return terminal;
}

describe.skipIf(!HAS_TMUX)('in a real terminal', { timeout: 30_000 }, () => {
  it('done with no topic: search, pick two, finish', async () => {
    const { home, run, json } = user();
    run('use', 'go-backend-cloud');
    const terminal = inTerminal(home, ['done']);
    await terminal.waitFor(/Topic to mark done \(type to search\)/);
    terminal.type('gorout');
    await terminal.waitFor(/❯ Goroutines – Optimizing performance/);
    terminal.send('Enter');
    await terminal.waitFor(/Picked 1\. Another topic to mark done, or Finish/);
    terminal.type('mqtt');
    await terminal.waitFor(/❯ MQTT/);
    terminal.send('Enter');
    await terminal.waitFor(/Picked 2[\s\S]*❯ Finish: mark 2 topics done/);
    terminal.send('Enter'); // the first choice is now "Finish"
    // Goroutines is in other roadmaps too: asked, never done silently; the default is no.
    await terminal.waitFor(/The same skill is in other roadmaps:[\s\S]*backend-mastery: Goroutines[\s\S]*Mark it done there too\? \(y\/N\)/);
    terminal.send('Enter');
    const screen = await terminal.waitFor(/\[exit \d+\]/);
    expect(screen).toContain('[exit 0]');
    expect(screen).toContain('✔ Goroutines – Optimizing performance with concurrency in Go: done');
    expect(screen).toContain('✔ MQTT – Lightweight messaging protocol for IoT & real-time apps: done');
    expect(json<StatusJson>('status').done).toBe(8);
  });

  it('offers only topics the verb would change', async () => {
    const { home, run } = user();
    run('use', 'go-backend-cloud');
    const terminal = inTerminal(home, ['done']);
    await terminal.waitFor(/Topic to mark done/);
    terminal.type('Implement authentication');
    const screen = await terminal.waitFor(/Cancel/);
    expect(screen).not.toContain('Implement authentication (JWT, OAuth)\n'); // already done, so not offered
    terminal.send('C-c');
    await terminal.waitFor(/\[exit \d+\]/);
  });

  it('Ctrl-C at the prompt changes nothing and exits 130 without a stack trace', async () => {
    const { home, run, db } = user();
    run('use', 'go-backend-cloud');
    const before = sha256(db);
    const terminal = inTerminal(home, ['skip']);
    await terminal.waitFor(/Topic to skip/);
    terminal.type('gorout');
    await terminal.waitFor(/❯ Goroutines/);
    terminal.send('C-c');
    const screen = await terminal.waitFor(/\[exit \d+\]/);
    expect(screen).toContain('[exit 130]');
    expect(screen).toContain('Cancelled; nothing changed.');
    // The prompt and its list are cleared: nothing of them is left above the outcome.
    expect(screen).not.toContain('Topic to skip');
    expect(screen).not.toContain('Goroutines');
    expect(screen).not.toMatch(/\n\s+at /);
    expect(sha256(db)).toBe(before);
  });

  it('remove asks first, and y removes', async () => {
    const { home, run, json } = user();
    fs.writeFileSync(path.join(home, 'rust.md'), '# Rust\n## A\n- x\n');
    run('add', path.join(home, 'rust.md'));
    const terminal = inTerminal(home, ['remove', 'rust']);
    await terminal.waitFor(/Remove rust with all its progress, notes and history\? \(y\/N\)/);
    terminal.type('y');
    terminal.send('Enter');
    expect(await terminal.waitFor(/\[exit \d+\]/)).toContain('[exit 0]');
    expect(json<ListJson>('list').roadmaps.map((r) => r.id)).not.toContain('rust');
  });

  it('review walks through the topics due: good at the default, then stop; the one stopped at stays due', async () => {
    const { home } = user();
    const at = (now: string, ...args: string[]) => roadmap(home, ['-r', 'go-backend-cloud', ...args], { env: { ROADMAP_NOW: now } });
    at('2026-11-01T09:00:00Z', 'done', 'goroutines', 'unit-testing');
    const terminal = inTerminal(home, ['-r', 'go-backend-cloud', 'review'], { ROADMAP_NOW: '2026-11-05T09:00:00Z' });
    await terminal.waitFor(/\[1\/2\] How well do you remember Goroutines[\s\S]*❯ Good: I remembered it/);
    terminal.send('Enter');
    await terminal.waitFor(/\[2\/2\] How well do you remember Unit Testing/);
    terminal.send('Down');
    terminal.send('Down');
    await terminal.waitFor(/❯ Stop reviewing for now/);
    terminal.send('Enter');
    const screen = await terminal.waitFor(/\[exit \d+\]/);
    expect(screen).toContain('[exit 0]');
    expect(screen).toMatch(/Reviewed Goroutines – Optimizing performance with concurrency in Go: good;/);
    const left = JSON.parse(at('2026-11-05T09:00:00Z', 'review', '--json').stdout) as ReviewListJson;
    expect(left.due.map((review) => review.shortId)).toEqual(['unit-testing-writing-testable']);
  });

  it('note with no text opens $EDITOR and saves what was written', async () => {
    const { home, run, json } = user();
    run('use', 'go-backend-cloud');
    const editor = path.join(home, 'editor.sh');
    fs.writeFileSync(editor, '#!/bin/sh\nprintf "written in the editor\\n" >> "$1"\n', { mode: 0o755 });
    const terminal = inTerminal(home, ['note', 'goroutines'], { EDITOR: editor });
    expect(await terminal.waitFor(/\[exit \d+\]/)).toContain('[exit 0]');
    expect(json<ShowJson>('show', 'goroutines').notes.map((n) => n.text)).toEqual(['written in the editor']);
  });
});

describe('never prompts without a terminal', () => {
  it('exits at once with a usage error when stdin is an idle pipe', async () => {
    const { home } = user();
    const child = spawn(process.execPath, [BIN, 'done'], { env: cleanEnv({ HOME: home, ROADMAP_HOME: home }), stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(null);
      }, 10_000);
      child.on('exit', (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    expect(code).toBe(64);
    expect(stderr).toContain('roadmap: done needs a topic when it cannot prompt');
  });

  it.skipIf(!HAS_TMUX)('does not prompt in a terminal when CI is set (skipped without tmux)', async () => {
    const { home } = user();
    const terminal = inTerminal(home, ['start'], { CI: 'true' });
    const screen = await terminal.waitFor(/\[exit \d+\]/);
    expect(screen).toContain('[exit 64]');
    expect(screen).toContain('roadmap: start needs a topic when it cannot prompt');
  });
});
