// `npm run bench`: each command as a whole process, interleaved round by round (machines drift), with
// medians and each median's ratio to `node -e 0` measured in the same run. No test asserts a time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRoadmap } from './generate.mjs';

const BIN = fileURLToPath(new URL('../../bin/roadmap.cjs', import.meta.url));
const RSS = fileURLToPath(new URL('./maxrss.cjs', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);
const ADD_ROUNDS = Number(process.env.BENCH_ADD_ROUNDS ?? 3);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-bench-'));
const home = path.join(work, 'home');
fs.mkdirSync(home);
const baseEnv = { PATH: process.env.PATH, HOME: home, LANG: 'C.UTF-8' };

function run(args, env = {}, { node = [process.execPath, BIN], rss = false } = {}) {
  const rssFile = rss ? path.join(work, `rss-${process.hrtime.bigint()}`) : undefined;
  const extra = rss ? { NODE_OPTIONS: `--require ${RSS}`, BENCH_RSS_FILE: rssFile } : {};
  const start = process.hrtime.bigint();
  const result = spawnSync(node[0], [...node.slice(1), ...args], { env: { ...baseEnv, ...env, ...extra }, encoding: 'utf8' });
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
  'roadmap status': () => run(['status'], env),
  'roadmap next': () => run(['next'], env),
  'roadmap done X': () => run(['done', 'goroutines'], env),
  'roadmap reset X': () => run(['reset', 'goroutines'], env),
  'roadmap status (first, empty data dir)': () => run(['status'], { ROADMAP_HOME: path.join(work, `fresh-${fresh++}`) }),
  'roadmap status (10k topics)': () => run(['status', '-r', 'big'], env),
};
// Warm the code cache and the disk cache once.
for (const measure of Object.values(commands)) measure();

const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, measure] of Object.entries(commands)) times[name].push(measure().ms);
}
const adds = { 1_000: [], 10_000: [], 100_000: [] };
for (let round = 0; round < ADD_ROUNDS; round++) {
  for (const size of Object.keys(adds)) {
    adds[size].push(run(['add', files[size], '--id', `add-${size}-${round}`, '--max-size', '16'], { ROADMAP_HOME: path.join(work, `add-${size}-${round}`) }, { rss: true }));
  }
}

const baseline = median(times['node -e 0']);
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`roadmap benchmark · ${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${os.cpus().length} × ${cpu} · ${os.platform()} ${os.release()}`);
console.log(`${ROUNDS} interleaved rounds (medians); add: ${ADD_ROUNDS} rounds\n`);
console.log('| command | median | × node -e 0 |');
console.log('|---|---:|---:|');
for (const [name, values] of Object.entries(times)) {
  console.log(`| ${name} | ${median(values).toFixed(1)} ms | ${(median(values) / baseline).toFixed(2)} |`);
}
console.log('\n| roadmap add | median wall time | peak memory |');
console.log('|---|---:|---:|');
for (const [size, values] of Object.entries(adds)) {
  const label = `${Number(size).toLocaleString('en')} topics (${(fs.statSync(files[size]).size / 1024 / 1024).toFixed(1)} MiB)`;
  console.log(`| ${label} | ${(median(values.map((v) => v.ms)) / 1000).toFixed(2)} s | ${(Math.max(...values.map((v) => v.rss)) / 1024 / 1024).toFixed(0)} MB |`);
}
const ratio = median(adds[100_000].map((v) => v.ms)) / median(adds[10_000].map((v) => v.ms));
console.log(`\nadd 100k / add 10k: ${ratio.toFixed(1)}× (linear would be 10×)`);
fs.rmSync(work, { recursive: true, force: true });
