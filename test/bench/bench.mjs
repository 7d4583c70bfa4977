// `npm run bench`: each command as a whole process, interleaved round by round (machines drift), with
// medians and each median's ratio to `node -e 0` measured in the same run. No test asserts a time.
//
// Start-up is measured twice: in this machine's own environment, as a learner's shell runs it (here
// that sets NODE_EXTRA_CA_CERTS, which every Node process pays for: `node -e 0` takes about 55 ms
// with it and 25 without), and in a bare one (PATH, HOME, LANG), where roadmap's own cost shows most.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDiagram, generateRoadmap } from './generate.mjs';

const BIN = fileURLToPath(new URL('../../bin/roadmap.cjs', import.meta.url));
const RSS = fileURLToPath(new URL('./maxrss.cjs', import.meta.url));
const FLOOR = fileURLToPath(new URL('./floor.cjs', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 31);
const ADD_ROUNDS = Number(process.env.BENCH_ADD_ROUNDS ?? 3);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-bench-'));
const home = path.join(work, 'home');
fs.mkdirSync(home);

/** The machine's environment without what would point roadmap elsewhere or change how Node starts. */
const machineEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(ROADMAP_|XDG_|NODE_OPTIONS$|npm_|INIT_CWD$|FORCE_COLOR$|NO_COLOR$)/.test(key)),
);
const bareEnv = { PATH: process.env.PATH, LANG: 'C.UTF-8' };
let baseEnv = machineEnv;

function run(args, env = {}, { node = [process.execPath, BIN], rss = false } = {}) {
  const rssFile = rss ? path.join(work, `rss-${process.hrtime.bigint()}`) : undefined;
  const extra = rss ? { NODE_OPTIONS: `--require ${RSS}`, BENCH_RSS_FILE: rssFile } : {};
  const start = process.hrtime.bigint();
  const result = spawnSync(node[0], [...node.slice(1), ...args], { env: { ...baseEnv, HOME: home, LANG: 'C.UTF-8', ...env, ...extra }, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { ms, rss: rssFile ? Number(fs.readFileSync(rssFile, 'utf8')) : undefined };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// Fixtures: a data directory with progress on a bundled roadmap, and an added 10k-topic roadmap.
const files = {};
for (const size of [1_000, 10_000, 100_000]) {
  files[size] = path.join(work, `roadmap-${size}.md`);
  fs.writeFileSync(files[size], generateRoadmap(size));
}
const data = path.join(work, 'data');
const env = { ROADMAP_HOME: data };
run(['use', 'go-backend-cloud'], env);
run(['done', 'Phase 2/Context', 'Unit Testing'], env);
run(['start', 'Phase 3/Kafka'], env);
run(['add', files[10_000], '--id', 'big'], env);

let fresh = 0;
const commands = {
  'node -e 0': () => run(['-e', '0'], {}, { node: [process.execPath] }),
  'floor: better-sqlite3, one query, escape codes': () => run([FLOOR, path.join(data, 'roadmap.db'), 'go-backend-cloud'], {}, { node: [process.execPath] }),
  'roadmap status': () => run(['status'], env),
  'roadmap next': () => run(['next'], env),
  'roadmap done X': () => run(['done', 'goroutines'], env),
  'roadmap reset X': () => run(['reset', 'goroutines'], env),
  'roadmap status (first, empty data dir)': () => run(['status'], { ROADMAP_HOME: path.join(work, `fresh-${fresh++}`) }),
  'roadmap status (10k topics)': () => run(['status', '-r', 'big'], env),
};

function startUp(label, environment) {
  baseEnv = environment;
  // Warm the code cache and the disk cache once.
  for (const measure of Object.values(commands)) measure();
  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, measure] of Object.entries(commands)) times[name].push(measure().ms);
  }
  const baseline = median(times['node -e 0']);
  console.log(`\n${label}\n`);
  console.log('| command | median | × node -e 0 | beyond node -e 0 |');
  console.log('|---|---:|---:|---:|');
  for (const [name, values] of Object.entries(times)) {
    const ms = median(values);
    console.log(`| ${name} | ${ms.toFixed(1)} ms | ${(ms / baseline).toFixed(2)} | ${name === 'node -e 0' ? '' : `${(ms - baseline).toFixed(1)} ms`} |`);
  }
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `roadmap benchmark · ${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${os.cpus().length} × ${cpu} · ${os.platform()} ${os.release()}`,
);
console.log(`${ROUNDS} interleaved rounds (medians); add: ${ADD_ROUNDS} rounds`);
const extraCerts = machineEnv.NODE_EXTRA_CA_CERTS ? `NODE_EXTRA_CA_CERTS=${machineEnv.NODE_EXTRA_CA_CERTS}` : 'no NODE_EXTRA_CA_CERTS';
startUp(`Start-up in this machine's environment (${extraCerts})`, machineEnv);
startUp('Start-up in a bare environment (PATH, HOME, LANG only)', bareEnv);

baseEnv = machineEnv;
const adds = { 1000: [], 10000: [], 100000: [] };
for (let round = 0; round < ADD_ROUNDS; round++) {
  for (const size of Object.keys(adds)) {
    adds[size].push(
      run(['add', files[size], '--id', `add-${size}-${round}`, '--max-size', '16'], { ROADMAP_HOME: path.join(work, `add-${size}-${round}`) }, { rss: true }),
    );
  }
}
if (ADD_ROUNDS > 0) {
  console.log('\n| roadmap add | median wall time | peak memory |');
  console.log('|---|---:|---:|');
  for (const [size, values] of Object.entries(adds)) {
    const label = `${Number(size).toLocaleString('en')} topics (${(fs.statSync(files[size]).size / 1024 / 1024).toFixed(1)} MiB)`;
    console.log(
      `| ${label} | ${(median(values.map((v) => v.ms)) / 1000).toFixed(2)} s | ${(Math.max(...values.map((v) => v.rss)) / 1024 / 1024).toFixed(0)} MB |`,
    );
  }
  const ratio = median(adds[100_000].map((v) => v.ms)) / median(adds[10_000].map((v) => v.ms));
  console.log(`\nadd 100k / add 10k: ${ratio.toFixed(1)}× (linear would be 10×)`);
}

// import: a backup with N history entries and N notes on a 300-topic roadmap, each made by a command
// of its own (as a learner's are), into an empty data directory.
function backupOf(entries) {
  const topics = 300;
  const base = Date.parse('2026-01-01T00:00:00Z');
  const at = (i) => new Date(base + i * 1000).toISOString();
  const batches = Array.from({ length: 2 * entries }, (_, i) => ({
    id: i + 1,
    at: at(i >> 1),
    command: i % 2 ? `note t${(i >> 1) % topics}` : `${(i >> 1) % 2 ? 'reset' : 'done'} t${(i >> 1) % topics}`,
    undo: false,
    undone: false,
  }));
  const history = Array.from({ length: entries }, (_, i) => ({
    at: at(i),
    topicId: `s/t${i % topics}`,
    title: `t${i % topics}`,
    from: i % 2 ? 'done' : 'todo',
    to: i % 2 ? 'todo' : 'done',
    reason: null,
    batch: 2 * i + 1,
  }));
  const notes = Array.from({ length: entries }, (_, i) => ({
    topicId: `s/t${i % topics}`,
    text: `note ${i}`,
    createdAt: at(i),
    title: null,
    added: 2 * i + 2,
    removed: null,
  }));
  const progress = Array.from({ length: topics }, (_, i) => ({ topicId: `s/t${i}`, status: 'done', changedAt: at(entries), title: `t${i}` }));
  const markdown = `# Big\n\n## S\n${Array.from({ length: topics }, (_, i) => `- t${i}`).join('\n')}\n`;
  const file = path.join(work, `backup-${entries}.json`);
  const roadmap = { id: 'big', title: 'Big', origin: 'user', sourcePath: null, markdown, startedAt: null, progress, notes, history };
  fs.writeFileSync(
    file,
    JSON.stringify({ schemaVersion: 2, kind: 'roadmap-backup', exportedAt: at(entries + 1), active: 'big', batches, roadmaps: [roadmap] }),
  );
  return file;
}
const imports = { 10000: [], 100000: [] };
const backups = Object.fromEntries(Object.keys(imports).map((entries) => [entries, backupOf(Number(entries))]));
for (let round = 0; round < ADD_ROUNDS; round++) {
  for (const entries of Object.keys(imports)) {
    imports[entries].push(run(['import', backups[entries]], { ROADMAP_HOME: path.join(work, `import-${entries}-${round}`) }, { rss: true }));
  }
}
if (ADD_ROUNDS > 0) {
  console.log('\n| roadmap import | median wall time | peak memory |');
  console.log('|---|---:|---:|');
  for (const [entries, values] of Object.entries(imports)) {
    const label = `${Number(entries).toLocaleString('en')} history entries and ${Number(entries).toLocaleString('en')} notes`;
    console.log(
      `| ${label} | ${(median(values.map((v) => v.ms)) / 1000).toFixed(2)} s | ${(Math.max(...values.map((v) => v.rss)) / 1024 / 1024).toFixed(0)} MB |`,
    );
  }
  const ratio = median(imports[100_000].map((v) => v.ms)) / median(imports[10_000].map((v) => v.ms));
  console.log(`\nimport 100k / import 10k: ${ratio.toFixed(1)}× (linear would be 10×)`);
}

// A long history: the data directory of the 100k import (100k status changes and 100k notes, each by a
// command of its own), where every command should cost what its own work costs, not what the history does.
const history = { ROADMAP_HOME: path.join(work, 'history') };
run(['import', backups[100_000]], history);
const historyCommands = {
  'node -e 0': () => run(['-e', '0'], {}, { node: [process.execPath] }),
  'roadmap status': () => run(['status'], history),
  'roadmap next': () => run(['next'], history),
  'roadmap done X': () => run(['done', 't7'], history),
  'roadmap undo': () => run(['undo'], history),
  'roadmap log': () => run(['log'], history),
  'roadmap stats': () => run(['stats'], history),
  'roadmap show X': () => run(['show', 't7'], history),
  'roadmap remove (another roadmap)': () => {
    run(['-r', 'go-backend-cloud', 'done', 'goroutines'], history);
    return run(['remove', 'go-backend-cloud', '--force'], history);
  },
};
const historyRounds = Math.max(1, Math.ceil(ROUNDS / 3));
const historyTimes = Object.fromEntries(Object.keys(historyCommands).map((name) => [name, []]));
for (const measure of Object.values(historyCommands)) measure();
for (let round = 0; round < historyRounds; round++) {
  for (const [name, measure] of Object.entries(historyCommands)) historyTimes[name].push(measure().ms);
}
const historyBase = median(historyTimes['node -e 0']);
console.log(`\nWith 100k history entries and 100k notes (${historyRounds} interleaved rounds)\n`);
console.log('| command | median | × node -e 0 |');
console.log('|---|---:|---:|');
for (const [name, values] of Object.entries(historyTimes))
  console.log(`| ${name} | ${median(values).toFixed(1)} ms | ${(median(values) / historyBase).toFixed(2)} |`);
const exports = [];
for (let round = 0; round < ADD_ROUNDS; round++)
  exports.push(run(['export', '--format', 'json', '-o', path.join(work, 'export.json')], history, { rss: true }));
if (ADD_ROUNDS > 0) {
  const bytes = fs.statSync(path.join(work, 'export.json')).size;
  console.log(
    `\nexport --format json of that history: ${(median(exports.map((v) => v.ms)) / 1000).toFixed(2)} s, ${(Math.max(...exports.map((v) => v.rss)) / 1024 / 1024).toFixed(0)} MB peak, ${(bytes / 1024 / 1024).toFixed(1)} MB written`,
  );
}

// roadmap.sh diagrams: one the size of roadmap.sh's largest (373 nodes), and one at the bound (5,000 nodes).
const diagrams = {
  'add a 400-node diagram': generateDiagram({ topics: 40, subtopics: 335, lines: 25 }),
  'add a 5,000-node diagram (the bound)': generateDiagram({ topics: 50, subtopics: 1950, lines: 3000 }),
};
const diagramTimes = { 'node -e 0': [] };
for (const [name, text] of Object.entries(diagrams)) {
  fs.writeFileSync(path.join(work, `${name}.json`), text);
  diagramTimes[name] = [];
}
for (let round = 0; round < Math.max(1, ADD_ROUNDS); round++) {
  diagramTimes['node -e 0'].push(run(['-e', '0'], {}, { node: [process.execPath] }).ms);
  for (const name of Object.keys(diagrams))
    diagramTimes[name].push(run(['add', path.join(work, `${name}.json`), '--dry-run'], { ROADMAP_HOME: path.join(work, 'diagrams') }).ms);
}
const diagramBase = median(diagramTimes['node -e 0']);
console.log(`
roadmap.sh diagrams (add --dry-run, ${Math.max(1, ADD_ROUNDS)} interleaved rounds)\n`);
console.log('| command | median | × node -e 0 |');
console.log('|---|---:|---:|');
for (const [name, values] of Object.entries(diagramTimes))
  console.log(`| ${name} | ${median(values).toFixed(1)} ms | ${(median(values) / diagramBase).toFixed(2)} |`);

fs.rmSync(work, { recursive: true, force: true });
