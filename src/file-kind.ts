/** What a path that is not a regular file is, in words for an error: "a directory", "a FIFO", "a socket", "a device". */
import type { Stats } from 'node:fs';

export function notAFile(stat: Stats): string {
  return stat.isDirectory() ? 'a directory' : stat.isFIFO() ? 'a FIFO' : stat.isSocket() ? 'a socket' : 'a device';
}
