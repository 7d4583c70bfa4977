/** How alike two folded strings are, from 0 to 1 (Dice coefficient over character bigrams). */

/**
 * `whole`: the two strings as they are. `window`: the best match of `query` against any run of
 * `text`'s words as long as the query, for "did you mean" on part of a title.
 */
export function similarity(query: string, text: string, mode: 'whole' | 'window'): number {
  let best = dice(query, text);
  if (mode === 'window') {
    const words = text.split(' ');
    const span = query.split(' ').length;
    for (let i = 0; i + span <= words.length; i++) best = Math.max(best, dice(query, words.slice(i, i + span).join(' ')));
  }
  return best;
}

function dice(a: string, b: string): number {
  if (a === b) return 1;
  const gramsA = bigrams(a);
  const gramsB = bigrams(b);
  let shared = 0;
  for (const [gram, count] of gramsA) shared += Math.min(count, gramsB.get(gram) ?? 0);
  const total = Math.max(a.length - 1, 0) + Math.max(b.length - 1, 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const gram = text.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}
