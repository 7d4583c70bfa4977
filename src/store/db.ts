/** The SQLite store: the only module that loads better-sqlite3. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Database from 'better-sqlite3';
import { EXIT, UserError } from '../errors.js';
import { notAFile } from '../file-kind.js';
import { packageRoot } from '../package-root.js';
import { APPLICATION_ID, MIGRATIONS } from './migrations.js';
import { Queries } from './queries.js';

export type * from './records.js';

const SQLITE_HEADER = 'SQLite format 3\0';

export class Store extends Queries {
  private constructor(
    readonly path: string,
    private readonly connection: Database.Database,
  ) {
    super(connection);
  }

  static open(file: string): Store {
    checkPath(file);
    const created = !fs.existsSync(file) && Store.createAtomically(file);
    checkHeader(file);
    const store = Store.connect(file);
    store.created = created;
    return store;
  }

  /**
   * A new database is built beside its path and linked into place, so the path never holds a half-made
   * or empty file, and of several first runs at once exactly one wins (link fails when the path exists).
   * True when this one did.
   */
  private static createAtomically(file: string): boolean {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const temp = `${file}.${process.pid}.${Date.now()}.new`;
    try {
      Store.connect(temp).close();
      // Only its owner reads a learner's history (SQLite gives its journal the same mode).
      fs.chmodSync(temp, 0o600);
      fs.linkSync(temp, file);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return false;
    } finally {
      fs.rmSync(temp, { force: true });
    }
  }

  private static connect(file: string): Store {
    let db: Database.Database;
    try {
      db = new Database(file, { timeout: 5000, ...nativeBindingOption() });
    } catch (error) {
      throw nativeModuleError(error) ?? error;
    }
    try {
      // Rollback journal + FULL sync: an acknowledged change survives a crash or power loss (README: Reliability).
      db.exec('PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;');
      const store = new Store(file, db);
      store.migrate();
      return store;
    } catch (error) {
      db.close();
      throw error;
    }
  }

  close(): void {
    this.connection.close();
  }

  /** This process made the file: it holds nothing yet that a backup would keep. */
  private created = false;

  /** Run `work` in one IMMEDIATE transaction: it takes the write lock up front, so it never fails half-way with SQLITE_BUSY. */
  write<T>(work: () => T): T {
    return this.connection.transaction(work).immediate();
  }

  /**
   * After the first change of the learner's in a day (not a roadmap installed or cached), a consistent copy of the whole database goes to
   * `<file>.backup` (VACUUM INTO, through a temporary file): one day's work is the most a damaged
   * disk can cost. Not on the run that made the database: the learner's first change makes the
   * first backup. A failed backup never fails the command that changed something: it says why (returned).
   */
  backupDaily(now: Date): string | undefined {
    const day = now.toISOString().slice(0, 10);
    if (!this.learnerChanged || this.created || this.getMeta('backup_day') === day) return undefined;
    const target = backupPath(this.path);
    const temp = `${target}.${process.pid}.tmp`;
    try {
      for (const file of abandonedFiles(this.path)) fs.rmSync(file, { force: true });
      fs.rmSync(temp, { force: true });
      this.connection.prepare('VACUUM INTO ?').run(temp);
      fs.chmodSync(temp, 0o600);
      fs.renameSync(temp, target);
      this.connection.transaction(() => this.setMeta('backup_day', day)).immediate();
      return undefined;
    } catch (error) {
      fs.rmSync(temp, { force: true });
      // The change itself is saved; the learner hears the backup was not made, and why.
      return describe(error);
    }
  }

  pragma(name: string): unknown {
    return this.connection.pragma(name, { simple: true });
  }

  private migrate(): void {
    // Re-read the version inside the write lock: concurrent first runs migrate once.
    const current = this.connection.pragma('user_version', { simple: true }) as number;
    if (current === MIGRATIONS.length && this.applicationId() === APPLICATION_ID) return;
    this.write(() => {
      const version = this.connection.pragma('user_version', { simple: true }) as number;
      const appId = this.applicationId();
      if (appId !== APPLICATION_ID && !(appId === 0 && version === 0 && this.isEmpty())) {
        throw new UserError(`${this.path} is not a roadmap database (another program's SQLite file)`, {
          exitCode: EXIT.data,
          hint: 'point --db or ROADMAP_HOME somewhere else; the file was left as it is',
        });
      }
      if (version > MIGRATIONS.length) {
        throw new UserError(`${this.path} was written by a newer roadmap (schema ${version}, this one knows ${MIGRATIONS.length})`, {
          exitCode: EXIT.data,
          hint: 'upgrade roadmap to use this database; it was left as it is',
        });
      }
      if (version < 0) {
        throw new UserError(`${this.path} is damaged: its schema version is ${version}, which no roadmap ever wrote`, {
          exitCode: EXIT.io,
          hint: 'run `roadmap doctor`; restore from a backup or `roadmap export --format json`',
        });
      }
      for (let v = version; v < MIGRATIONS.length; v++) this.connection.exec(MIGRATIONS[v]);
      this.connection.pragma(`application_id = ${APPLICATION_ID}`);
      this.connection.pragma(`user_version = ${MIGRATIONS.length}`);
    });
  }

  private applicationId(): number {
    return this.connection.pragma('application_id', { simple: true }) as number;
  }

  private isEmpty(): boolean {
    return (this.connection.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n === 0;
  }
}

export function backupPath(file: string): string {
  return `${file}.backup`;
}

/**
 * Temporary files (and their journals) whose process died before renaming or linking them into
 * place: a process killed during a backup's VACUUM INTO leaves `<backup>.<pid>.tmp`, one killed
 * while making a new database `<database>.<pid>.<time>.new`; nothing else would ever remove them.
 * They are removed at the next daily backup, and doctor lists them. A file whose process still
 * runs is another command's work under way, and left alone.
 */
/** An error in one line, SQLite's or the system's code first ("SQLITE_NOTADB: file is not a database"). */
function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  return code ? `${code}: ${(error as Error).message}` : (error as Error).message;
}

export function abandonedFiles(database: string): string[] {
  const dir = path.dirname(database);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const of = (file: string, pattern: RegExp) => {
    const prefix = `${path.basename(file)}.`;
    return names.flatMap((name) => {
      const match = name.startsWith(prefix) ? pattern.exec(name.slice(prefix.length)) : null;
      return match && !isRunning(Number(match[1])) ? [path.join(dir, name)] : [];
    });
  };
  return [...of(backupPath(database), /^(\d+)\.tmp(-journal)?$/), ...of(database, /^(\d+)\.\d+\.new(-journal)?$/)];
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface Diagnosis {
  exists: boolean;
  bytes: number;
  /** The file's schema version, or null when it cannot be read. */
  schema: number | null;
  ours: boolean;
  /** `PRAGMA integrity_check`: ['ok'], or what it found. */
  integrity: string[];
  /** Why the file could not be opened or checked at all. */
  error: string | null;
}

/**
 * Look at a database without changing it: never created or migrated, opened read-only, unless an
 * interrupted write left a hot journal, which only a writable connection can roll back.
 */
export function diagnose(file: string): Diagnosis {
  try {
    checkPath(file);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { exists: true, bytes: 0, schema: null, ours: false, integrity: [], error: error.message };
  }
  if (!fs.existsSync(file)) return { exists: false, bytes: 0, schema: null, ours: false, integrity: [], error: null };
  const bytes = fs.statSync(file).size;
  const hotJournal = fs.existsSync(`${file}-journal`) && fs.statSync(`${file}-journal`).size > 0;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: !hotJournal, fileMustExist: true, ...nativeBindingOption() });
    const schema = db.pragma('user_version', { simple: true }) as number;
    const ours = db.pragma('application_id', { simple: true }) === APPLICATION_ID;
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
    const problems = ours ? schemaProblems(db, schema) : [];
    return {
      exists: true,
      bytes,
      schema,
      ours,
      integrity: problems.length > 0 ? [...integrity.filter((row) => row !== 'ok'), ...problems] : integrity,
      error: null,
    };
  } catch (error) {
    return { exists: true, bytes, schema: null, ours: false, integrity: [], error: describe(error) };
  } finally {
    db?.close();
  }
}

/**
 * What is wrong with a roadmap database's schema, in words: SQLite's integrity check passes a file
 * whose tables were dropped or renamed, or whose version was changed, and every command would fail.
 */
function schemaProblems(db: Database.Database, version: number): string[] {
  if (!Number.isInteger(version) || version < 0 || version > MIGRATIONS.length) return [`its schema version is ${version}, which no roadmap ever wrote`];
  const expected = new Database(':memory:', nativeBindingOption());
  try {
    for (const migration of MIGRATIONS.slice(0, version)) expected.exec(migration);
    const columns = (of: Database.Database) => {
      const tables = of.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
      return new Map(tables.map((table) => [table, (of.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]).join(', ')]));
    };
    const want = columns(expected);
    const have = columns(db);
    const problems: string[] = [];
    for (const [table, names] of want) {
      if (!have.has(table)) problems.push(`table ${table} is missing (schema version ${version} has it)`);
      else if (have.get(table) !== names) problems.push(`table ${table} has columns (${have.get(table)}), not (${names})`);
    }
    // Tables a later version makes, in a file that says it is older: the next migration would fail on them.
    for (const migration of MIGRATIONS.slice(version)) expected.exec(migration);
    for (const table of columns(expected).keys()) {
      if (!want.has(table) && have.has(table)) problems.push(`its schema version is ${version}, but it has table ${table} of a later version`);
    }
    return problems;
  } finally {
    expected.close();
  }
}

/**
 * The database is a regular file (or nothing yet, to be made): a path that names a directory, a
 * FIFO (opening it would wait for a writer forever), a device, a socket or a loop of symbolic
 * links is refused before anything opens it.
 */
function checkPath(file: string): void {
  const refuse = (what: string) =>
    new UserError(`${file} ${what}, not a database file`, { exitCode: EXIT.cantCreate, hint: 'point --db, ROADMAP_DB or ROADMAP_HOME at a file path' });
  if (file.endsWith('/') || file.endsWith(path.sep)) throw refuse('names a directory');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ELOOP') throw refuse('is a loop of symbolic links');
    if (code === 'ENOTDIR') throw refuse('is inside something that is not a directory');
    throw error;
  }
  if (!stat.isFile()) throw refuse(`is ${notAFile(stat)}`);
}

/** Refuse anything at the path that is not an SQLite file, before SQLite touches it. */
function checkHeader(file: string): void {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    throw error;
  }
  // checkPath has refused a directory, a FIFO and the rest: this is a regular file.
  try {
    const header = Buffer.alloc(16);
    const read = fs.readSync(fd, header, 0, 16, 0);
    if (read < 16 || header.toString('latin1') !== SQLITE_HEADER) {
      throw new UserError(`${file} is not a roadmap database (it is not an SQLite file)`, {
        exitCode: EXIT.data,
        hint: 'point --db or ROADMAP_HOME somewhere else; the file was left as it is',
      });
    }
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The addon's own path, where npm builds it. better-sqlite3 would otherwise ask the `bindings`
 * package, which tries a dozen paths with a file-system call each, on every command (and cannot
 * find it from inside our bundle).
 */
function nativeBindingOption(): { nativeBinding: string } {
  const ADDON = ['build', 'Release', 'better_sqlite3.node'];
  // Where npm puts it beside roadmap; else wherever Node resolves the package (a hoisted install).
  let built: string | undefined = path.join(packageRoot(), 'node_modules', 'better-sqlite3', ...ADDON);
  if (!fs.existsSync(built)) {
    try {
      built = path.join(path.dirname(createRequire(import.meta.filename).resolve('better-sqlite3/package.json')), ...ADDON);
    } catch {
      built = undefined;
    }
  }
  if (!built || !fs.existsSync(built)) throw nativeModuleError(new Error('bindings file not found'))!;
  return { nativeBinding: built };
}

function nativeModuleError(error: unknown): UserError | undefined {
  const message = error instanceof Error ? error.message : '';
  if (!/bindings file|NODE_MODULE_VERSION|better_sqlite3\.node|was compiled against a different Node/.test(message)) return undefined;
  return new UserError("better-sqlite3's native module is missing or was built for another Node.js", {
    exitCode: EXIT.internal,
    hint: 'run `npm rebuild better-sqlite3` where roadmap is installed (npm 11: allow its install script, see README)',
  });
}
