/** `roadmap stats` for people: weeks, streak, pace, estimates, the plan, and a chart. */
import { plural } from '../roadmap/plural.js';
import { cumulativeDone, localDay, MIN_COMPLETIONS, MIN_DAYS, retention, type StatsReport } from '../roadmap/stats.js';
import type { Style } from './style.js';
import { padEnd, sanitize, truncate } from './text.js';

const SPARKS = '▁▂▃▄▅▆▇█';

export function renderStats(report: StatsReport, style: Style, columns: number): string {
  const lines = [
    `${style.bold(sanitize(report.roadmap.title))} ${style.dim(`(${sanitize(report.roadmap.id)})`)}${report.started ? style.dim(` · started ${localDay(report.started)}`) : ''}`,
    '',
  ];
  const most = Math.max(1, ...report.weeks.map((week) => week.done));
  const barCells = Math.max(4, Math.min(30, columns - 20));
  lines.push(style.bold('Topics done per week'));
  for (const week of report.weeks) {
    const cells = Math.round((week.done / most) * barCells);
    lines.push(`  ${week.week}  ${style.done('█'.repeat(cells))}${week.done > 0 ? ' ' : ''}${week.done}`);
  }
  lines.push('');
  const label = (text: string) => padEnd(text, 10);
  lines.push(`${label('streak')}${plural(report.streak.current, 'day')} ${style.dim(`(longest ${report.streak.longest})`)}`);
  if (report.pace.perWeek !== null) {
    lines.push(`${label('pace')}${report.pace.perWeek} topics a week ${style.dim(`(over the last ${Math.min(report.pace.days, 28)} days)`)}`);
    lines.push(`${label('finish')}${report.finish ? localDay(report.finish) : '—'} for the whole roadmap ${style.dim(`(${report.remaining} topics left)`)}`);
    for (const section of report.sections) {
      lines.push(
        `  ${padEnd(truncate(sanitize(section.title), Math.max(10, columns - 30)), Math.min(40, Math.max(10, columns - 30)))}  ${section.finish ? localDay(section.finish) : '—'} ${style.dim(`(${section.remaining} left)`)}`,
      );
    }
  } else {
    lines.push(`${label('pace')}not enough history yet: ${plural(report.pace.completions, 'topic')} done over ${plural(report.pace.days, 'day')}`);
    lines.push(`${label('')}${style.dim(`estimates start after ${MIN_COMPLETIONS} topics across ${MIN_DAYS} days`)}`);
  }
  lines.push(...planLines(report, style, label));
  if (report.reviews && (report.reviews.done > 0 || report.reviews.dueNow + report.reviews.dueThisWeek > 0)) {
    const { done, dueNow, dueThisWeek } = report.reviews;
    const kept = retention(report.reviews);
    const made = done === 0 ? 'none yet' : `${done} ${style.dim(`(${kept}% remembered: rated good or easy)`)}`;
    lines.push(`${label('reviews')}${made}`, `${label('')}${dueNow} due now, ${dueThisWeek} more in the next 7 days`);
  }
  if (report.time.medianDays !== null) {
    const { medianDays, topics, sections } = report.time;
    lines.push(`${label('per topic')}${days(medianDays)} in progress ${style.dim(`(the median of ${plural(topics, 'topic')} started, then done)`)}`);
    for (const section of sections) {
      const name = padEnd(truncate(sanitize(section.title), Math.max(10, columns - 30)), Math.min(40, Math.max(10, columns - 30)));
      lines.push(`  ${name}  ${days(section.medianDays)} ${style.dim(`(${plural(section.topics, 'topic')})`)}`);
    }
  }
  const chart = progressChart(report);
  if (chart) lines.push('', style.bold('Progress over time'), `  ${chart}`);
  return `${lines.map((line) => truncate(line, columns)).join('\n')}\n`;
}

export function planLines(report: Pick<StatsReport, 'plan' | 'started'>, style: Style, label = (text: string) => padEnd(text, 10)): string[] {
  if (!report.plan) return [];
  if (!('day' in report.plan)) return [`${label('plan')}${style.dim('the roadmap has a schedule: say when you started with roadmap use <id> --since <date>')}`];
  const { day, planDays, daysAhead } = report.plan;
  const where = `day ${day + 1} of ${planDays}`;
  const standing =
    daysAhead === 0 ? 'on schedule' : daysAhead > 0 ? style.done(`${plural(daysAhead, 'day')} ahead`) : style.warn(`${plural(-daysAhead, 'day')} behind`);
  return [`${label('plan')}${where}: ${standing} ${style.dim(`(${report.plan.finished}/${report.plan.planned} finished, ${report.plan.expected} expected)`)}`];
}

/** "under a day", "1 day", "3.5 days". */
export function days(value: number): string {
  return value < 1 ? 'under a day' : value === 1 ? '1 day' : `${value} days`;
}

/** Cumulative topics done at the end of each week shown, as a sparkline. */
function progressChart(report: StatsReport): string | undefined {
  const { before, points: weeks } = cumulativeDone(report);
  const points = weeks.map((point) => point.value);
  const top = Math.max(...points);
  if (top <= 0) return undefined;
  const sparks = points.map((value) => SPARKS[Math.min(SPARKS.length - 1, Math.floor((value / top) * (SPARKS.length - 1)))]).join('');
  return `${sparks}  ${before} → ${points.at(-1)} of ${report.total} topics done, ${report.weeks[0].week} to now`;
}
