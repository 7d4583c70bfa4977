/** Readable, stable ids: the slug path of a node's place in the tree. */
import type { Roadmap, Section, Topic } from './types.js';

const MAX_WORDS = 4;
const MAX_CHARS = 32;
/** Words an id should not end on: "oauth-2-0-and" reads better as "oauth-2-0". */
const TRAILING_STOP_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'vs', 'with']);

/** "Goroutines – Optimizing performance" → "goroutines-optimizing-performance". */
export function slugify(title: string): string {
  const words = foldForMatch(title).split(' ').filter(Boolean);
  const kept: string[] = [];
  for (const word of words.slice(0, MAX_WORDS)) {
    if (kept.length > 0 && [...kept, word].join('-').length > MAX_CHARS) break;
    kept.push(word.slice(0, MAX_CHARS));
  }
  while (kept.length > 1 && TRAILING_STOP_WORDS.has(kept[kept.length - 1])) kept.pop();
  return kept.join('-');
}

/**
 * ASCII, and symbols that are neither letters, digits nor marks and that NFKD leaves without any:
 * punctuation (dashes, quotes, bullets), arrows, box drawing, shapes, dingbats before the circled
 * digits, pictographic emoji. Checked code point by code point against the definition in the tests.
 */
const PLAIN = /^[\x00-\x7f\u2010-\u205e\u2190-\u21ff\u2500-\u2775\u{1f300}-\u{1faff}]*$/u;

/**
 * The form titles and queries are compared in: NFKD, no accents, lower case, the words (runs of
 * letters and digits) joined by one space. Plain text takes a path without Unicode property
 * patterns, which cost a command up to a millisecond each to compile (the positive class compiles
 * in half the time of its negation).
 */
export function foldForMatch(text: string): string {
  if (PLAIN.test(text)) return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).join(' ');
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join(' ');
}

/**
 * Give every section and topic its id, in place: for a tree the builder has just made and owns
 * (a copy of a 100,000-topic tree would double the memory of reading it).
 */
export function assignIds(roadmap: Roadmap): Roadmap {
  // Sections and topics under one parent share a namespace; topics first, as they stand before
  // the subsections of their section in the document.
  const seen = new Map<string, number>();
  for (const topic of roadmap.topics) identifyTopic(topic, '', seen);
  for (const section of roadmap.sections) identifySection(section, '', seen);
  return roadmap;
}

function identifySection(section: Section, parentId: string, siblings: Map<string, number>): void {
  section.id = childId(parentId, section.title, 'section', siblings);
  const seen = new Map<string, number>();
  for (const topic of section.topics) identifyTopic(topic, section.id, seen);
  for (const child of section.sections) identifySection(child, section.id, seen);
}

function identifyTopic(topic: Topic, parentId: string, siblings: Map<string, number>): void {
  topic.id = childId(parentId, topic.title, 'topic', siblings);
  const seen = new Map<string, number>();
  for (const child of topic.topics) identifyTopic(child, topic.id, seen);
}

function childId(parentId: string, title: string, fallback: string, seen: Map<string, number>): string {
  const base = slugify(title) || fallback;
  const count = (seen.get(base) ?? 0) + 1;
  seen.set(base, count);
  const slug = count === 1 ? base : `${base}-${count}`;
  return parentId === '' ? slug : `${parentId}/${slug}`;
}

/** What a roadmap's own id may be (`add --id`, a backup's ids): lowercase letters, digits and dashes, at most 64. */
export const ROADMAP_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
