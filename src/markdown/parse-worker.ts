/**
 * Worker thread entry (dist/parse-worker.cjs): parse some pieces of a document and post the syntax
 * nodes back as JSON in batches (cheaper to send than a structured clone, and memory is freed as it goes).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lineCount, parseChunks } from '#markdown-parser';

const BATCH = 64;
const { chunks, firstLine } = workerData as { chunks: string[]; firstLine: number };
try {
  let line = firstLine;
  for (let i = 0; i < chunks.length; i += BATCH) {
    const batch = chunks.slice(i, i + BATCH);
    parentPort!.postMessage({ type: 'nodes', json: JSON.stringify(parseChunks(batch, line)), pieces: batch.length });
    for (const chunk of batch) line += lineCount(chunk);
  }
  parentPort!.postMessage({ type: 'done' });
} catch (error) {
  // remark recurses once per level of nesting: a hostile file can exhaust the stack.
  parentPort!.postMessage({ type: 'failed', tooDeep: error instanceof RangeError, message: error instanceof Error ? error.message : String(error) });
}
