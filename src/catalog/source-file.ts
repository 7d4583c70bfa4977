/**
 * Reading a roadmap file a user names: `~`, symlinks, directories, FIFOs, huge files, or `-` for
 * stdin; and a roadmap.sh roadmap's folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, UserError } from '../errors.js';
import { splitFrontMatter } from '../roadmap/title.js';

/** Roadmaps are documents, not data dumps: above this, `--max-size` must say so. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface SourceFile {
  bytes: Buffer;
  /** Canonical absolute path (symlinks resolved), or null for stdin. */
  path: string | null;
  /** File name without extension, to name the roadmap by. */
  name: string;
}

export interface SourceOptions {
  homedir: string;
  cwd: string;
  maxBytes: number;
  readStdin: (limit: number) => Buffer;
  /** A roadmap.sh roadmap's folder is read as one document (add, refresh); otherwise a directory is refused. */
  folders?: boolean;
}

export function readSourceFile(typed: string, options: SourceOptions): SourceFile {
  if (typed === '-') {
    // One byte past the limit is enough to refuse: an endless pipe is never read to its end.
    const bytes = options.readStdin(options.maxBytes + 1);
    checkSize(bytes.length, 'standard input', options.maxBytes, 'goes on past');
    return { bytes, path: null, name: 'stdin' };
  }
  // A quoted "~/x.md" reaches us unexpanded; expand it as the shell would have.
  const expanded = typed === '~' || typed.startsWith('~/') ? path.join(options.homedir, typed.slice(1)) : typed;
  const resolved = path.resolve(options.cwd, expanded);
  let real: string;
  let stat: fs.Stats;
  try {
    real = fs.realpathSync.native(resolved);
    stat = fs.statSync(real);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new UserError(`no such file: ${typed}`, { exitCode: EXIT.noInput, hint: resolved === typed ? undefined : `looked for ${resolved}` });
    if (code === 'EACCES') throw new UserError(`cannot read ${typed}: permission denied`, { exitCode: EXIT.noInput });
    if (code === 'ELOOP') throw new UserError(`${typed} is a loop of symbolic links`, { exitCode: EXIT.noInput });
    throw error;
  }
  if (stat.isDirectory()) {
    const folder = options.folders ? readRoadmapShFolder(real, typed, options.maxBytes) : undefined;
    if (folder) return { bytes: folder, path: real, name: path.basename(real) };
    throw new UserError(`${typed} is a directory; name a markdown file`, {
      exitCode: EXIT.noInput,
      hint: options.folders ? `a roadmap.sh roadmap's folder holds ${path.basename(real)}.json` : undefined,
    });
  }
  // A FIFO or device would block or never end: only regular files are read (`-` reads a pipe).
  if (!stat.isFile()) throw new UserError(`${typed} is not a regular file; to read from a pipe, use - and pipe it in`, { exitCode: EXIT.noInput });
  checkSize(stat.size, typed, options.maxBytes);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(real);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EACCES') throw new UserError(`cannot read ${typed}: permission denied`, { exitCode: EXIT.noInput });
    throw error;
  }
  return { bytes, path: real, name: path.basename(real).replace(/\.(md|markdown|txt|json)$/i, '') };
}

/** `beyond`: for a stream read only up to the limit, what is said instead of its size. */
function checkSize(size: number, what: string, maxBytes: number, beyond?: string): void {
  if (size > maxBytes) {
    const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    throw new UserError(
      beyond
        ? `${what} ${beyond} the ${mib(maxBytes)} MiB limit for a roadmap`
        : `${what} is ${mib(size)} MiB, over the ${mib(maxBytes)} MiB limit for a roadmap`,
      {
        exitCode: EXIT.data,
        hint: 'if it really is one roadmap, raise the limit with --max-size <MiB>',
      },
    );
  }
}

/** Read a descriptor (standard input) to its end or to `limit` bytes, whichever comes first. */
export function readBounded(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, limit - total));
    let read: number;
    try {
      read = fs.readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue; // a non-blocking pipe with nothing yet
      if (code === 'EOF') break;
      throw error;
    }
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total >= limit) break;
  }
  return Buffer.concat(chunks, total);
}

/**
 * Which `<name>.json` of a folder is its diagram: the one named as the folder, else the only JSON
 * file there but roadmap.sh's own `migration-mapping.json` (a folder downloaded under another name).
 */
function diagramName(dir: string): string | undefined {
  let files: string[];
  try {
    files = fs.readdirSync(dir);
  } catch {
    return undefined;
  }
  const own = path.basename(dir);
  if (files.includes(`${own}.json`)) return own;
  const diagrams = files.filter((file) => file.endsWith('.json') && file !== 'migration-mapping.json');
  return diagrams.length === 1 ? diagrams[0].slice(0, -'.json'.length) : undefined;
}

/**
 * A roadmap.sh roadmap's folder as its repository has it (`src/data/roadmaps/<name>/`): the diagram
 * `<name>.json`, the page `<name>.md` whose front matter has the title, and `content/<label>@<node
 * id>.md`, each node's description and resources. Read into one JSON document (the diagram with
 * `title`, and `content` by node id), which is what is stored and parsed, as a fetched one is.
 * Undefined when the folder has no `<name>.json`.
 */
function readRoadmapShFolder(dir: string, typed: string, maxBytes: number): Buffer | undefined {
  const name = diagramName(dir);
  if (name === undefined) return undefined;
  let total = 0;
  const read = (file: string): string | undefined => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return undefined;
    }
    if (!stat.isFile()) return undefined;
    total += stat.size;
    checkSize(total, `${typed} (its diagram and content)`, maxBytes);
    return fs.readFileSync(file, 'utf8');
  };
  const diagram = read(path.join(dir, `${name}.json`));
  if (diagram === undefined) return undefined;
  let document: unknown;
  try {
    document = JSON.parse(diagram);
  } catch {
    return Buffer.from(diagram); // not JSON: reading it says so
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return Buffer.from(diagram);
  const page = read(path.join(dir, `${name}.md`));
  const title = page === undefined ? undefined : splitFrontMatter(page).title;
  const content: Record<string, string> = {};
  const contentDir = path.join(dir, 'content');
  let files: string[] = [];
  try {
    files = fs.readdirSync(contentDir);
  } catch {
    // no content: the diagram alone
  }
  // Sorted, so the same folder is always the same document (and a refresh of it stores nothing new).
  for (const file of files.sort()) {
    const id = /@([^@/\\]+)\.md$/.exec(file)?.[1];
    const text = id === undefined ? undefined : read(path.join(contentDir, file));
    if (id !== undefined && text !== undefined) content[id] = text;
  }
  return Buffer.from(JSON.stringify({ ...document, ...(title ? { title } : {}), content }));
}
