// Roadmaps from the web, against a real HTTP server on 127.0.0.1 (there is no internet in CI).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { markdownUrl, nameFromUrl } from '../../src/catalog/web-source.js';
import type { StatusJson } from '../../src/render/json.js';
import { inProcess } from '../helpers/in-process.js';
import { tempDir } from '../helpers/temp.js';

const MARKDOWN = '# Web Roadmap\n\n## Basics\n\n- One\n- Two\n';

interface Served {
  url: string;
  /** Requests seen, as "METHOD path (if-none-match)". */
  seen: string[];
  close(): Promise<void>;
}

const servers: Served[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function serve(handler: (request: http.IncomingMessage, response: http.ServerResponse) => void): Promise<Served> {
  const seen: string[] = [];
  const server = http.createServer((request, response) => {
    seen.push(`${request.method} ${request.url}${request.headers['if-none-match'] ? ` (${request.headers['if-none-match']})` : ''}`);
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const served = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  servers.push(served);
  return served;
}

/** A server of one markdown file at /web.md, with an ETag, answering 304 when it matches. */
async function markdownServer(state = { text: MARKDOWN, etag: '"v1"' }) {
  const server = await serve((request, response) => {
    if (request.url !== '/web.md') return response.writeHead(404).end('no');
    if (request.headers['if-none-match'] === state.etag) return response.writeHead(304).end();
    response.writeHead(200, { 'content-type': 'text/markdown; charset=utf-8', etag: state.etag }).end(state.text);
  });
  return { ...server, state };
}

function learner(env: Record<string, string> = {}) {
  const home = tempDir();
  return { home, run: (...args: string[]) => inProcess(home, args, { ROADMAP_NOW: '2026-11-21T10:00:00Z', ...env }) };
}

describe('add and refresh from a URL', () => {
  it('adds a roadmap from a URL, and a refresh of an unchanged one costs one request answered 304', async () => {
    const server = await markdownServer();
    const { run } = learner();
    const added = await run('add', `${server.url}/web.md`);
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('Added web: Web Roadmap (2 topics in 1 section');
    const list = JSON.parse((await run('list', '--json')).stdout) as { roadmaps: { id: string; source: string | null }[] };
    expect(list.roadmaps.find((roadmap) => roadmap.id === 'web')?.source).toBe(`${server.url}/web.md`);
    await run('-r', 'web', 'done', 'one');
    const refreshed = await run('refresh', 'web');
    expect(refreshed.status).toBe(0);
    expect(refreshed.stderr).toContain(`${server.url}/web.md is unchanged since it was last fetched`);
    expect(server.seen).toEqual(['GET /web.md', 'GET /web.md ("v1")']);
    // Changed there: fetched again, progress kept.
    server.state.text = MARKDOWN.replace('- Two', '- Two\n- Three');
    server.state.etag = '"v2"';
    expect((await run('refresh', 'web')).stdout).toContain('Updated web: Web Roadmap (3 topics');
    const status = JSON.parse((await run('-r', 'web', 'status', '--json')).stdout) as StatusJson;
    expect([status.done, status.total]).toEqual([1, 3]);
    expect(server.seen.at(-1)).toBe('GET /web.md ("v1")');
    await run('refresh', 'web');
    expect(server.seen.at(-1)).toBe('GET /web.md ("v2")');
  });

  it('makes relative links absolute against the URL, so resources stay clickable', async () => {
    const server = await serve((_request, response) => {
      response
        .writeHead(200, { 'content-type': 'text/plain' })
        .end('# Links\n\n## A\n\n- [Guide](docs/guide.md)\n- [Up](../up.md)\n- [Site](https://example.com/x)\n- [Here](#a)\n');
    });
    const { run } = learner();
    await run('add', `${server.url}/course/links.md`);
    const urls = await Promise.all(
      ['guide', 'up', 'site', 'here'].map(
        async (topic) => (JSON.parse((await run('-r', 'links', 'show', topic, '--json')).stdout) as { resources: { url: string }[] }).resources[0]?.url,
      ),
    );
    expect(urls).toEqual([`${server.url}/course/docs/guide.md`, `${server.url}/up.md`, 'https://example.com/x', '#a']);
    expect((await run('-r', 'links', 'export')).stdout).toContain(`(${server.url}/course/docs/guide.md)`);
  });

  it('follows a few redirects, not a loop', async () => {
    const target = await markdownServer();
    const hops = await serve((request, response) => {
      if (request.url === '/a') return response.writeHead(301, { location: '/b' }).end();
      if (request.url === '/b') return response.writeHead(302, { location: `${target.url}/web.md` }).end();
      response.writeHead(302, { location: request.url }).end(); // anything else: round and round
    });
    const { run } = learner();
    expect((await run('add', `${hops.url}/a`)).stdout).toContain('Added a: Web Roadmap');
    const loop = await run('add', `${hops.url}/loop`);
    expect([loop.status, loop.stderr]).toEqual([69, expect.stringContaining(`cannot fetch ${hops.url}/loop: it redirects more than 5 times`)]);
    expect(hops.seen.filter((line) => line.includes('/loop'))).toHaveLength(6);
  });

  it('refuses a missing page, a web page, an image and a body without end, with nothing added', async () => {
    let sent = 0;
    const server = await serve((request, response) => {
      if (request.url === '/page') return response.writeHead(200, { 'content-type': 'text/html' }).end('<p>hi</p>');
      if (request.url === '/sniffed.md') return response.writeHead(200, { 'content-type': 'text/plain' }).end('<!DOCTYPE html>\n<html><p>hi</p>');
      if (request.url === '/logo.png') return response.writeHead(200, { 'content-type': 'image/png' }).end('PNG');
      if (request.url === '/endless.md') {
        response.writeHead(200, { 'content-type': 'text/markdown' });
        const line = `- ${'x'.repeat(1000)}\n`;
        const pump = () => {
          while (!response.destroyed && response.write(line)) sent += line.length;
          if (!response.destroyed) response.once('drain', pump);
        };
        return pump();
      }
      response.writeHead(404, 'Not Found').end();
    });
    const { run } = learner();
    const cases: [string, number, string][] = [
      ['/missing.md', 69, 'it answered 404 Not Found'],
      ['/page', 69, 'is a web page (HTML), not a markdown file'],
      ['/sniffed.md', 69, 'is a web page (HTML), not a markdown file'],
      ['/logo.png', 69, 'is image/png, not a markdown file'],
      ['/endless.md', 65, 'goes on past the 1.0 MiB limit for a roadmap; reading stopped there'],
    ];
    for (const [path, code, message] of cases) {
      const result = await run('add', `${server.url}${path}`, '--max-size', '1');
      expect([result.status, result.stderr], path).toEqual([code, expect.stringContaining(message)]);
    }
    // Reading stopped at the limit: the server got to send little more than that.
    expect(sent).toBeLessThan(8 * 1024 * 1024);
    const list = JSON.parse((await run('list', '--json')).stdout) as { roadmaps: { id: string }[] };
    expect(list.roadmaps.map((roadmap) => roadmap.id)).not.toContain('endless');
  });

  it('gives up on a server that never answers, after the stall timeout', async () => {
    const silent = await serve(() => undefined);
    const { run } = learner({ ROADMAP_HTTP_TIMEOUT: '0.3' });
    const result = await run('add', `${silent.url}/web.md`);
    expect([result.status, result.stderr]).toEqual([69, expect.stringContaining('no answer in 0.3 s')]);
  });

  it('offline, a refresh says so and keeps the stored version', async () => {
    const server = await markdownServer();
    const { run } = learner();
    await run('add', `${server.url}/web.md`);
    await server.close();
    servers.splice(servers.indexOf(server), 1);
    const refreshed = await run('refresh', 'web');
    expect(refreshed.status).toBe(69);
    expect(refreshed.stderr).toMatch(/it could not be reached \(\w+\); the stored copy of web is still used/);
    expect((await run('-r', 'web', 'status')).stdout).toContain('Basics');
  });

  it('has no file to write back to', async () => {
    const server = await markdownServer();
    const { run } = learner();
    const result = await run('add', 'https://example.com/x.md', '--write-back');
    expect(result.stderr).toContain('--write-back ticks a file of your own: a roadmap from the web has none');
    await run('add', `${server.url}/web.md`);
    const on = await run('write-back', 'on', 'web');
    expect([on.status, on.stderr.split('\n')[0]]).toEqual([
      64,
      `roadmap: web came from the web (${server.url}/web.md): there is no file of yours to write back to`,
    ]);
  });
});

describe('where a source’s markdown is', () => {
  it.each([
    ['github:kamranahmedse/developer-roadmap', 'https://raw.githubusercontent.com/kamranahmedse/developer-roadmap/HEAD/README.md'],
    ['github:owner/repo/docs/path.md@v2', 'https://raw.githubusercontent.com/owner/repo/v2/docs/path.md'],
    ['github:owner/repo@main', 'https://raw.githubusercontent.com/owner/repo/main/README.md'],
    ['https://github.com/owner/repo', 'https://raw.githubusercontent.com/owner/repo/HEAD/README.md'],
    ['https://github.com/owner/repo.git', 'https://raw.githubusercontent.com/owner/repo/HEAD/README.md'],
    ['https://github.com/owner/repo/blob/main/docs/roadmap.md', 'https://raw.githubusercontent.com/owner/repo/main/docs/roadmap.md'],
    ['https://github.com/owner/repo/tree/dev/guides', 'https://raw.githubusercontent.com/owner/repo/dev/guides/README.md'],
    ['https://example.com/a/b.md?x=1', 'https://example.com/a/b.md?x=1'],
  ])('%s', (typed, url) => {
    expect(markdownUrl(typed)).toBe(url);
  });

  it('names a roadmap by its file, or a README by its folder or repository', () => {
    expect(nameFromUrl('https://raw.githubusercontent.com/owner/go-roadmap/HEAD/README.md')).toBe('go-roadmap');
    expect(nameFromUrl('https://raw.githubusercontent.com/owner/repo/main/guides/README.md')).toBe('guides');
    expect(nameFromUrl('https://example.com/path/rust-path.md')).toBe('rust-path');
    expect(nameFromUrl('https://example.com/')).toBe('example.com');
  });
});
