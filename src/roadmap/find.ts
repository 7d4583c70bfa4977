/** Resolve what a user typed to one topic or section: id, title, path or a unique part of a title. */
import { foldForMatch } from './ids.js';
import { similarity } from './similarity.js';
import type { IndexedNode, RoadmapIndex } from './tree-index.js';

export type FindResult =
  | { type: 'found'; node: IndexedNode }
  | { type: 'ambiguous'; candidates: IndexedNode[] }
  | { type: 'unknown'; suggestions: IndexedNode[] };

type Matcher = (nodes: readonly IndexedNode[], query: string) => IndexedNode[];

/** Tried in order; the first that matches anything decides. */
const MATCHERS: readonly Matcher[] = [byId, byExactTitle, byPath, byLeadingWords, byWordPrefix, bySubstring];

export function findNode(index: RoadmapIndex, query: string): FindResult {
  if (query.trim() === '') return { type: 'unknown', suggestions: [] };
  for (const match of MATCHERS) {
    const found = match(index.nodes, query);
    if (found.length === 1) return { type: 'found', node: found[0] };
    if (found.length > 1) return { type: 'ambiguous', candidates: found };
  }
  return { type: 'unknown', suggestions: closeMatches(index.nodes, query) };
}

function byId(nodes: readonly IndexedNode[], query: string): IndexedNode[] {
  const id = query
    .trim()
    .toLowerCase()
    .replace(/^\/+|\/+$/g, '');
  const exact = nodes.filter((node) => node.id === id);
  if (exact.length > 0) return exact;
  return nodes.filter((node) => node.id.endsWith(`/${id}`));
}

function byExactTitle(nodes: readonly IndexedNode[], query: string): IndexedNode[] {
  const folded = foldForMatch(query);
  return nodes.filter((node) => foldForMatch(node.title) === folded);
}

/** "Phase 1/Goroutines": the last part names the node, earlier parts name places above it, in order. */
function byPath(nodes: readonly IndexedNode[], query: string): IndexedNode[] {
  const parts = query.split('/').map(foldForMatch).filter(Boolean);
  if (parts.length < 2) return [];
  const last = parts[parts.length - 1];
  const above = parts.slice(0, -1);
  return nodes.filter((node) => {
    if (!containsWords(foldForMatch(node.title), last)) return false;
    let at = 0;
    for (const title of node.path) {
      if (at < above.length && containsWords(foldForMatch(title), above[at])) at++;
    }
    return at === above.length;
  });
}

/** Titles that begin with the query as whole words: "kafka" is "Kafka – Event-driven architecture", not "Work with message queues (Kafka, RabbitMQ)". */
function byLeadingWords(nodes: readonly IndexedNode[], query: string): IndexedNode[] {
  const folded = foldForMatch(query);
  if (folded === '') return [];
  return nodes.filter((node) => {
    const title = foldForMatch(node.title);
    return title === folded || title.startsWith(`${folded} `);
  });
}

function byWordPrefix(nodes: readonly IndexedNode[], query: string): IndexedNode[] {
  const folded = foldForMatch(query);
  if (folded === '') return [];
  return nodes.filter((node) => containsWords(foldForMatch(node.title), folded));
}

function bySubstring(nodes: readonly IndexedNode[], query: string): IndexedNode[] {
  const folded = foldForMatch(query);
  if (folded === '') return [];
  return nodes.filter((node) => foldForMatch(node.title).includes(folded));
}

/** `needle` occurs in `haystack` starting at a word boundary. */
function containsWords(haystack: string, needle: string): boolean {
  return haystack === needle || haystack.startsWith(needle) || haystack.includes(` ${needle}`);
}

const SUGGESTION_LIMIT = 3;
const SUGGESTION_THRESHOLD = 0.45;

/** Titles that look like the query: for "did you mean" after a typo. */
function closeMatches(nodes: readonly IndexedNode[], query: string): IndexedNode[] {
  const folded = foldForMatch(query);
  if (folded === '') return [];
  return nodes
    .map((node) => ({ node, score: similarity(folded, foldForMatch(node.title), 'window') }))
    .filter((entry) => entry.score >= SUGGESTION_THRESHOLD)
    .sort((a, b) => b.score - a.score || a.node.order - b.node.order)
    .slice(0, SUGGESTION_LIMIT)
    .map((entry) => entry.node);
}
