/**
 * remark's time and stack grow with nesting faster than with size: a 10,000-deep block quote or a
 * 2,000-deep list ties it up for minutes or overflows its stack. No roadmap nests that deep, so such
 * a line is refused before parsing, with its line number.
 */

/** Deeper than any outline a person writes (a list level is 2 to 4 columns). */
export const MAX_INDENT_COLUMNS = 256;
export const MAX_QUOTE_DEPTH = 64;

export function findExcessiveNesting(text: string): { line: number; what: string } | undefined {
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
      else if (ch === 0x3e) quotes++; // '>'
      else break;
    }
    if (columns > MAX_INDENT_COLUMNS) return { line, what: `indented ${columns} columns` };
    if (quotes > MAX_QUOTE_DEPTH) return { line, what: `quoted ${quotes} levels deep` };
    start = end + 1;
  }
  return undefined;
}
