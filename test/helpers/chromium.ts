// Headless Chromium for the tests that look at an export in a real browser (.ci/run installs Debian's).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The browser's command, or undefined (the test is then skipped, with the reason printed once). */
export const CHROMIUM = ['chromium', 'chromium-browser'].find((name) => spawnSync(name, ['--version']).status === 0);

/** Run the browser headless on `file`, with a profile of its own under `home` and nothing fetched from the network. */
export function chromium(home: string, file: string, args: readonly string[]): string {
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${path.join(home, 'chromium')}`,
  ];
  return spawnSync(CHROMIUM!, [...flags, ...args, `file://${file}`], { encoding: 'utf8', timeout: 45_000 }).stdout;
}
