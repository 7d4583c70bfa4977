/**
 * `roadmap export --format html`: one self-contained page (no network, no external assets) with the
 * tree, a bar per section, statuses, notes and a chart of progress; readable on a phone, printable.
 */
import type { Counts, RoadmapProgress, SectionProgress, TopicProgress } from '../roadmap/progress.js';
import { cumulativeDone, type StatsReport } from '../roadmap/stats.js';
import type { Status } from '../roadmap/types.js';
import { completeCount } from './bar.js';
import { STATUS_WORDS } from './marks.js';

export interface HtmlInput {
  id: string;
  progress: RoadmapProgress;
  notes: ReadonlyMap<string, readonly { text: string; createdAt: string }[]>;
  /** Why skipped topics were skipped (skip --reason). */
  skipReasons: ReadonlyMap<string, string>;
  stats: StatsReport;
  generatedAt: string;
}

const MARKS: Record<Status, string> = { done: '✔', doing: '▶', skipped: '⤼', todo: '○' };

export function renderHtml({ id, progress, notes, skipReasons, stats, generatedAt }: HtmlInput): string {
  const topic = (node: TopicProgress): string => {
    const own = (notes.get(node.id) ?? [])
      .map((note) => `<li class="note"><time>${escapeHtml(note.createdAt.slice(0, 10))}</time> ${escapeHtml(note.text)}</li>`)
      .join('');
    const children = node.topics.length > 0 ? `<ul>${node.topics.map(topic).join('')}</ul>` : '';
    const project = node.kind === 'project' ? ' <span class="tag">project</span>' : '';
    const reason =
      node.status === 'skipped' && skipReasons.has(node.id) ? ` <span class="reason">(skipped: ${escapeHtml(skipReasons.get(node.id)!)})</span>` : '';
    return `<li class="topic ${node.status}"><span class="mark" title="${STATUS_WORDS[node.status]}">${MARKS[node.status]}</span> ${escapeHtml(node.title)}${project}${reason}${own ? `<ul class="notes">${own}</ul>` : ''}${children}</li>`;
  };
  const section = (node: SectionProgress, depth: number): string => {
    const heading = `h${Math.min(depth + 2, 6)}`;
    return `<section class="depth-${depth}">
<${heading}>${escapeHtml(node.title)}</${heading}>
${bar(node)}
${node.topics.length > 0 ? `<ul class="topics">${node.topics.map(topic).join('')}</ul>` : ''}
${node.sections.map((child) => section(child, depth + 1)).join('\n')}
</section>`;
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="roadmap">
<title>${escapeHtml(progress.title)}: ${progress.percent}%</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(progress.title)}</h1>
<p class="summary">${progress.done} done · ${progress.doing} in progress · ${progress.skipped} skipped · ${progress.total - progress.done - progress.doing - progress.skipped} to do · learned ${progress.percentLearned}%</p>
${bar(progress)}
</header>
<main>
${chart(stats)}
${progress.topics.length > 0 ? `<section><ul class="topics">${progress.topics.map(topic).join('')}</ul></section>` : ''}
${progress.sections.map((node) => section(node, 0)).join('\n')}
</main>
<footer>${escapeHtml(id)} · made by roadmap on ${escapeHtml(generatedAt.slice(0, 10))}</footer>
</body>
</html>
`;
}

function bar(value: Counts): string {
  const share = (n: number) => (value.total === 0 ? 0 : (n * 100) / value.total).toFixed(2);
  return `<div class="progress" role="img" aria-label="${value.percent}% complete">
<div class="bar"><span class="done" style="width:${share(value.done)}%"></span><span class="skipped" style="width:${share(value.skipped)}%"></span><span class="doing" style="width:${share(value.doing)}%"></span></div>
<span class="count">${completeCount(value)} · <strong class="percent">${value.percent}%</strong></span>
</div>`;
}

/** Cumulative topics done at the end of each of the weeks shown: an inline SVG line. */
function chart(stats: StatsReport): string {
  const { before, points } = cumulativeDone(stats);
  const width = 600;
  const height = 160;
  const pad = 28;
  const top = Math.max(1, stats.total);
  const x = (i: number) => pad + (i * (width - 2 * pad)) / Math.max(1, points.length - 1);
  const y = (value: number) => height - pad - (value * (height - 2 * pad)) / top;
  const line = points.map((point, i) => `${x(i).toFixed(1)},${y(point.value).toFixed(1)}`).join(' ');
  const labels = points
    .filter((_, i) => i === 0 || i === points.length - 1)
    .map(
      (point, i) =>
        `<text x="${(i === 0 ? x(0) : x(points.length - 1)).toFixed(1)}" y="${height - 8}" text-anchor="${i === 0 ? 'start' : 'end'}">${escapeHtml(point.week)}</text>`,
    )
    .join('');
  return `<figure class="chart">
<figcaption>Progress over time: ${before} → ${points.at(-1)?.value ?? before} of ${stats.total} topics done</figcaption>
<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="topics done by the end of each week">
<line x1="${pad}" y1="${y(0)}" x2="${width - pad}" y2="${y(0)}" class="axis"/>
<line x1="${pad}" y1="${y(top)}" x2="${width - pad}" y2="${y(top)}" class="goal"/>
<polyline points="${line}" class="line"/>
${points.map((point, i) => `<circle cx="${x(i).toFixed(1)}" cy="${y(point.value).toFixed(1)}" r="3"><title>${escapeHtml(point.week)}: ${point.value}</title></circle>`).join('')}
${labels}<text x="${pad}" y="${y(top) - 6}">${stats.total}</text>
</svg>
</figure>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const STYLE = `
:root { --done: #1a7f37; --doing: #0969da; --skipped: #bf8700; --todo: #d0d7de; --ink: #1f2328; --muted: #59636e; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 1rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); }
h1 { font-size: 1.6rem; margin: 0.2rem 0; }
h2 { font-size: 1.25rem; margin: 1.6rem 0 0.3rem; }
h3, h4, h5, h6 { font-size: 1.05rem; margin: 1rem 0 0.2rem; }
.summary, footer, figcaption, time { color: var(--muted); font-size: 0.9rem; }
.progress { display: flex; align-items: center; gap: 0.6rem; }
.bar { flex: 1; display: flex; height: 0.7rem; border-radius: 0.35rem; overflow: hidden; background: var(--todo); }
.bar span { display: block; height: 100%; }
.bar .done { background: var(--done); } .bar .skipped { background: var(--skipped); } .bar .doing { background: var(--doing); }
.count { white-space: nowrap; font-variant-numeric: tabular-nums; font-size: 0.9rem; }
section.depth-1, section.depth-2, section.depth-3 { margin-left: 1rem; }
ul { list-style: none; padding-left: 1.2rem; margin: 0.3rem 0; }
ul.topics { padding-left: 0.2rem; }
.topic { margin: 0.15rem 0; }
.mark { display: inline-block; width: 1.2em; text-align: center; }
.done > .mark { color: var(--done); } .doing > .mark { color: var(--doing); } .skipped > .mark { color: var(--skipped); } .todo > .mark { color: var(--muted); }
.skipped { color: var(--muted); }
.tag { font-size: 0.75rem; border: 1px solid var(--muted); border-radius: 0.3rem; padding: 0 0.3rem; color: var(--muted); }
.notes .note, .reason { color: var(--muted); font-size: 0.9rem; }
.chart { margin: 1rem 0; }
.chart svg { width: 100%; height: auto; }
.chart .line { fill: none; stroke: var(--done); stroke-width: 2.5; }
.chart circle { fill: var(--done); }
.chart .axis { stroke: var(--muted); } .chart .goal { stroke: var(--todo); stroke-dasharray: 4 4; }
.chart text { font-size: 11px; fill: var(--muted); }
footer { margin-top: 2rem; }
@media (max-width: 32rem) { body { padding: 0.6rem; font-size: 15px; } section.depth-1, section.depth-2, section.depth-3 { margin-left: 0.4rem; } }
@media print { body { max-width: none; } .bar { border: 1px solid #999; -webkit-print-color-adjust: exact; print-color-adjust: exact; } section { break-inside: avoid-page; } }
`;
