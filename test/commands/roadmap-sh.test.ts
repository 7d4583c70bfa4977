// roadmap.sh roadmaps: a downloaded folder, a diagram file, and roadmap.sh/<name> from a local HTTP server standing in for roadmap.sh's API.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { NextJson, ShowJson, ShowRoadmapJson, StatusJson, TopicJson } from '../../src/render/json.js';
import { inProcess } from '../helpers/in-process.js';
import { tempDir } from '../helpers/temp.js';

const FIXTURE = path.join(import.meta.dirname, '../fixtures/roadmap-sh/mini');

function learner(env: Record<string, string> = {}) {
  const home = tempDir();
  const run = (...args: string[]) => inProcess(home, args, { ROADMAP_NOW: '2026-12-01T10:00:00Z', ...env });
  const json = async <T>(...args: string[]) => JSON.parse((await run(...args, '--json')).stdout) as T;
  return { home, run, json };
}

/** A copy of the fixture folder to change, named as roadmap.sh names it (the folder is the roadmap's name). */
function copyOfFixture(home: string): string {
  const dir = path.join(home, 'mini');
  fs.cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

const leaves = (topics: readonly TopicJson[]): TopicJson[] => topics.flatMap((topic) => (topic.topics.length === 0 ? [topic] : leaves(topic.topics)));

describe('a roadmap.sh folder', () => {
  it('is added with its title, topics, subtopics, tags, descriptions and typed resources, and says the grouping is inferred', async () => {
    const { run, json } = learner();
    const added = await run('add', FIXTURE);
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('Added mini: Mini Developer (7 topics in 3 sections, from 7 roadmap.sh nodes)');
    expect(added.stderr).toContain(
      "the subtopics under each topic are inferred from the diagram's layout (1 by a line, 1 by their box or stack, 2 by nearness alone); to correct them, roadmap export --format md -o <file.md>, edit it, and roadmap add it as your own",
    );
    const status = await json<StatusJson>('-r', 'mini', 'status');
    expect(status.sections.map((section) => [section.title, leaves(section.topics).map((topic) => topic.title)])).toEqual([
      ['Internet', ['Internet', 'What is HTTP?', 'DNS']],
      ['Pick a Language', ['Pick a Language', 'Go', 'Rust']],
      ['Version Control', ['Version Control']],
    ]);
    expect(status.sections[1].topics.map((topic) => topic.tags ?? null)).toEqual([null, ['recommended'], ['alternative']]);
    const text = (await run('-r', 'mini', 'status', '--topics')).stdout;
    expect(text).toContain('○ Rust [alternative]  rust');
    const show = await json<ShowJson>('-r', 'mini', 'show', 'what-is-http');
    expect([show.description, show.tags, show.resources]).toEqual([
      'HTTP is the protocol of the web: see its spec.',
      ['recommended'],
      [
        { title: 'Everything you need to know about HTTP', url: 'https://example.com/http', type: 'article' },
        { title: 'HTTP Crash Course', url: 'https://www.youtube.com/watch?v=example', type: 'video' },
      ],
    ]);
    const shown = (await run('-r', 'mini', 'show', 'what-is-http')).stdout;
    expect(shown).toContain('tags    recommended');
    expect(shown).toContain('  • [video] HTTP Crash Course  https://www.youtube.com/watch?v=example');
  });

  it('keeps a diagram’s escapes off the terminal: labels and legends are sanitised', async () => {
    const { home, run } = learner();
    const file = path.join(home, 'evil.json');
    const evil = '\u001b]0;pwned\u0007';
    fs.writeFileSync(
      file,
      JSON.stringify({
        nodes: [
          { id: 't', type: 'topic', position: { x: 0, y: 0 }, measured: { width: 200, height: 49 }, data: { label: `Topic${evil}` } },
          {
            id: 's',
            type: 'subtopic',
            position: { x: 300, y: 0 },
            measured: { width: 150, height: 49 },
            data: { label: 'Sub', legend: { label: `Weird${evil} / x` } },
          },
        ],
      }),
    );
    await run('add', file);
    const shown = [(await run('-r', 'evil', 'status', '--topics')).stdout, (await run('-r', 'evil', 'show', 'sub')).stdout].join('\n');
    expect(shown).not.toContain('\u001b');
    expect(shown).toContain('○ Sub [weird');
  });

  it('suggests the main path first: an alternative comes after every other open topic', async () => {
    const { run, json } = learner();
    await run('add', FIXTURE);
    const next = await json<NextJson>('-r', 'mini', 'next', '-n', '10');
    expect(next.suggestions.map((suggestion) => suggestion.title)).toEqual([
      'Internet',
      'What is HTTP?',
      'DNS',
      'Pick a Language',
      'Go',
      'Version Control',
      'Rust',
    ]);
  });

  it('exports as markdown a learner can edit and add as their own: the same topics come back', async () => {
    const { home, run, json } = learner();
    await run('add', FIXTURE);
    await run('-r', 'mini', 'done', 'dns');
    const file = path.join(home, 'mini-own.md');
    expect((await run('-r', 'mini', 'export', '--format', 'md', '-o', file)).status).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toContain('## Internet\n\n- [ ] Internet\n- [ ] What is HTTP?\n- [x] DNS\n');
    expect((await run('add', file)).status).toBe(0);
    const [mine, theirs] = [await json<StatusJson>('-r', 'mini-own', 'status'), await json<StatusJson>('-r', 'mini', 'status')];
    const titles = (status: StatusJson) => status.sections.map((section) => [section.title, leaves(section.topics).map((topic) => topic.title)]);
    expect(titles(mine)).toEqual(titles(theirs));
    expect([mine.done, mine.total]).toEqual([1, 7]);
  });

  it('keeps progress through a redrawn version by node id: renamed, moved to another topic, or drawn anew with its oldId', async () => {
    const { home, run, json } = learner();
    const dir = copyOfFixture(home);
    await run('add', dir);
    await run('-r', 'mini', 'done', 'what-is-http', 'go');
    await run('-r', 'mini', 'skip', 'dns');
    const file = path.join(dir, 'mini.json');
    const diagram = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      nodes: { id: string; data: { label: string; oldId?: string }; position: { x: number; y: number } }[];
    };
    const byId = (id: string) => diagram.nodes.find((node) => node.id === id)!;
    byId('n-http').data.label = 'HTTP in depth';
    // DNS moves beside Version Control; Go is drawn anew, remembering its old id.
    byId('n-dns').position = { x: 300, y: 600 };
    (byId('n-dns') as unknown as { positionAbsolute: unknown }).positionAbsolute = { x: 300, y: 600 };
    Object.assign(byId('n-go'), { id: 'n-golang' });
    byId('n-golang').data = { ...byId('n-golang').data, label: 'Golang', oldId: 'n-go' };
    fs.writeFileSync(file, JSON.stringify(diagram));
    fs.renameSync(path.join(dir, 'content', 'go@n-go.md'), path.join(dir, 'content', 'golang@n-golang.md'));
    const refreshed = await run('refresh', 'mini');
    expect(refreshed.status).toBe(0);
    const status = await json<StatusJson>('-r', 'mini', 'status');
    const statuses = status.sections.flatMap((section) => leaves(section.topics).map((topic) => `${section.title} › ${topic.title}: ${topic.status}`));
    expect(statuses).toEqual([
      'Internet › Internet: todo',
      'Internet › HTTP in depth: done',
      'Pick a Language › Pick a Language: todo',
      'Pick a Language › Golang: done',
      'Pick a Language › Rust: todo',
      'Version Control › Version Control: todo',
      'Version Control › DNS: skipped',
    ]);
    expect((await json<ShowJson>('-r', 'mini', 'show', 'golang')).description).toBe('Go is a statically typed language from Google.');
    // The same folder again is the same document: nothing moves.
    await run('refresh', 'mini');
    expect((await json<StatusJson>('-r', 'mini', 'status')).sections).toEqual(status.sections);
  });

  it('a diagram file alone is titled by its title node; a folder without its diagram, JSON that is no diagram and an old mockup are refused', async () => {
    const { home, run } = learner();
    const file = path.join(home, 'mini.json');
    fs.copyFileSync(path.join(FIXTURE, 'mini.json'), file);
    expect((await run('add', file)).stdout).toContain('Added mini: Mini (7 topics in 3 sections, from 7 roadmap.sh nodes)');
    const empty = path.join(home, 'empty');
    fs.mkdirSync(empty);
    const folder = await run('add', empty);
    expect([folder.status, folder.stderr]).toEqual([66, expect.stringContaining(`${empty} is a directory; name a markdown file`)]);
    expect(folder.stderr).toContain("a roadmap.sh roadmap's folder holds empty.json");
    // Downloaded under another name: its one diagram (roadmap.sh's migration-mapping.json aside) is read.
    const renamed = path.join(home, 'downloaded');
    fs.cpSync(FIXTURE, renamed, { recursive: true });
    fs.writeFileSync(path.join(renamed, 'migration-mapping.json'), '{"internet": "n-internet"}');
    expect((await run('add', renamed)).stdout).toContain('Added downloaded: Mini Developer (7 topics in 3 sections');
    fs.copyFileSync(path.join(renamed, 'mini.json'), path.join(renamed, 'mini-beginner.json'));
    expect((await run('add', renamed, '--id', 'two')).status).toBe(66);
    fs.writeFileSync(path.join(home, 'package.json'), '{"name":"not-a-roadmap"}');
    const other = await run('add', path.join(home, 'package.json'));
    expect([other.status, other.stderr]).toEqual([
      65,
      expect.stringContaining('JSON, but not a roadmap.sh roadmap (no "nodes" list): roadmap reads markdown and roadmap.sh\'s JSON'),
    ]);
    fs.writeFileSync(path.join(home, 'old.json'), '{"mockup":{"controls":{"control":[]}}}');
    const old = await run('add', path.join(home, 'old.json'));
    expect([old.status, old.stderr]).toEqual([65, expect.stringContaining('an older roadmap.sh diagram (a Balsamiq mockup)')]);
    expect((await run('list', '--json')).stdout).not.toContain('"old"');
  });

  it('has no boxes to write back to: write-back is refused, on add (nothing stored) and later', async () => {
    const { home, run } = learner();
    const refused = await run('add', FIXTURE, '--write-back');
    expect([refused.status, refused.stderr]).toEqual([
      64,
      expect.stringContaining('mini is a roadmap.sh diagram: write-back ticks the [ ] boxes of a markdown checklist, and it has none'),
    ]);
    expect((await run('list', '--json')).stdout).not.toContain('"mini"');
    const dir = copyOfFixture(home);
    await run('add', dir);
    const later = await run('write-back', 'on', 'mini');
    expect([later.status, later.stderr]).toEqual([
      64,
      expect.stringContaining('hint: roadmap export --format md -r mini -o <file.md>, then roadmap add <file.md> --write-back'),
    ]);
    expect(fs.readFileSync(path.join(dir, 'mini.json'), 'utf8')).toBe(fs.readFileSync(path.join(FIXTURE, 'mini.json'), 'utf8'));
  });
});

describe('roadmap.sh/<name>, from roadmap.sh’s API', () => {
  const servers: http.Server[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  /** The API as roadmap.sh serves it: `{_id, title, slug, nodes, edges}` as application/json, with an ETag. */
  async function api() {
    const diagram = JSON.parse(fs.readFileSync(path.join(FIXTURE, 'mini.json'), 'utf8')) as object;
    const body = JSON.stringify({ _id: '6592b9b2', title: 'Mini from the API', slug: 'mini', ...diagram });
    const seen: string[] = [];
    const server = http.createServer((request, response) => {
      seen.push(`${request.url}${request.headers['if-none-match'] ? ` (${request.headers['if-none-match']})` : ''}`);
      if (request.url !== '/api/v1-official-roadmap/mini') return response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      if (request.headers['if-none-match'] === '"m1"') return response.writeHead(304).end();
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', etag: '"m1"' }).end(body);
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1-official-roadmap`, seen };
  }

  it('fetches the diagram for roadmap.sh/<name> and https://roadmap.sh/<name>, and refreshes it with one request', async () => {
    const { base, seen } = await api();
    const { run, json } = learner({ ROADMAP_SH_API: base });
    const added = await run('add', 'roadmap.sh/mini');
    expect([added.status, added.stdout]).toEqual([
      0,
      expect.stringContaining('Added mini: Mini from the API (7 topics in 3 sections, from 7 roadmap.sh nodes)'),
    ]);
    expect(added.stderr).toContain(`Fetching ${base}/mini`);
    const list = await json<{ roadmaps: { id: string; source: string | null }[] }>('list');
    expect(list.roadmaps.find((roadmap) => roadmap.id === 'mini')?.source).toBe(`${base}/mini`);
    expect((await run('-r', 'mini', 'show')).stdout).toContain(`source  ${base}/mini (a roadmap.sh diagram)\n`);
    expect(await json<ShowRoadmapJson>('-r', 'mini', 'show')).toMatchObject({
      from: 'url',
      source: `${base}/mini`,
      format: 'roadmap.sh',
      total: 7,
      sections: 3,
    });
    await run('-r', 'mini', 'done', 'go');
    expect((await run('refresh', 'mini')).stderr).toContain('is unchanged since it was last fetched');
    expect(seen).toEqual(['/mini', '/mini ("m1")'].map((tail) => `/api/v1-official-roadmap${tail}`));
    const again = await run('add', 'https://roadmap.sh/mini', '--id', 'mini-2');
    expect(again.status).toBe(0);
    expect((await json<StatusJson>('-r', 'mini', 'status')).done).toBe(1);
    const missing = await run('add', 'roadmap.sh/nothing-here');
    expect([missing.status, missing.stderr]).toEqual([69, expect.stringContaining(`cannot fetch ${base}/nothing-here: it answered 404`)]);
  });
});
