/**
 * Standard output and error written straight to their file descriptors. Node's process.stdout costs
 * a command 1 to 3 ms to create (it loads net and the streams); a command that prints one screen and
 * exits needs none of that. Writes are synchronous, as Node's own are for files, pipes and terminals.
 */
import fs from 'node:fs';
import tty from 'node:tty';
import { EXIT, UserError } from '../errors.js';
import type { OutputStream } from '../io.js';

const pause = new Int32Array(new SharedArrayBuffer(4));

export interface FdOutputOptions {
  /** The terminal's width; asked only when the descriptor is a terminal. */
  columns: () => number | undefined;
  /**
   * What other write errors do (a full disk, an I/O error). Standard output names itself: the
   * error is reported and the command fails (exit 74), as its output did not get out. Standard
   * error drops them: there is nowhere left to say it, and the command's work stands.
   */
  failures: { report: string } | 'drop';
}

/** A reader that went away (EPIPE: `roadmap status | head -1`) is not an error: what follows is dropped. */
export function fdOutput(fd: number, { columns, failures }: FdOutputOptions): OutputStream {
  let closed = false;
  let terminal: boolean | undefined;
  return {
    write(text: string) {
      if (closed) return;
      const bytes = Buffer.from(text, 'utf8');
      let offset = 0;
      while (offset < bytes.length) {
        try {
          offset += fs.writeSync(fd, bytes, offset);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          // A descriptor another program left non-blocking: wait for the reader, as a blocking one would.
          if (code === 'EAGAIN') {
            Atomics.wait(pause, 0, 0, 1);
            continue;
          }
          closed = true;
          if (code === 'EPIPE' || failures === 'drop') return;
          throw new UserError(`could not write to ${failures.report}: ${(error as Error).message}`, { exitCode: EXIT.io });
        }
      }
    },
    get isTTY() {
      return (terminal ??= tty.isatty(fd));
    },
    get columns() {
      return this.isTTY ? columns() : undefined;
    },
  };
}
