// export --format svg: a progress card for a README, checked as XML and as pixels in a real browser.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OVERALL_BAR, SECTION_BAR } from '../../src/render/card.js';
import { CHROMIUM, chromium } from '../helpers/chromium.js';
import { inProcess } from '../helpers/in-process.js';
import { readPng } from '../helpers/png.js';
import { tempDir } from '../helpers/temp.js';

if (!CHROMIUM) console.warn('SKIPPING the browser test of the SVG card: no chromium (.ci/run installs Debian’s)');

const ROADMAP = ['# Card < 3 & "quotes" \u0007', '', '## One', '', '- a', '- b', '- c', '- d', '', '## Two', '', '- e', '- f', ''].join('\n');

async function card(theme?: string) {
  const home = tempDir();
  const env = { ROADMAP_NOW: '2026-11-21T10:00:00Z' };
  fs.writeFileSync(path.join(home, 'card.md'), ROADMAP);
  await inProcess(home, ['add', path.join(home, 'card.md')], env);
  const run = (...args: string[]) => inProcess(home, ['-r', 'card', ...args], env);
  await run('done', 'a', 'b', 'e');
  await run('skip', 'c');
  await run('start', 'f');
  const file = path.join(home, 'card.svg');
  const exported = await run('export', '--format', 'svg', ...(theme ? ['--theme', theme] : []), '-o', file);
  expect(exported.status).toBe(0);
  return { home, file, svg: fs.readFileSync(file, 'utf8') };
}

describe('export --format svg', () => {
  it('is one self-contained SVG: no script, no link out, the text escaped, the bars as wide as their shares', async () => {
    const { svg } = await card();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="480" height="\d+"/);
    expect(svg).not.toMatch(/<script|href=|@import|url\((?!#)/i);
    expect(svg).toContain('<text x="20" y="34" class="title">Card &#60; 3 &#38; &#34;quotes&#34;');
    expect(svg).not.toContain('\u0007');
    expect(svg).toContain('4/6 · 66% complete · learned 60%');
    // 3 done, 1 skipped, 1 in progress of 6, on a 440-pixel track.
    expect(svg).toContain('<rect x="20.0" y="50" width="220.0" height="12" fill="#1a7f37" class="done"/>');
    expect(svg).toContain('<rect x="240.0" y="50" width="73.3" height="12" fill="#bf8700" class="skipped"/>');
    expect(svg).toContain('<rect x="313.3" y="50" width="73.3" height="12" fill="#0969da" class="doing"/>');
    expect(svg).toContain('roadmap · 2026-11-21');
    expect(svg.match(/class="bar section"/g)).toHaveLength(2);
  });

  it('has a dark theme, and --theme only with svg', async () => {
    const { svg, home } = await card('dark');
    expect(svg).toContain('fill="#0d1117"');
    const refused = await inProcess(home, ['-r', 'card', 'export', '--theme', 'dark'], {});
    expect(refused.status).toBe(64);
    expect(refused.stderr).toContain('--theme is for the svg card');
  });

  it.skipIf(!CHROMIUM)('is valid XML that a browser draws, with bars of the right widths in pixels', { timeout: 90_000 }, async () => {
    for (const theme of ['light', 'dark']) {
      const { file, home } = await card(theme);
      const dom = chromium(home, file, ['--dump-dom']);
      expect(dom).not.toContain('This page contains the following errors');
      expect(dom).toContain('<svg');
      const screenshot = path.join(home, 'card.png');
      chromium(home, file, ['--window-size=480,200', '--hide-scrollbars', `--screenshot=${screenshot}`]);
      const image = readPng(fs.readFileSync(screenshot));
      /** Pixels along a row whose colour is near this one. */
      const run = (y: number, from: number, to: number, rgb: [number, number, number]) => {
        let count = 0;
        for (let x = from; x < to; x++) if (image.pixel(x, y).every((c, i) => Math.abs(c - rgb[i]) < 40)) count++;
        return count;
      };
      const green: [number, number, number] = [0x1a, 0x7f, 0x37];
      const amber: [number, number, number] = [0xbf, 0x87, 0x00];
      // The overall bar (y 50–62): done 3/6 of 440 px, skipped 1/6.
      expect(Math.abs(run(56, OVERALL_BAR.x, OVERALL_BAR.x + OVERALL_BAR.width, green) - 220)).toBeLessThanOrEqual(8);
      expect(Math.abs(run(56, OVERALL_BAR.x, OVERALL_BAR.x + OVERALL_BAR.width, amber) - 73)).toBeLessThanOrEqual(4);
      // Section One (a, b done, c skipped, d to do: 2/4 of 200 px done), section Two (1/2).
      expect(Math.abs(run(112, SECTION_BAR.x, SECTION_BAR.x + SECTION_BAR.width, green) - 100)).toBeLessThanOrEqual(6);
      expect(Math.abs(run(136, SECTION_BAR.x, SECTION_BAR.x + SECTION_BAR.width, green) - 100)).toBeLessThanOrEqual(6);
    }
  });
});
