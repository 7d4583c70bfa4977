/**
 * Parse a user's markdown in worker threads: in parallel for large files (remark runs at about half a
 * megabyte a second on one core), and always fenced in by memory limits and a limit on processor time, so a hostile
 * file (deep nesting, long runs of emphasis markers) ends with an error instead of a hang or a crash.
 * Nodes come back in batches and go straight into the roadmap builder, in document order, so the
 * whole document's syntax tree is never held at once.
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RootContent } from 'mdast';
import { EXIT, UserError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import { RoadmapBuilder } from '../roadmap/build-tree.js';
import { splitFrontMatter } from '../roadmap/title.js';
import type { Roadmap } from '../roadmap/types.js';
import { findUnreadableLine } from './nesting.js';
import { lineCount, splitAtHeadings } from './split.js';

type WorkerMessage = { type: 'nodes'; json: string; pieces: number } | { type: 'done' } | { type: 'failed'; tooDeep: boolean; message: string };

/** Above this size a document is split between two workers. */
const PARALLEL_BYTES = 512 * 1024;
/** Each worker's heap; pieces are parsed in small batches, so this bounds a piece, not the document. */
const HEAP_LIMIT_MB = 192;
/**
 * A guard against a hang the checks before parsing did not foresee, in processor time rather than
 * time on the clock, and far above what an honest file needs (about 2 s per MiB on one core), so a
 * busy machine, or a virtual one whose stolen time is counted as ours, never fails one.
 */
const cpuLimitMs = (length: number) => 30_000 + length / 40;
const CHECK_EVERY_MS = 100;

export async function parseRoadmapInWorkers(
  text: string,
  name: string,
  fallbackTitle: string,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<Roadmap> {
  const unreadable = findUnreadableLine(text);
  if (unreadable) throw new UserError(`${name}: line ${unreadable.line} ${unreadable.what}`, { exitCode: EXIT.data });
  const { title, body } = splitFrontMatter(text);
  const chunks = splitAtHeadings(body);
  const count = text.length > PARALLEL_BYTES ? Math.min(2, os.availableParallelism()) : 1;
  const builder = new RoadmapBuilder(fallbackTitle, title);
  // Part k's batches wait (as JSON text) until parts before it are done, then go to the builder in order.
  const parts = partition(chunks, count).map(() => ({ pending: [] as string[], done: false }));
  let current = 0;
  const drain = () => {
    while (current < parts.length) {
      const part = parts[current];
      for (const json of part.pending.splice(0)) builder.add(JSON.parse(json) as RootContent[]);
      if (!part.done) return;
      current++;
    }
  };
  // The process's processor time while the workers run is theirs: this thread only waits and builds.
  const started = process.cpuUsage();
  const budgetMs = cpuLimitMs(text.length) * count;
  const overBudget = () => {
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000 > budgetMs;
  };
  const limit = { overBudget, seconds: Math.round(budgetMs / count / 1000) };
  let parsed = 0;
  let firstLine = 1;
  const workers = partition(chunks, count).map((part, k) => {
    const starts = firstLine;
    for (const chunk of part) firstLine += lineCount(chunk);
    return runWorker(part, starts, name, limit, (json, pieces) => {
      parsed += pieces;
      onProgress(parsed, chunks.length);
      parts[k].pending.push(json);
      drain();
    }).then(() => {
      parts[k].done = true;
      drain();
    });
  });
  await Promise.all(workers);
  return builder.finish();
}

/** Contiguous runs of chunks of about equal length, in order. */
function partition(chunks: readonly string[], count: number): string[][] {
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const parts: string[][] = [[]];
  let filled = 0;
  for (const chunk of chunks) {
    if (filled >= (total / count) * parts.length && parts.length < count) parts.push([]);
    parts[parts.length - 1].push(chunk);
    filled += chunk.length;
  }
  return parts;
}

function runWorker(
  chunks: string[],
  firstLine: number,
  name: string,
  limit: { overBudget: () => boolean; seconds: number },
  onNodes: (json: string, pieces: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(packageRoot(), 'dist', 'parse-worker.cjs'), {
      workerData: { chunks, firstLine },
      resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB, stackSizeMb: 8 },
    });
    const fail = (message: string) => {
      clearInterval(timer);
      void worker.terminate();
      reject(new UserError(`${name}: ${message}`, { exitCode: EXIT.data }));
    };
    const timer = setInterval(() => {
      if (limit.overBudget())
        fail(`reading the markdown took over ${limit.seconds} s of processor time: it is too complex (deep nesting, or long runs of * or _)`);
    }, CHECK_EVERY_MS);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'nodes') return onNodes(message.json, message.pieces);
      clearInterval(timer);
      void worker.terminate();
      if (message.type === 'done') resolve();
      else if (message.tooDeep) reject(new UserError(`${name}: the markdown is nested too deeply to read`, { exitCode: EXIT.data }));
      else reject(new Error(message.message));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') fail(`reading the markdown needs more than ${HEAP_LIMIT_MB} MB of memory: it is too large or too complex`);
      else fail(`could not be read: ${error.message}`);
    });
  });
}
