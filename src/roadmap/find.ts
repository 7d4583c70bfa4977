/** Resolve what a user typed to one topic or section: id, title, path or a unique part of a title. */
import { foldForMatch } from './ids.js';
import { similarity } from './similarity.js';
import type { IndexedNode, RoadmapIndex } from './tree-index.js';

export type FindResult =
  | { type: 'found'; node: IndexedNode }
  | { type: 'ambiguous'; candidates: IndexedNode[] }
  | { type: 'unknown'; suggestions: IndexedNode[] };

/** What every query compares with, made once per index: a command naming many topics folds each title once. */
interface Lookup {
  index: RoadmapIndex;
  /** Each node's title folded for matching, in the order of index.nodes. */
  folded: string[];
  /** Nodes by folded title, in document order. */
  byTitle: Map<string, IndexedNode[]>;
}

const lookups = new WeakMap<RoadmapIndex, Lookup>();

function lookupOf(index: RoadmapIndex): Lookup {
  let found = lookups.get(index);
  if (!found) {
    const folded = index.nodes.map((node) => foldForMatch(node.title));
    const byTitle = new Map<string, IndexedNode[]>();
    index.nodes.forEach((node, i) => {
      const same = byTitle.get(folded[i]);
      if (same) same.push(node);
      else byTitle.set(folded[i], [node]);
    });
    found = { index, folded, byTitle };
    lookups.set(index, found);
  }
  return found;
}

type Matcher = (lookup: Lookup, query: string) => IndexedNode[];

/** Tried in order; the first that matches anything decides. */
const MATCHERS: readonly Matcher[] = [byId, byExactTitle, byPath, byLeadingWords, byWordPrefix, bySubstring];

export function findNode(index: RoadmapIndex, query: string): FindResult {
  if (query.trim() === '') return { type: 'unknown', suggestions: [] };
  const lookup = lookupOf(index);
  for (const match of MATCHERS) {
    const found = match(lookup, query);
    if (found.length === 1) return { type: 'found', node: found[0] };
    if (found.length > 1) return { type: 'ambiguous', candidates: found };
  }
  return { type: 'unknown', suggestions: closeMatches(lookup, query) };
}

/** The nodes whose folded title passes the test, in document order. */
function whereTitle(lookup: Lookup, test: (title: string) => boolean): IndexedNode[] {
  return lookup.index.nodes.filter((_, i) => test(lookup.folded[i]));
}

function byId({ index }: Lookup, query: string): IndexedNode[] {
  const id = query
    .trim()
    .toLowerCase()
    .replace(/^\/+|\/+$/g, '');
  const exact = index.byId.get(id);
  if (exact) return [exact];
  // An id never holds a space: a title ("Phase 2: Design") is not looked for among 100k ids' tails.
  if (/\s/.test(id)) return [];
  const tail = `/${id}`;
  return index.nodes.filter((node) => node.id.endsWith(tail));
}

function byExactTitle({ byTitle }: Lookup, query: string): IndexedNode[] {
  return byTitle.get(foldForMatch(query)) ?? [];
}

/** "Phase 1/Goroutines": the last part names the node, earlier parts name places above it, in order. */
function byPath(lookup: Lookup, query: string): IndexedNode[] {
  const parts = query.split('/').map(foldForMatch).filter(Boolean);
  if (parts.length < 2) return [];
  const last = parts[parts.length - 1];
  const above = parts.slice(0, -1);
  return lookup.index.nodes.filter((node, i) => {
    if (!containsWords(lookup.folded[i], last)) return false;
    let at = 0;
    for (const title of node.path) {
      if (at < above.length && containsWords(foldForMatch(title), above[at])) at++;
    }
    return at === above.length;
  });
}

/** Titles that begin with the query as whole words: "kafka" is "Kafka – Event-driven architecture", not "Work with message queues (Kafka, RabbitMQ)". */
function byLeadingWords(lookup: Lookup, query: string): IndexedNode[] {
  const folded = foldForMatch(query);
  if (folded === '') return [];
  return whereTitle(lookup, (title) => title === folded || title.startsWith(`${folded} `));
}

function byWordPrefix(lookup: Lookup, query: string): IndexedNode[] {
  const folded = foldForMatch(query);
  if (folded === '') return [];
  return whereTitle(lookup, (title) => containsWords(title, folded));
}

function bySubstring(lookup: Lookup, query: string): IndexedNode[] {
  const folded = foldForMatch(query);
  if (folded === '') return [];
  return whereTitle(lookup, (title) => title.includes(folded));
}

/** `needle` occurs in `haystack` starting at a word boundary. */
function containsWords(haystack: string, needle: string): boolean {
  return haystack === needle || haystack.startsWith(needle) || haystack.includes(` ${needle}`);
}

const SUGGESTION_LIMIT = 3;
const SUGGESTION_THRESHOLD = 0.45;

/** Titles that look like the query: for "did you mean" after a typo. */
function closeMatches(lookup: Lookup, query: string): IndexedNode[] {
  const folded = foldForMatch(query);
  if (folded === '') return [];
  return lookup.index.nodes
    .map((node, i) => ({ node, score: similarity(folded, lookup.folded[i], 'window') }))
    .filter((entry) => entry.score >= SUGGESTION_THRESHOLD)
    .sort((a, b) => b.score - a.score || a.node.order - b.node.order)
    .slice(0, SUGGESTION_LIMIT)
    .map((entry) => entry.node);
}
