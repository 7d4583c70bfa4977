/**
 * `roadmap export --format svg`: a progress card for a README. One self-contained SVG (no script,
 * no external font or image, every text escaped) that GitHub shows as an image: the title, an
 * overall bar with complete and learned, a bar per top section, and the date.
 */
import type { Counts, RoadmapProgress, SectionProgress } from '../roadmap/progress.js';
import { completeCount } from './bar.js';

export const CARD_THEMES = ['light', 'dark'] as const;
export type CardTheme = (typeof CARD_THEMES)[number];

const COLOURS: Record<CardTheme, { background: string; border: string; ink: string; muted: string; track: string }> = {
  light: { background: '#ffffff', border: '#d0d7de', ink: '#1f2328', muted: '#59636e', track: '#d0d7de' },
  dark: { background: '#0d1117', border: '#30363d', ink: '#e6edf3', muted: '#8d96a0', track: '#30363d' },
};
const STATUS_COLOURS = { done: '#1a7f37', skipped: '#bf8700', doing: '#0969da' };

const CARD_WIDTH = 480;
const PAD = 20;
/** Where the section bars start and how wide they are: the labels stand to their left. */
export const SECTION_BAR = { x: 200, width: 200 };
export const OVERALL_BAR = { x: PAD, width: CARD_WIDTH - 2 * PAD };
const MAX_SECTIONS = 8;
const ROW = 24;

export function renderCard(progress: RoadmapProgress, date: string, theme: CardTheme): string {
  const colours = COLOURS[theme];
  const phases = progress.sections.length === 1 && progress.sections[0].sections.length > 0 ? progress.sections[0].sections : progress.sections;
  const shown = phases.slice(0, MAX_SECTIONS);
  const more = phases.length - shown.length;
  const rowsTop = 104;
  const height = rowsTop + shown.length * ROW + (more > 0 ? ROW : 0) + 28;
  const rows = shown.map((section, i) => sectionRow(section, rowsTop + i * ROW, colours, `bar-${i + 1}`));
  if (more > 0)
    rows.push(`<text x="${PAD}" y="${rowsTop + shown.length * ROW + 12}" class="muted">and ${more} more ${more === 1 ? 'section' : 'sections'}</text>`);
  const summary = `${completeCount(progress)} · ${progress.percent}% complete · learned ${progress.percentLearned}%`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${height}" viewBox="0 0 ${CARD_WIDTH} ${height}" role="img" aria-label="${escapeXml(`${progress.title}: ${progress.percent}% complete`)}">
<title>${escapeXml(`${progress.title}: ${summary}`)}</title>
<style>text { font: 13px -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif; fill: ${colours.ink}; } .title { font-size: 17px; font-weight: 600; } .muted { fill: ${colours.muted}; font-size: 12px; }</style>
<rect x="0.5" y="0.5" width="${CARD_WIDTH - 1}" height="${height - 1}" rx="6" fill="${colours.background}" stroke="${colours.border}"/>
<text x="${PAD}" y="34" class="title">${escapeXml(truncate(progress.title, 44))}</text>
${bar(progress, OVERALL_BAR.x, 50, OVERALL_BAR.width, 12, colours.track, 'overall', 'bar-0')}
<text x="${PAD}" y="82">${escapeXml(summary)}</text>
${rows.join('\n')}
<text x="${PAD}" y="${height - 14}" class="muted">roadmap · ${escapeXml(date)}</text>
</svg>
`;
}

function sectionRow(section: SectionProgress, y: number, colours: (typeof COLOURS)[CardTheme], id: string): string {
  return `<text x="${PAD}" y="${y + 12}">${escapeXml(truncate(section.title, 23))}</text>
${bar(section, SECTION_BAR.x, y + 3, SECTION_BAR.width, 10, colours.track, 'section', id)}
<text x="${SECTION_BAR.x + SECTION_BAR.width + 10}" y="${y + 12}" class="muted">${section.percent}%</text>`;
}

/** A track with done, skipped and in-progress segments, each as wide as its share (to a tenth of a pixel), clipped to its rounded ends. */
function bar(value: Counts, x: number, y: number, width: number, height: number, track: string, role: string, id: string): string {
  const share = (n: number) => (value.total === 0 ? 0 : (n * width) / value.total);
  let at = x;
  const segments = (['done', 'skipped', 'doing'] as const).flatMap((status) => {
    const w = share(value[status]);
    const rect =
      w > 0 ? [`<rect x="${at.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${height}" fill="${STATUS_COLOURS[status]}" class="${status}"/>`] : [];
    at += w;
    return rect;
  });
  const shape = `x="${x}" y="${y}" width="${width}" height="${height}" rx="${height / 2}"`;
  return `<clipPath id="${id}"><rect ${shape}/></clipPath><g class="bar ${role}" clip-path="url(#${id})"><rect ${shape} fill="${track}"/>${segments.join('')}</g>`;
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** XML's five, and every control character but tab and line feed removed (XML 1.0 forbids them). */
function escapeXml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
