/** Safe, width-aware text for the terminal: what users' files contain never drives the terminal. */
import stringWidth from 'string-width';

// CSI, OSC (ended by BEL or ST), DCS/SOS/PM/APC strings, two-byte escapes, and their 8-bit C1 forms.
const ESCAPE_SEQUENCE =
  /\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|(?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x1b\x9c]*(?:\x1b\\|\x9c)?|\x1b[ -~]?/g;
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/**
 * Neutralise terminal control in text from a roadmap, a note or an argument (CHECKLIST B11):
 * escape sequences are removed, other control and bidi characters are shown as visible code points.
 */
export function sanitize(text: string): string {
  return text
    .replace(/\t/g, '  ')
    .replace(ESCAPE_SEQUENCE, '')
    .replace(CONTROL, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(BIDI, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Width in terminal cells (CJK and emoji are two, combining marks none). */
export function width(text: string): number {
  return stringWidth(text);
}

/** Cut to at most `max` cells, ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (width(text) <= max) return text;
  if (max <= 0) return '';
  let out = '';
  for (const { segment } of new Intl.Segmenter().segment(text)) {
    if (width(out + segment) > max - 1) break;
    out += segment;
  }
  return `${out}…`;
}

export function padEnd(text: string, cells: number): string {
  return text + ' '.repeat(Math.max(0, cells - width(text)));
}

export function padStart(text: string, cells: number): string {
  return ' '.repeat(Math.max(0, cells - width(text))) + text;
}
