import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

describe('an old Node', () => {
  it.each(['18.19.0', '20.16.0'])('%s gets a clear message and exit 1, before anything else runs', (version) => {
    const home = tempDir();
    // Node cannot be downgraded here, so the binary is loaded with process.versions made to say so.
    const spoof = `Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '${version}' } }); process.argv = [process.argv[0], 'roadmap', 'status']; require(${JSON.stringify(BIN)});`;
    const result = spawnSync(process.execPath, ['-e', spoof], { env: cleanEnv({ HOME: home, ROADMAP_HOME: home }), encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^roadmap: needs Node\.js 20\.17 or newer/);
    expect(result.stdout).toBe('');
  });
});
