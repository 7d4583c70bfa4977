/** Where the database lives: --db, then ROADMAP_DB, then ROADMAP_HOME, then the platform's data directory. */
import path from 'node:path';

export interface LocationInput {
  dbFlag?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  homedir: string;
}

export interface DbLocation {
  path: string;
  from: '--db' | 'ROADMAP_DB' | 'ROADMAP_HOME' | 'default';
}

const DB_FILE = 'roadmap.db';

export function resolveDbLocation({ dbFlag, env, platform, homedir }: LocationInput): DbLocation {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  if (dbFlag) return { path: named(dbFlag), from: '--db' };
  if (env.ROADMAP_DB) return { path: named(env.ROADMAP_DB), from: 'ROADMAP_DB' };
  if (env.ROADMAP_HOME) return { path: path.resolve(env.ROADMAP_HOME, DB_FILE), from: 'ROADMAP_HOME' };
  return { path: paths.join(dataDir(env, platform, homedir), DB_FILE), from: 'default' };
}

/** A path as given, made absolute; a trailing slash is kept: "dir/" names a directory, which the store refuses. */
function named(typed: string): string {
  const resolved = path.resolve(typed);
  return /[\\/]$/.test(typed) && !resolved.endsWith(path.sep) ? `${resolved}${path.sep}` : resolved;
}

/** The env-paths conventions, with the XDG rule env-paths misses: an empty or relative XDG_DATA_HOME is ignored. */
function dataDir(env: LocationInput['env'], platform: NodeJS.Platform, homedir: string): string {
  if (platform === 'darwin') return path.posix.join(homedir, 'Library', 'Application Support', 'roadmap');
  if (platform === 'win32') return path.win32.join(env.LOCALAPPDATA || path.win32.join(homedir, 'AppData', 'Local'), 'roadmap', 'Data');
  const xdg = env.XDG_DATA_HOME;
  const base = xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(homedir, '.local', 'share');
  return path.posix.join(base, 'roadmap');
}
