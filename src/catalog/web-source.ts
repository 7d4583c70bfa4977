/**
 * Roadmaps from the web: `add https://…/file.md`, a GitHub repository or file, `github:owner/repo`,
 * a roadmap.sh roadmap (`roadmap.sh/<name>`: its diagram as roadmap.sh's API serves it).
 * Fetched with Node's own fetch: http(s) only, redirects followed by hand (at most 5), a stall
 * timeout reset by every chunk, the same size limit as a file (reading stops there), and refused
 * when the answer is a web page or not text.
 */
import { EXIT, UserError } from '../errors.js';

const MAX_REDIRECTS = 5;
/** Without a byte for this long, the download is given up (ROADMAP_HTTP_TIMEOUT, in seconds, sets it). */
const STALL_MS = 30_000;

export function isWebSource(typed: string): boolean {
  return /^https?:\/\//i.test(typed) || typed.startsWith('github:') || ROADMAP_SH_PAGE.test(typed);
}

/** roadmap.sh's page of a roadmap, with or without the scheme: `roadmap.sh/backend`. */
const ROADMAP_SH_PAGE = /^(?:https?:\/\/)?(?:www\.)?roadmap\.sh\/([a-z0-9][a-z0-9-]*)\/?(?:[?#].*)?$/i;
/** Where roadmap.sh serves a roadmap's diagram as JSON (ROADMAP_SH_API sets another, for a mirror or the tests). */
const ROADMAP_SH_API = 'https://roadmap.sh/api/v1-official-roadmap';

/**
 * The URL that serves a source's markdown: a GitHub repository, tree or blob page is its raw file
 * (a repository or folder: its README.md; HEAD is the default branch); `github:owner/repo[/path][@ref]`
 * alike; a roadmap.sh page is its diagram from roadmap.sh's API.
 */
export function markdownUrl(typed: string, env: Readonly<Record<string, string | undefined>> = {}): string {
  const page = ROADMAP_SH_PAGE.exec(typed);
  if (page) return `${(env.ROADMAP_SH_API || ROADMAP_SH_API).replace(/\/+$/, '')}/${page[1].toLowerCase()}`;
  const short = /^github:([\w.-]+)\/([\w.-]+)((?:\/[^@]+)?)(?:@(.+))?$/.exec(typed);
  if (typed.startsWith('github:')) {
    if (!short)
      throw new UserError(`'${typed}' is not a GitHub source`, { hint: 'github:owner/repo, github:owner/repo/path/file.md or github:owner/repo@branch' });
    const [, owner, repo, file, ref] = short;
    return raw(owner, repo, ref ?? 'HEAD', file ? file.slice(1) : '');
  }
  const url = new URL(typed);
  if (url.hostname === 'github.com' || url.hostname === 'www.github.com') {
    const [owner, repo, kind, ref, ...rest] = url.pathname.split('/').filter(Boolean);
    if (owner && repo && kind === undefined) return raw(owner, repo.replace(/\.git$/, ''), 'HEAD', '');
    if (owner && repo && (kind === 'blob' || kind === 'tree') && ref) return raw(owner, repo, ref, rest.join('/'), kind === 'tree');
  }
  return url.href;
}

function raw(owner: string, repo: string, ref: string, file: string, folder = false): string {
  const path = file === '' || folder ? [file, 'README.md'].filter(Boolean).join('/') : file;
  return `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/${path}`;
}

/** A name for the roadmap from its URL: the file's, or for a README the folder's (a repository's own name). */
export function nameFromUrl(address: string): string {
  const url = new URL(address);
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const raw = url.hostname === 'raw.githubusercontent.com';
  const file = parts.at(-1) ?? url.hostname;
  if (/^readme(\.(md|markdown|txt))?$/i.test(file)) {
    const folder = parts.length - 2 >= (raw ? 3 : 0) ? parts[parts.length - 2] : raw ? parts[1] : undefined;
    return folder ?? url.hostname;
  }
  return file.replace(/\.(md|markdown|txt|json)$/i, '');
}

/** What a source's answers said, for the next fetch to ask whether it changed. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type Fetched = ({ kind: 'fresh'; bytes: Buffer; url: string } & Validators) | { kind: 'unchanged' };

export interface FetchOptions {
  maxBytes: number;
  /** What the last fetch answered: an unchanged roadmap then costs one request (304). */
  etag?: string | null;
  lastModified?: string | null;
  env: Readonly<Record<string, string | undefined>>;
  onProgress?: (received: number, total: number) => void;
}

export async function fetchMarkdown(address: string, options: FetchOptions): Promise<Fetched> {
  const stallMs = stall(options.env);
  let url = address;
  for (let redirects = 0; ; redirects++) {
    if (!/^https?:$/.test(new URL(url).protocol)) throw unavailable(address, `it redirects to ${new URL(url).protocol} (only http and https are fetched)`);
    const controller = new AbortController();
    let timer = setTimeout(() => controller.abort(), stallMs);
    const headers: Record<string, string> = { accept: 'text/markdown, text/plain;q=0.9, application/json;q=0.8, */*;q=0.1', 'user-agent': 'roadmap' };
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;
    let response: Response;
    try {
      response = await fetch(url, { headers, redirect: 'manual', signal: controller.signal });
    } catch (error) {
      clearTimeout(timer);
      throw unavailable(address, controller.signal.aborted ? `no answer in ${stallMs / 1000} s` : `it could not be reached (${cause(error)})`);
    }
    // An answer whose body is not read: the stall timer stopped and the body let go.
    const drop = async () => {
      clearTimeout(timer);
      await response.body?.cancel();
    };
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      const location = response.headers.get('location');
      await drop();
      if (!location) throw unavailable(address, `it answered ${response.status} with nowhere to go`);
      if (redirects === MAX_REDIRECTS) throw unavailable(address, `it redirects more than ${MAX_REDIRECTS} times`);
      url = new URL(location, url).href;
      continue;
    }
    if (response.status === 304) {
      await drop();
      return { kind: 'unchanged' };
    }
    if (!response.ok) {
      await drop();
      throw unavailable(address, `it answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (type === 'text/html' || type === 'application/xhtml+xml') {
      await drop();
      throw notMarkdown(address, 'is a web page (HTML), not a markdown file');
    }
    // JSON is read too: roadmap.sh's diagrams.
    const readable = type === '' || type.startsWith('text/') || type === 'application/octet-stream' || type.endsWith('markdown') || /[/+]json$/.test(type);
    if (!readable) {
      await drop();
      throw notMarkdown(address, `is ${type}, not a markdown file`);
    }
    const total = Number(response.headers.get('content-length') ?? 0);
    if (total > options.maxBytes) {
      await drop();
      throw tooLarge(address, options.maxBytes);
    }
    const chunks: Buffer[] = [];
    let received = 0;
    try {
      for await (const chunk of response.body ?? []) {
        clearTimeout(timer);
        timer = setTimeout(() => controller.abort(), stallMs);
        received += chunk.length;
        if (received > options.maxBytes) {
          controller.abort();
          throw tooLarge(address, options.maxBytes);
        }
        chunks.push(Buffer.from(chunk));
        options.onProgress?.(received, total);
      }
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw unavailable(address, controller.signal.aborted ? `the download stalled for ${stallMs / 1000} s` : `the download failed (${cause(error)})`);
    } finally {
      clearTimeout(timer);
    }
    const bytes = Buffer.concat(chunks);
    if (/^\s*<(!doctype html|html[\s>])/i.test(bytes.subarray(0, 512).toString('latin1')))
      throw notMarkdown(address, 'is a web page (HTML), not a markdown file');
    return { kind: 'fresh', bytes, url, etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
  }
}

function stall(env: Readonly<Record<string, string | undefined>>): number {
  const seconds = Number(env.ROADMAP_HTTP_TIMEOUT);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : STALL_MS;
}

function cause(error: unknown): string {
  const inner = (error as { cause?: { code?: string; message?: string } }).cause;
  return inner?.code ?? inner?.message ?? (error as Error).message;
}

function unavailable(address: string, why: string): UserError {
  return new UserError(`cannot fetch ${address}: ${why}`, { exitCode: EXIT.unavailable });
}

function notMarkdown(address: string, what: string): UserError {
  return new UserError(`${address} ${what}`, {
    exitCode: EXIT.unavailable,
    hint: 'link the raw file: on GitHub, the Raw button (raw.githubusercontent.com), or github:owner/repo/path.md',
  });
}

function tooLarge(address: string, maxBytes: number): UserError {
  return new UserError(`${address} goes on past the ${(maxBytes / 1024 / 1024).toFixed(1)} MiB limit for a roadmap; reading stopped there`, {
    exitCode: EXIT.data,
    hint: 'if it really is one roadmap, raise the limit with --max-size <MiB>',
  });
}

const validatorsKey = (roadmapId: string) => `http:${roadmapId}`;

export function storedValidators(store: { getMeta(key: string): string | undefined }, roadmapId: string): Validators {
  const text = store.getMeta(validatorsKey(roadmapId));
  return text ? (JSON.parse(text) as Validators) : { etag: null, lastModified: null };
}

/** Call inside `write`. */
export function storeValidators(store: { setMeta(key: string, value: string): void }, roadmapId: string, fetched: Validators): void {
  store.setMeta(validatorsKey(roadmapId), JSON.stringify({ etag: fetched.etag, lastModified: fetched.lastModified }));
}
