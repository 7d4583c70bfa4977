/**
 * Standard output and error written straight to their file descriptors. Node's process.stdout costs
 * a command 1 to 3 ms to create (it loads net and the streams); a command that prints one screen and
 * exits needs none of that. Writes are synchronous, as Node's own are for files, pipes and terminals.
 */
import fs from 'node:fs';
import tty from 'node:tty';
import type { OutputStream } from '../commands/context.js';

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * `columnsOf` gives the terminal's width; it is asked only when the descriptor is a terminal.
 * A reader that went away (EPIPE: `roadmap status | head -1`) is not an error: what follows is dropped.
 */
export function fdOutput(fd: number, columnsOf: () => number | undefined): OutputStream {
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
          if (code === 'EPIPE') {
            closed = true;
            return;
          }
          // A descriptor another program left non-blocking: wait for the reader, as a blocking one would.
          if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 1);
          else throw error;
        }
      }
    },
    get isTTY() {
      return (terminal ??= tty.isatty(fd));
    },
    get columns() {
      return this.isTTY ? columnsOf() : undefined;
    },
  };
}
