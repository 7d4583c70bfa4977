// A client for the reliability tests: runs many roadmap commands in one process through the built
// CLI's main(), exactly as the binary would, and prints "ack <n>" after each one that succeeded.
// Usage: node writer.cjs <ROADMAP_HOME> <roadmap> <ops.json>   (ops: [["done", "topic"], ["note", "topic", "text"], ...])
const { main } = require('../../dist/cli.cjs');
const os = require('node:os');

const [home, roadmap, opsJson] = process.argv.slice(2);
const ops = JSON.parse(opsJson);
const sink = { write: () => true, isTTY: false };
const io = {
  stdout: sink,
  stderr: { write: (text) => process.stderr.write(text), isTTY: false },
  stdinIsTTY: false,
  env: { ROADMAP_HOME: home },
  platform: process.platform,
  homedir: os.homedir(),
  cwd: process.cwd(),
};

(async () => {
  for (let n = 0; n < ops.length; n++) {
    const code = await main(['-r', roadmap, ...ops[n]], io);
    process.stdout.write(code === 0 ? `ack ${n}\n` : `fail ${n} ${code}\n`);
  }
})();
