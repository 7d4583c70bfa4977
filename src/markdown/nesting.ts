/**
 * remark's time and stack grow with nesting faster than with size: a 10,000-deep block quote or a
 * 2,000-deep list ties it up for minutes or overflows its stack; so does a line with tens of
 * thousands of emphasis markers (its work grows with their square). No roadmap writes such a line,
 * so it is refused before parsing, with its line number: the limit counts the work, not the clock.
 */

/** Deeper than any outline a person writes (a list level is 2 to 4 columns). */
const MAX_INDENT_COLUMNS = 256;
const MAX_QUOTE_DEPTH = 64;
/** Far more `*` and `_` than a line of prose, a table row or a list item has. */
const MAX_EMPHASIS_MARKERS = 4_000;

export function findUnreadableLine(text: string): { line: number; what: string } | undefined {
  let line = 0;
  for (let start = 0; start < text.length; ) {
    line++;
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let columns = 0;
    let quotes = 0;
    for (let i = start; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 0x20) columns++;
      else if (ch === 0x09) columns += 4 - (columns % 4);
      else if (ch === 0x3e)
        quotes++; // '>'
      else break;
    }
    if (columns > MAX_INDENT_COLUMNS) return { line, what: `is indented ${columns} columns: the markdown is nested too deeply to read` };
    if (quotes > MAX_QUOTE_DEPTH) return { line, what: `is quoted ${quotes} levels deep: the markdown is nested too deeply to read` };
    if (end - start > MAX_EMPHASIS_MARKERS) {
      let markers = 0;
      for (let i = start; i < end; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 0x2a || ch === 0x5f) markers++; // '*', '_'
      }
      if (markers > MAX_EMPHASIS_MARKERS) return { line, what: `has ${markers} emphasis markers (* or _): too many to read in one line` };
    }
    start = end + 1;
  }
  return undefined;
}
