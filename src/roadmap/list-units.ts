/**
 * List items as topics: what the title is (a bold lead, a link's text, a tip's first sentence), and
 * which lists explain rather than list things to learn (definitions, facts, worked examples).
 */
import type { List, ListItem, Paragraph, PhrasingContent } from 'mdast';
import { collapse, dropShortcodes, linkResource, linksIn, plainText } from './mdast-text.js';
import type { Resource, TaskPlace, Topic, TopicKind } from './types.js';

export interface ListContext {
  kind: TopicKind;
  label?: string;
  /** Told of every topic that came from a GFM task item (`- [ ]`, `- [x]`). */
  onTask: (topic: Topic) => void;
}

/** A list's items as topics, with nested lists as subtopics (or as the description, when they explain). */
export function listTopics(list: List, context: ListContext): Topic[] {
  return list.children.flatMap((item) => itemTopics(item, context));
}

function itemTopics(item: ListItem, context: ListContext): Topic[] {
  const [first, ...rest] = item.children;
  const lead = first?.type === 'paragraph' ? first : undefined;
  const nested = item.children.filter((child): child is List => child.type === 'list');
  const explaining = nested.filter((list) => isExplanatoryList(list, true));
  const children = nested.filter((list) => !explaining.includes(list)).flatMap((list) => inOrder(list, listTopics(list, context)));
  const shaped = lead ? shapeTitle(lead) : undefined;
  if (!shaped || shaped.title === '') return children;

  const topic: Topic = { id: '', title: shaped.title, kind: context.kind, resources: shaped.resources, topics: children };
  if (context.label !== undefined) topic.label = context.label;
  if (item.checked === true) topic.checked = true;
  const place = (item as ListItem & { checkbox?: TaskPlace }).checkbox;
  if (typeof item.checked === 'boolean' && place) topic.checkbox = { line: place.line, column: place.column };
  const startsAs = lead && startingStatus(lead);
  if (startsAs) topic.startsAs = startsAs;
  if (typeof item.checked === 'boolean') context.onTask(topic);
  const prose = [
    ...(shaped.description === undefined ? [] : [shaped.description]),
    ...(lead ? rest : item.children).filter((child): child is Paragraph => child.type === 'paragraph').map((paragraph) => plainText(paragraph)),
    ...explaining.flatMap((list) => list.children.map(itemText)),
  ].filter((text) => text !== '');
  if (prose.length > 0) topic.description = prose.join('\n\n');
  return [topic];
}

/** The status an exported item was in, written after it as an HTML comment (see to-markdown.ts). */
function startingStatus(lead: Paragraph): 'doing' | 'skipped' | undefined {
  for (const child of lead.children) {
    const marker = child.type === 'html' ? /^<!--\s*roadmap:\s*(in progress|skipped)\s*-->$/.exec(child.value.trim()) : null;
    if (marker) return marker[1] === 'skipped' ? 'skipped' : 'doing';
  }
  return undefined;
}

/** The sub-steps of a numbered list each come after the one before (the outer list is ordered by the builder). */
function inOrder(list: List, topics: Topic[]): Topic[] {
  if (list.ordered) for (const topic of topics.slice(1)) topic.follows = true;
  return topics;
}

export function itemText(item: ListItem): string {
  const [first] = item.children;
  return first?.type === 'paragraph' ? plainText(first) : '';
}

interface Shaped {
  title: string;
  description?: string;
  resources: Resource[];
}

const SEPARATOR = /^\s*(?:[:：]|[-–—](?=\s))\s*/;
/** "[✔️] ", "[x] " written as text: the author's own ticks, not the learner's. */
const PSEUDO_CHECKBOX = /^\[[\s✔✅✓✗❌xX\uFE0F-]*\]\s*/u;

/**
 * The title of an item from its first paragraph: "**Tokenization**: learn…" is titled by the lead
 * and described by the rest; so is "[Go by Example](…) - a tour"; "EdX https://…" is titled "EdX";
 * a long tip is titled by its first sentence.
 */
function shapeTitle(lead: Paragraph): Shaped {
  const resources = resourcesOf(lead);
  const children = lead.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [head, ...tail] = children;
  if ((head?.type === 'strong' || head?.type === 'link') && tail.length > 0) {
    const headText = plainText(head);
    const rest = plainText(lead).slice(headText.length);
    // A lead is set off by a line break; a bold lead by a colon ("**Tokenization**: …", "**Top-down:** …"); a link also by a dash or an aside in brackets.
    const onNextLine = tail[0].type === 'break' || (tail[0].type === 'text' && /^[ \t]*\n/.test(tail[0].value));
    const separated = onNextLine || (head.type === 'strong' ? /[:：]$/.test(headText) || /^\s*[:：]/.test(rest) : SEPARATOR.test(rest) || /^\s*\(/.test(rest));
    if (separated) {
      const description = collapse(rest.replace(SEPARATOR, ''));
      return withDescription(cleanTitle(headText).replace(/\s*[:：]$/, ''), description, resources);
    }
  }
  const last = children.at(-1);
  if (last?.type === 'link' && children.length > 1 && isBareUrl(last)) {
    const before = plainText(children.slice(0, -1)).replace(/[\s:：\-–—]+$/, '');
    if (before !== '') return { title: cleanTitle(before), resources };
  }
  const text = cleanTitle(plainText(lead));
  const sentence = /^(.{12,100}?[.!?])\s+\S/.exec(text);
  if (text.length > 120 && sentence) return withDescription(sentence[1].replace(/\.$/, ''), text, resources);
  return { title: text, resources };
}

/** An item whose first paragraph links to a place in this document. */
function pointsWithin(item: ListItem): boolean {
  const [first] = item.children;
  return first?.type === 'paragraph' && linksIn(first).some((link) => link.url.startsWith('#'));
}

function withDescription(title: string, description: string, resources: Resource[]): Shaped {
  return description === '' ? { title, resources } : { title, description, resources };
}

function cleanTitle(text: string): string {
  return dropShortcodes(text.replace(PSEUDO_CHECKBOX, '').trim());
}

function isBareUrl(link: { url: string; children: PhrasingContent[] }): boolean {
  const text = plainText(link.children);
  return text === link.url || `http://${text}` === link.url || `https://${text}` === link.url || text.startsWith('http');
}

function resourcesOf(paragraph: Paragraph): Resource[] {
  return linksIn(paragraph).map(linkResource);
}

const CODE_OR_ARITHMETIC = /^[\d\s+\-*/%=^().,x×÷<>!]+$/;
const FACT = /^[^:：]{1,30}[:：]\s*(`|O\(|Θ\(|Ω\()/;
const DEFINITION = /^(an?|the)\s+[\p{L}\p{N}\s'-]{1,40}?\s(is|are|refers to|means)\s/iu;

/**
 * An item that explains instead of naming something to learn or do: a worked example ("2 + 3 = 5",
 * `x = 1`), a fact ("Access: `O(n)`"), a definition ("A linked list is …"); nested under an item,
 * also a long sentence (the item's explanation).
 */
function isExplanatoryItem(item: ListItem, nested: boolean): boolean {
  const [first] = item.children;
  if (first?.type !== 'paragraph' || typeof item.checked === 'boolean') return false; // a task item: the author says tick it
  const text = plainText(first);
  if (text === '') return false;
  const onlyCode = first.children.every((child) => child.type === 'inlineCode' || (child.type === 'text' && child.value.trim() === ''));
  if ((onlyCode && /[=;{}]|\w\(.*\)/.test(text)) || (CODE_OR_ARITHMETIC.test(text) && /[=+*/×÷]/.test(text))) return true;
  if (FACT.test(text)) return true;
  const words = text.split(' ').length;
  if (DEFINITION.test(text) && words >= 8) return true;
  return nested && (words >= 14 || /[.!?]\s+\p{Lu}/u.test(text));
}

/**
 * Most of its items explain, or every item points to another part of this document ("[Core CS](#core-cs)
 * assumes …"), or all of them are questions put to the reader: a description, not topics.
 */
export function isExplanatoryList(list: List, nested: boolean): boolean {
  const explaining = list.children.filter((item) => isExplanatoryItem(item, nested)).length;
  if (explaining > 0 && explaining * 2 >= list.children.length) return true;
  if (list.children.every(pointsWithin)) return true;
  return list.children.every(
    (item) => /[?？]$/.test(itemText(item)) && item.children.every((child) => child.type !== 'paragraph' || linksIn(child).length === 0),
  );
}
