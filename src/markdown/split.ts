/** Cutting a markdown document into pieces that parse the same alone as together. */

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const CROSSES_HEADINGS = /^ {0,3}(?:```|~~~|\[[^\]]+\]:)/m;

/**
 * remark's list handling is quadratic in the size of the document (every closing list splices the
 * whole event array): 10,000 topics take many seconds in one parse. A heading always ends the block
 * before it, so the document is parsed heading by heading, which is linear. Two things cross
 * headings and keep a document whole: fenced code (a "#" line inside is not a heading) and link
 * reference definitions.
 */
export function splitAtHeadings(text: string): string[] {
  if (CROSSES_HEADINGS.test(text)) return [text];
  const lines = text.split('\n');
  const chunks: string[] = [];
  let start = 0;
  for (let i = 1; i < lines.length; i++) {
    if (ATX_HEADING.test(lines[i])) {
      chunks.push(lines.slice(start, i).join('\n'));
      start = i;
    }
  }
  chunks.push(lines.slice(start).join('\n'));
  return chunks;
}

/** Lines in a piece: pieces are whole lines, joined by one line feed in the document. */
export function lineCount(chunk: string): number {
  let count = 1;
  for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) count++;
  return count;
}
