/** Safe, width-aware text for the terminal: what users' files contain never drives the terminal. */
import { eastAsianWidth } from 'get-east-asian-width';

// CSI, OSC (ended by BEL or ST), DCS/SOS/PM/APC strings, two-byte escapes, and their 8-bit C1 forms.
const ESCAPE_SEQUENCE =
  /\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|(?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x1b\x9c]*(?:\x1b\\|\x9c)?|\x1b[ -~]?/g;
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
const SGR = /\x1b\[[0-9;]*m/g;

/** Anything sanitize changes: C0 and C1 controls (escape sequences start with one) and bidi controls. */
const NEEDS_SANITIZING = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

/**
 * Neutralise terminal control in text from a roadmap, a note or an argument:
 * escape sequences are removed, other control and bidi characters are shown as visible code points.
 */
export function sanitize(text: string): string {
  if (!NEEDS_SANITIZING.test(text)) return text;
  return text
    .replace(/\t/g, '  ')
    .replace(ESCAPE_SEQUENCE, '')
    .replace(CONTROL, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(BIDI, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** sanitize, line by line: the line breaks stay (sanitize alone shows them as \x0a). */
export function sanitizeLines(text: string): string {
  return text.split('\n').map(sanitize).join('\n');
}

/**
 * The text as clusters a terminal draws as one: a base character with the marks, joiners,
 * variation selectors and skin tones that follow it. (Intl.Segmenter does this exactly, but
 * costs ~11 ms to create: a fifth of a command's whole budget.)
 */
let patterns: ReturnType<typeof compilePatterns> | undefined;

/** Unicode property patterns cost time to build: made on the first text that is not plain ASCII. */
function compilePatterns() {
  return {
    JOINS_PREVIOUS: /[\p{M}\u200d\ufe00-\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/u,
    ZERO_WIDTH: /[\p{Cc}\p{Cf}\u200b\u2028\u2029]/u,
    EMOJI: /\p{Extended_Pictographic}/u,
    EMOJI_PRESENTATION: /\p{Emoji_Presentation}/u,
    REGIONAL_INDICATOR: /\p{Regional_Indicator}/u,
  };
}

function* clusters(text: string): Generator<{ text: string; width: number }> {
  const { JOINS_PREVIOUS, EMOJI, REGIONAL_INDICATOR } = (patterns ??= compilePatterns());
  let current: { text: string; width: number } | undefined;
  let joined = false;
  for (const ch of text) {
    const pairsFlag = current !== undefined && REGIONAL_INDICATOR.test(ch) && [...current.text].length === 1 && REGIONAL_INDICATOR.test(current.text);
    if (current && (JOINS_PREVIOUS.test(ch) || joined || pairsFlag)) {
      current.text += ch;
      // U+FE0F asks for emoji presentation: two cells.
      if (ch === '\ufe0f' && EMOJI.test(current.text)) current.width = 2;
      if (ch === '\u20e3') current.width = 2; // a keycap
      joined = ch === '\u200d';
      continue;
    }
    if (current) yield current;
    current = { text: ch, width: cellWidth(ch) };
    joined = false;
  }
  if (current) yield current;
}

function cellWidth(ch: string): number {
  const { ZERO_WIDTH, EMOJI_PRESENTATION, REGIONAL_INDICATOR } = (patterns ??= compilePatterns());
  if (ZERO_WIDTH.test(ch)) return 0;
  if (EMOJI_PRESENTATION.test(ch) || REGIONAL_INDICATOR.test(ch)) return 2;
  return eastAsianWidth(ch.codePointAt(0)!);
}

/**
 * Characters one cell wide with nothing joining them: ASCII, Latin, dashes and quotes, arrows, box
 * drawing and blocks, geometric shapes, ✔. Text made only of these (nearly all a command prints)
 * is measured by its length, without building Unicode property patterns.
 */
const SIMPLE = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u25fc\u2714\u2900-\u297f]*$/;

/** Width in terminal cells (CJK and emoji are two, combining marks none); our own SGR colour codes count for nothing. */
export function width(text: string): number {
  const plain = text.includes('\x1b') ? text.replace(SGR, '') : text;
  if (SIMPLE.test(plain)) return plain.length;
  let cells = 0;
  for (const cluster of clusters(plain)) cells += cluster.width;
  return cells;
}

/** Cut to at most `max` cells, ending with "…" when cut; never through a cluster or one of our colour codes. */
export function truncate(text: string, max: number): string {
  if (width(text) <= max) return text;
  if (max <= 0) return '';
  let out = '';
  let cells = 0;
  let styled = false;
  cutting: for (const part of text.split(/(\x1b\[[0-9;]*m)/)) {
    if (part.startsWith('\x1b[')) {
      out += part;
      styled = true;
      continue;
    }
    for (const cluster of clusters(part)) {
      if (cells + cluster.width > max - 1) break cutting;
      out += cluster.text;
      cells += cluster.width;
    }
  }
  // A colour cut off before its end must not run on into the next line.
  return `${out}…${styled ? '\x1b[0m' : ''}`;
}

export function padEnd(text: string, cells: number): string {
  return text + ' '.repeat(Math.max(0, cells - width(text)));
}

export function padStart(text: string, cells: number): string {
  return ' '.repeat(Math.max(0, cells - width(text))) + text;
}

/**
 * Lines of at most `max` cells, broken between words, never inside one unless a word alone is
 * wider than a line; lines after the first start with `indent`. Our colour codes count for
 * nothing and carry on to the next line as a terminal draws them. Without a width, one line.
 */
export function wrap(text: string, max: number | undefined, indent = ''): string[] {
  if (max === undefined || width(text) <= max) return [text];
  // The first line keeps its own indentation; the words after it are what is wrapped.
  const lead = /^ */.exec(text)![0];
  const room = (lines: readonly string[]) => Math.max(1, max - (lines.length === 0 ? lead.length : width(indent)));
  const lines: string[] = [];
  let line = '';
  const push = () => {
    lines.push((lines.length === 0 ? lead : indent) + line.trimEnd());
    line = '';
  };
  for (const word of text.slice(lead.length).split(' ')) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (width(joined) <= room(lines)) {
      line = joined;
      continue;
    }
    if (line !== '') push();
    let rest = word;
    while (width(rest) > room(lines)) {
      const [head, tail] = splitAt(rest, room(lines));
      line = head;
      push();
      rest = tail;
    }
    line = rest;
  }
  if (line !== '' || lines.length === 0) push();
  return lines;
}

/** A note named in one line (log, undo, delete): its first line, sanitised, cut at 60 cells. */
export function noteExcerpt(text: string): string {
  return truncate(sanitize(text.split('\n')[0]), 60);
}

/** Each line of a text wrapped to the width, its continuation lines indented 4 more than the line itself. */
export function wrapLines(text: string, max: number | undefined): string {
  if (max === undefined) return text;
  return text
    .split('\n')
    .flatMap((line) => wrap(line, max, `${/^ */.exec(line)![0]}    `))
    .join('\n');
}

/** The first `cells` cells of a text, and the rest: never through a cluster or one of our colour codes. */
function splitAt(text: string, cells: number): [string, string] {
  let head = '';
  let used = 0;
  const parts = text.split(/(\x1b\[[0-9;]*m)/);
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    if (part.startsWith('\x1b[')) {
      head += part;
      continue;
    }
    let taken = '';
    for (const cluster of clusters(part)) {
      if (used + cluster.width > cells && used > 0) return [head + taken, part.slice(taken.length) + parts.slice(p + 1).join('')];
      taken += cluster.text;
      used += cluster.width;
    }
    head += taken;
  }
  return [head, ''];
}
