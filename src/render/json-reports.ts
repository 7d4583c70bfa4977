/** The `--json` documents of `doctor` and `stats`: declared types built by mappers (see json.ts). */
import { localDay, retention, type StatsReport, type WeekCount } from '../roadmap/stats.js';
import type { DbLocation } from '../store/location.js';
import { type DoctorReport, isSound } from './doctor.js';
import { SCHEMA_VERSION } from './json.js';

export interface DoctorJson {
  schemaVersion: typeof SCHEMA_VERSION;
  dbPath: string;
  dbFrom: DbLocation['from'];
  exists: boolean;
  bytes: number;
  schema: number | null;
  ours: boolean;
  ok: boolean;
  integrity: string[];
  error: string | null;
  backup: { path: string; madeAt: string; ok: boolean } | null;
  /** Temporary files of commands killed mid-write, removed at the next daily backup. */
  leftovers: { path: string; bytes: number }[];
}

export function toDoctorJson({ location, database, backup, leftovers = [] }: DoctorReport): DoctorJson {
  return {
    schemaVersion: SCHEMA_VERSION,
    dbPath: location.path,
    dbFrom: location.from,
    exists: database.exists,
    bytes: database.bytes,
    schema: database.schema,
    ours: database.ours,
    ok: !database.exists || isSound(database),
    integrity: database.integrity,
    error: database.error,
    backup: backup ? { path: backup.path, madeAt: backup.madeAt, ok: isSound(backup) } : null,
    leftovers: leftovers.map(({ path, bytes }) => ({ path, bytes })),
  };
}

export interface StatsJson {
  schemaVersion: typeof SCHEMA_VERSION;
  roadmap: { id: string; title: string };
  now: string;
  started: string | null;
  total: number;
  /** Done or skipped. */
  finished: number;
  done: number;
  remaining: number;
  weeks: WeekCount[];
  streak: { current: number; longest: number };
  /** Topics a week; null until there is enough history (see README). */
  pacePerWeek: number | null;
  completions: number;
  historyDays: number;
  finish: string | null;
  sections: { id: string; title: string; remaining: number; finish: string | null }[];
  plan: {
    plannedTopics: number;
    day: number | null;
    planDays: number | null;
    expected: number | null;
    finished: number | null;
    daysAhead: number | null;
  } | null;
  /** null when reviews are off for the roadmap. retention: percent of reviews rated good or easy (null before any). */
  reviews: { done: number; remembered: number; retention: number | null; dueNow: number; dueThisWeek: number } | null;
  /** Days from start to done (topics started before they were done): the median per topic, over `topics`, and per phase. */
  time: { medianDays: number | null; topics: number; sections: { id: string; title: string; medianDays: number; topics: number }[] };
}

export function toStatsJson(report: StatsReport): StatsJson {
  const day = (date: Date | null) => (date ? localDay(date) : null);
  const standing = report.plan && 'day' in report.plan ? report.plan : null;
  return {
    schemaVersion: SCHEMA_VERSION,
    roadmap: report.roadmap,
    now: report.now.toISOString(),
    started: day(report.started),
    total: report.total,
    finished: report.finished,
    done: report.done,
    remaining: report.remaining,
    weeks: report.weeks,
    streak: report.streak,
    pacePerWeek: report.pace.perWeek,
    completions: report.pace.completions,
    historyDays: report.pace.days,
    finish: day(report.finish),
    sections: report.sections.map((section) => ({ ...section, finish: day(section.finish) })),
    plan: report.plan
      ? {
          plannedTopics: report.plan.planned,
          day: standing?.day ?? null,
          planDays: standing?.planDays ?? null,
          expected: standing?.expected ?? null,
          finished: standing?.finished ?? null,
          daysAhead: standing?.daysAhead ?? null,
        }
      : null,
    reviews: report.reviews ? { ...report.reviews, retention: retention(report.reviews) } : null,
    time: { ...report.time, sections: report.time.sections.map((section) => ({ ...section })) },
  };
}
