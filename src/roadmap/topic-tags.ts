/**
 * Tags on topics: what a roadmap's legend says of a topic (roadmap.sh marks its boxes "Personal
 * Recommendation / Opinion", "Alternative Option / Pick this or purple", "Order not strict / Learn
 * anytime", "Beginner Topics / start with these", spelt several ways), as one word each.
 */

const LEGEND_TAGS: readonly [RegExp, string][] = [
  [/alternative/i, 'alternative'],
  [/optional/i, 'optional'],
  [/recommend|opinion/i, 'recommended'],
  [/not strict|any ?time/i, 'any order'],
  [/beginner/i, 'beginner'],
  [/intermediate/i, 'intermediate'],
  [/advanced/i, 'advanced'],
];

/** Topics with these tags are off the main path: `next` suggests them after it. */
export const OFF_PATH_TAGS: ReadonlySet<string> = new Set(['alternative', 'optional']);

/** A legend's label as tags: the first known word it says, else its first part in lower case. */
export function topicTags(legend: string): string[] {
  const known = LEGEND_TAGS.find(([pattern]) => pattern.test(legend));
  if (known) return [known[1]];
  const own = legend
    .split(/[/(–—:-]/)[0]
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
  return own === '' ? [] : [own.slice(0, 40)];
}
