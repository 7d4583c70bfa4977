/** Plain text out of markdown syntax trees, and the small classifications the tree builder needs. */
import type { Link, ListItem, Nodes, Paragraph, PhrasingContent } from 'mdast';

/** The visible text of a node: no markdown syntax, whitespace collapsed. */
export function plainText(node: Nodes | readonly PhrasingContent[]): string {
  return collapse(rawText(node));
}

function rawText(node: Nodes | readonly PhrasingContent[]): string {
  if (Array.isArray(node)) return (node as readonly PhrasingContent[]).map((child) => rawText(child)).join('');
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
/** GitHub emoji shortcodes (":lock:", ":movie_camera:"), written apart from other words. */
const SHORTCODE = /(^|\s):[a-z0-9_+-]+:(?=\s|$)/g;

export function dropShortcodes(text: string): string {
  return text.includes(':') ? collapse(text.replace(SHORTCODE, '$1')) : text;
}

export function headingTitle(text: string): string {
  const stripped = dropShortcodes(text).replace(DECORATION, '');
  return stripped === '' ? text : stripped;
}

/**
 * A paragraph that names the list or table after it: "**Learn:**", "**Syllabus**", "📚 **References**:"
 * (bold: the name tags the topics), or "Learning outcomes:", "What this course covers 📚" (a few
 * plain words and a colon: the name says what the list is, without tagging it).
 */
export function labelOf(paragraph: Paragraph): { text: string; tag: boolean } | undefined {
  const text = headingTitle(plainText(paragraph)).replace(TRAILING_ORNAMENT, ':');
  if (text === '' || text.split(' ').length > 6 || text.length > 60) return undefined;
  const [strong, ...others] = paragraph.children.filter((child) => !(child.type === 'text' && child.value.replace(ORNAMENT, '') === ''));
  const boldOnly = strong?.type === 'strong' && others.length === 0;
  const plainWithColon =
    /[:：]$/.test(text) && paragraph.children.every((child) => child.type === 'text' || child.type === 'emphasis' || child.type === 'strong');
  if (!boldOnly && !plainWithColon) return undefined;
  const label = text.replace(/[:：]$/, '').trim();
  return label === '' ? undefined : { text: label, tag: boldOnly };
}

/** "What this course covers 📚": an emoji closing a short line stands for its colon. */
const TRAILING_ORNAMENT = /\s*[\p{Extended_Pictographic}\uFE0F\u200D]+$/u;
/** What may stand around a bold label: emoji, colons, spaces. */
const ORNAMENT = /[\p{Extended_Pictographic}\uFE0F\u200D\s:：]/gu;

/** A link as a resource: titled by its text, or by its URL when it has none. */
export function linkResource(link: Link): { title: string; url: string } {
  return { title: plainText(link) || link.url, url: link.url };
}

/** All links in a node, in document order. */
export function linksIn(node: Nodes): Link[] {
  if (node.type === 'link') return [node];
  if (!('children' in node)) return [];
  return (node.children as Nodes[]).flatMap((child) => linksIn(child));
}

/** A list item that leads with an in-page link ("[Setup](#setup)", "**[Start](#start)**", "[A](#a) - 2 weeks"): an entry of a table of contents. */
export function isAnchorItem(item: ListItem): boolean {
  const [first] = item.children;
  if (first?.type !== 'paragraph') return false;
  const lead = first.children.find((child) => !(child.type === 'text' && child.value.trim() === ''));
  const link =
    lead?.type === 'link' ? lead : lead?.type === 'strong' && lead.children.length === 1 && lead.children[0].type === 'link' ? lead.children[0] : undefined;
  return link?.url.startsWith('#') === true;
}
