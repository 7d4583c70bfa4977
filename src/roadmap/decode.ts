/**
 * Bytes to text for every roadmap file: strict UTF-8, and a repair for UTF-8 that was once
 * decoded with a legacy code page and saved again ("â€”" for "—", "ðŸ§ " for "🧠").
 */
import { CODE_PAGES } from './code-pages.js';
import { plural } from './plural.js';

export class DecodeError extends Error {
  constructor(
    message: string,
    readonly offset?: number,
  ) {
    super(message);
    this.name = 'DecodeError';
  }
}

export interface Decoded {
  text: string;
  /** Human notices about what was repaired; empty when the file was clean. */
  notices: string[];
}

export function decodeRoadmap(bytes: Uint8Array): Decoded {
  const utf32 =
    (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) ||
    (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff);
  if (utf32) throw new DecodeError('the file is UTF-32; save it as UTF-8', 0);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new DecodeError('the file is UTF-16; save it as UTF-8', 0);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new DecodeError(`the file contains a NUL byte at offset ${nul} (binary, or UTF-16 without a BOM); save it as UTF-8 text`, nul);
  }
  return repairMojibake(decodeUtf8(bytes));
}

/** Strict UTF-8, or a DecodeError naming the first bad byte, its offset and line. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = countLines(bytes, offset);
    throw new DecodeError(
      `the file is not valid UTF-8 (byte 0x${bytes[offset].toString(16).padStart(2, '0')} at offset ${offset}, line ${line}); save it as UTF-8`,
      offset,
    );
  }
}

/** Undo one round of "UTF-8 read as a legacy code page", choosing the code page that explains most. */
export function repairMojibake(text: string): Decoded {
  let best: { repaired: string; count: number; name: string } | undefined;
  for (const page of CODE_PAGES) {
    const { repaired, count } = repairWith(text, reverseTable(page.upperHalf));
    if (count > 0 && (!best || count > best.count)) best = { repaired, count, name: page.name };
  }
  if (!best) return { text, notices: [] };
  return {
    text: best.repaired,
    notices: [`repaired ${plural(best.count, 'garbled sequence')}: the text was UTF-8 once read as ${best.name}`],
  };
}

function repairWith(text: string, table: ReadonlyMap<string, number>): { repaired: string; count: number } {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let count = 0;
  // A UTF-8 multi-byte character is a run of bytes >= 0x80, so its mojibake is a run of non-ASCII characters.
  const repaired = text.replace(/[^\x00-\x7f]{2,}/g, (run) => {
    const bytes: number[] = [];
    for (const ch of run) {
      const byte = table.get(ch);
      if (byte === undefined) return run;
      bytes.push(byte);
    }
    try {
      const fixed = strict.decode(Uint8Array.from(bytes));
      count++;
      return fixed;
    } catch {
      return run;
    }
  });
  return { repaired, count };
}

const tables = new Map<string, Map<string, number>>();

/** Character → byte for the upper half (0x80–0xFF) of a single-byte code page. */
function reverseTable(upperHalf: string): Map<string, number> {
  let table = tables.get(upperHalf);
  if (!table) {
    table = new Map([...upperHalf].map((ch, index) => [ch, 0x80 + index]));
    tables.set(upperHalf, table);
  }
  return table;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    // Overlong, surrogate and out-of-range forms.
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return i;
    i += len;
  }
  return i;
}

function countLines(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
