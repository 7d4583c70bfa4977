/**
 * Ticking task items in a learner's own file (write-back): only the one character inside each
 * item's `[ ]` changes, and only where the bytes are that item's check, so the BOM, line ends,
 * indentation, other boxes, code blocks and front matter stay byte for byte as they were.
 */
import type { TaskPlace } from './types.js';

export interface Tick {
  place: TaskPlace;
  checked: boolean;
}

export interface Ticked {
  bytes: Uint8Array;
  /** Boxes whose character changed: ticked, and cleared. */
  changed: number;
  ticked: number;
  cleared: number;
  /** Places where the bytes are not a task item's check (the file is not the one parsed). */
  missing: TaskPlace[];
}

const BOM = [0xef, 0xbb, 0xbf];
const [SPACE, TAB, CR, LF, OPEN, CLOSE, X, UPPER_X] = [0x20, 0x09, 0x0d, 0x0a, 0x5b, 0x5d, 0x78, 0x58];

export function tickCheckboxes(bytes: Uint8Array, ticks: readonly Tick[]): Ticked {
  const out = Uint8Array.from(bytes);
  const starts = lineStarts(bytes);
  let ticked = 0;
  let cleared = 0;
  const missing: TaskPlace[] = [];
  for (const { place, checked } of ticks) {
    const at = checkAt(bytes, starts, place);
    if (at === undefined) {
      missing.push(place);
      continue;
    }
    const now = out[at];
    const want = checked ? (now === X || now === UPPER_X ? now : X) : SPACE;
    if (now !== want) {
      out[at] = want;
      if (checked) ticked++;
      else cleared++;
    }
  }
  return { bytes: out, changed: ticked + cleared, ticked, cleared, missing };
}

/** Where each line starts, in bytes (the first after a BOM: the parser never saw it). */
function lineStarts(bytes: Uint8Array): number[] {
  const starts = [BOM.every((byte, i) => bytes[i] === byte) ? 3 : 0];
  for (let i = bytes.indexOf(LF); i !== -1; i = bytes.indexOf(LF, i + 1)) starts.push(i + 1);
  return starts;
}

/** The offset of the character inside the `[ ]` of the task item that starts at `place`, or undefined. */
function checkAt(bytes: Uint8Array, starts: readonly number[], place: TaskPlace): number | undefined {
  const lineStart = starts[place.line - 1];
  if (lineStart === undefined) return undefined;
  // Only spaces, tabs, `>` and list markers can stand before a list item on its line: one byte a column.
  let at = lineStart + place.column - 1;
  // The list marker: -, *, + or a number with . or ) (up to nine digits, as CommonMark allows).
  if (bytes[at] === 0x2d || bytes[at] === 0x2a || bytes[at] === 0x2b) at++;
  else {
    const digits = at;
    while (at - digits < 9 && bytes[at] >= 0x30 && bytes[at] <= 0x39) at++;
    if (at === digits || (bytes[at] !== 0x2e && bytes[at] !== 0x29)) return undefined;
    at++;
  }
  const spaces = at;
  while (bytes[at] === SPACE || bytes[at] === TAB) at++;
  if (at === spaces) return undefined;
  const mark = bytes[at + 1];
  if (bytes[at] !== OPEN || bytes[at + 2] !== CLOSE || (mark !== SPACE && mark !== X && mark !== UPPER_X)) return undefined;
  const after = bytes[at + 3];
  if (after !== undefined && after !== SPACE && after !== TAB && after !== CR && after !== LF) return undefined;
  return at + 1;
}
