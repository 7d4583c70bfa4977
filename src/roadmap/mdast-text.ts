/** Plain text out of markdown syntax trees, and the small classifications the tree builder needs. */
import type { Link, ListItem, Nodes, Paragraph, PhrasingContent } from 'mdast';

/** The visible text of a node: no markdown syntax, whitespace collapsed. */
export function plainText(node: Nodes | readonly PhrasingContent[]): string {
  return collapse(rawText(node));
}

function rawText(node: Nodes | readonly PhrasingContent[]): string {
  if (Array.isArray(node)) return node.map((child) => rawText(child)).join('');
  const n = node as Nodes;
  switch (n.type) {
    case 'text':
    case 'inlineCode':
      return n.value;
    case 'break':
      return ' ';
    case 'image':
    case 'imageReference':
    case 'html':
    case 'footnoteReference':
      return '';
    default:
      return 'children' in n ? (n.children as Nodes[]).map((child) => rawText(child)).join('') : '';
  }
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Leading emoji, keycaps and symbols that decorate a heading ("🟢 Phase 1", "1️⃣ Backend"). */
const DECORATION = /^(?:[0-9#*]\uFE0F?\u20E3|[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\uFE0F\u200D]|\s)+/u;

export function headingTitle(text: string): string {
  const stripped = text.replace(DECORATION, '');
  return stripped === '' ? text : stripped;
}

/** "**Learn:**" alone in a paragraph names the list after it. Returns the label without colon. */
export function labelOf(paragraph: Paragraph): string | undefined {
  const [first, ...rest] = paragraph.children;
  if (!first || first.type !== 'strong') return undefined;
  if (!rest.every((child) => child.type === 'text' && /^\s*:?\s*$/.test(child.value))) return undefined;
  const text = plainText(paragraph);
  if (!text.endsWith(':')) return undefined;
  const label = text.slice(0, -1).trim();
  return label === '' ? undefined : label;
}

const RESOURCE_TITLE = /^(resources?|links|useful links|references|further reading|reading( list)?|sources)$/i;
const PROJECT_TITLE = /^(mini[- ]?)?projects?\b/i;

export function isResourcesTitle(title: string): boolean {
  return RESOURCE_TITLE.test(headingTitle(title).replace(/:$/, '').trim());
}

export function isProjectTitle(title: string): boolean {
  return PROJECT_TITLE.test(headingTitle(title).trim());
}

/** All links in a node, in document order. */
export function linksIn(node: Nodes): Link[] {
  if (node.type === 'link') return [node];
  if (!('children' in node)) return [];
  return (node.children as Nodes[]).flatMap((child) => linksIn(child));
}

/** A paragraph that is nothing but one link (whitespace aside). */
export function soleLink(paragraph: Paragraph): Link | undefined {
  const meaningful = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [only] = meaningful;
  return meaningful.length === 1 && only?.type === 'link' ? only : undefined;
}

/** A list item whose own text is only an in-page link: an entry of a table of contents. */
export function isAnchorItem(item: ListItem): boolean {
  const [first] = item.children;
  if (!first || first.type !== 'paragraph') return false;
  const link = soleLink(first);
  return link !== undefined && link.url.startsWith('#');
}
