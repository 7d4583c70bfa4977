import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, UserError } from '../../src/errors.js';
import { fdOutput } from '../../src/ui/fd-output.js';
import { tempDir } from '../helpers/temp.js';

const { O_RDONLY, O_WRONLY, O_NONBLOCK } = fs.constants;

function fifo(): string {
  const file = path.join(tempDir(), 'fifo');
  execFileSync('mkfifo', [file]);
  return file;
}

describe('fdOutput', () => {
  it('writes text as UTF-8, whole, to its descriptor', () => {
    const file = path.join(tempDir(), 'out');
    const fd = fs.openSync(file, 'w');
    const out = fdOutput(fd, { columns: () => 120, failures: { report: 'standard output' } });
    const text = 'Phase 1 › Goroutines ████░░ ✔\n'.repeat(5000);
    out.write(text);
    out.write('end\n');
    fs.closeSync(fd);
    expect(fs.readFileSync(file, 'utf8')).toBe(`${text}end\n`);
    expect(out.isTTY).toBe(false);
    // Not a terminal: no width of its own, whatever the terminal would say.
    expect(out.columns).toBeUndefined();
  });

  it('drops what is written after the reader went away (EPIPE), without throwing', () => {
    const file = fifo();
    const reader = fs.openSync(file, O_RDONLY | O_NONBLOCK);
    const fd = fs.openSync(file, O_WRONLY | O_NONBLOCK);
    fs.closeSync(reader);
    const out = fdOutput(fd, { columns: () => undefined, failures: { report: 'standard output' } });
    expect(() => out.write('nobody reads this\n')).not.toThrow();
    expect(() => out.write('nor this\n')).not.toThrow();
    fs.closeSync(fd);
  });

  it('waits out a full non-blocking pipe (EAGAIN) and loses nothing', async () => {
    const file = fifo();
    const copy = path.join(path.dirname(file), 'copy');
    const keepOpen = fs.openSync(file, O_RDONLY | O_NONBLOCK);
    const fd = fs.openSync(file, O_WRONLY | O_NONBLOCK);
    // The reader starts late, so the 64 KiB pipe fills and writes meet EAGAIN until it drains.
    const reader = spawn('sh', ['-c', `sleep 0.3; cat < "${file}" > "${copy}"`]);
    const exited = new Promise((resolve) => reader.on('exit', resolve));
    const text = `${'x'.repeat(99)}\n`.repeat(10_000);
    fdOutput(fd, { columns: () => undefined, failures: { report: 'standard output' } }).write(text);
    fs.closeSync(fd);
    fs.closeSync(keepOpen);
    expect(await exited).toBe(0);
    expect(fs.readFileSync(copy, 'utf8')).toBe(text);
  });

  it('reports other write errors on standard output (exit 74), naming it, and writes no more', () => {
    const fd = fs.openSync('/dev/full', 'w');
    const out = fdOutput(fd, { columns: () => undefined, failures: { report: 'standard output' } });
    let thrown: unknown;
    try {
      out.write('x');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as UserError).exitCode).toBe(EXIT.io);
    expect((thrown as UserError).message).toMatch(/^could not write to standard output: ENOSPC/);
    expect(() => out.write('y')).not.toThrow();
    fs.closeSync(fd);
  });

  it('drops them on standard error, where there is nowhere to say them', () => {
    const fd = fs.openSync('/dev/full', 'w');
    expect(() => fdOutput(fd, { columns: () => undefined, failures: 'drop' }).write('x')).not.toThrow();
    fs.closeSync(fd);
  });
});
