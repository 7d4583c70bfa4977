// Preloaded into a benchmarked process: on exit, write its peak resident memory (bytes) to $BENCH_RSS_FILE.
const fs = require('node:fs');
process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) fs.writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS * 1024));
});
