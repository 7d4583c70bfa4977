import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeRoadmap, repairMojibake } from '../../src/roadmap/decode.js';
import { type BundledId, ROOT, SEEDS } from '../helpers/bundled.js';

const bytes = (text: string) => new TextEncoder().encode(text);
/** Text as it looks after UTF-8 bytes were read as Windows-1252 and saved again. */
const asCp1252Mojibake = (text: string) => [...bytes(text)].map((b) => CP1252_UPPER[b - 0x80] ?? String.fromCharCode(b)).join('');
const CP1252_UPPER = [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'].concat(
  Array.from({ length: 96 }, (_, i) => String.fromCharCode(0xa0 + i)),
);

describe('decodeRoadmap', () => {
  it('passes clean UTF-8 through untouched, with no notice', () => {
    const text = '# Café 日本語 🧠 — “quotes” ção\n- [ ] naïve\n';
    expect(decodeRoadmap(bytes(text))).toEqual({ text, notices: [] });
  });

  it('strips a UTF-8 byte-order mark', () => {
    expect(decodeRoadmap(Uint8Array.of(0xef, 0xbb, 0xbf, ...bytes('# A'))).text).toBe('# A');
  });

  it.each([
    ['UTF-16LE with BOM', Uint8Array.of(0xff, 0xfe, 0x23, 0x00), /UTF-16/],
    ['UTF-16BE with BOM', Uint8Array.of(0xfe, 0xff, 0x00, 0x23), /UTF-16/],
    ['UTF-32LE with BOM', Uint8Array.of(0xff, 0xfe, 0x00, 0x00, 0x23, 0x00, 0x00, 0x00), /the file is UTF-32; save it as UTF-8/],
    ['UTF-32BE with BOM', Uint8Array.of(0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x00, 0x23), /the file is UTF-32; save it as UTF-8/],
    ['a NUL byte', bytes('# a\0b'), /NUL byte at offset 3/],
    ['Latin-1 é', Uint8Array.of(...bytes('# Caf'), 0xe9, 0x0a), /not valid UTF-8 \(byte 0xe9 at offset 5, line 1\)/],
    ['a truncated sequence on line 2', Uint8Array.of(0x0a, 0x41, 0xe2, 0x80), /offset 2, line 2/],
    ['an overlong encoding', Uint8Array.of(0xc0, 0xaf), /byte 0xc0 at offset 0/],
    ['an overlong three-byte encoding', Uint8Array.of(0x41, 0xe0, 0x80, 0xaf), /byte 0xe0 at offset 1/],
    ['an overlong four-byte encoding', Uint8Array.of(0xf0, 0x80, 0x80, 0xaf), /byte 0xf0 at offset 0/],
    ['an encoded surrogate', Uint8Array.of(0x0a, 0xed, 0xa0, 0x80), /byte 0xed at offset 1, line 2/],
    ['a code point past U+10FFFF', Uint8Array.of(0xf4, 0x90, 0x80, 0x80), /byte 0xf4 at offset 0/],
  ])('refuses %s with a clear message', (_name, input, message) => {
    expect(() => decodeRoadmap(input)).toThrow(DecodeError);
    expect(() => decodeRoadmap(input)).toThrow(message);
  });

  it('repairs UTF-8 once read as Windows-1252, and says so', () => {
    const original = '# 🧠 Mastery — don’t stop → go\n';
    const garbled = asCp1252Mojibake(original);
    expect(garbled).toContain('ðŸ§');
    const decoded = decodeRoadmap(bytes(garbled));
    expect(decoded.text).toBe(original);
    expect(decoded.notices).toEqual(['repaired 4 garbled sequences: the text was UTF-8 once read as Windows-1252']);
  });

  it('repairs the common two-byte garbling ("CafÃ© crÃ¨me"), and says so', () => {
    const garbled = asCp1252Mojibake('- Café crème\n');
    expect(garbled).toBe('- CafÃ© crÃ¨me\n');
    expect(decodeRoadmap(bytes(garbled))).toEqual({
      text: '- Café crème\n',
      notices: ['repaired 2 garbled sequences: the text was UTF-8 once read as Windows-1252'],
    });
  });

  it('repairs UTF-8 once read as Mac Roman', () => {
    expect(repairMojibake('## 1Ô∏è‚É£ Backend ‚Äì go').text).toBe('## 1️⃣ Backend – go');
  });

  it('leaves genuine accented and typographic text alone', () => {
    for (const text of ['São Paulo ação', 'naïve café', '“quoted” – dash', 'Ångström', '日本語']) {
      expect(repairMojibake(text)).toEqual({ text, notices: [] });
    }
  });
});

describe('the bundled roadmaps', () => {
  const ids = Object.keys(SEEDS) as BundledId[];

  it.each(ids)('%s is the raw source run through the project decoder', (id) => {
    const raw = fs.readFileSync(new URL(`test/fixtures/seeds/${SEEDS[id]}`, ROOT));
    const bundled = fs.readFileSync(new URL(`roadmaps/${id}.md`, ROOT), 'utf8');
    expect(decodeRoadmap(raw).text).toBe(bundled);
  });

  it('repairs exactly the two garbled sources', () => {
    const notices = ids.map((id) => decodeRoadmap(fs.readFileSync(new URL(`test/fixtures/seeds/${SEEDS[id]}`, ROOT))).notices);
    expect(notices).toEqual([
      ['repaired 13 garbled sequences: the text was UTF-8 once read as Mac Roman'],
      [],
      [],
      [],
      ['repaired 31 garbled sequences: the text was UTF-8 once read as Windows-1252'],
    ]);
  });

  it('keeps the emoji and dashes as the authors wrote them', () => {
    const cloud = fs.readFileSync(new URL('roadmaps/go-backend-cloud.md', ROOT), 'utf8');
    expect(cloud).toContain('## 1️⃣ Backend Engineering Roadmap');
    expect(cloud).toContain('### 🟢 Phase 1: Fundamentals');
    expect(cloud).toContain('**Goroutines** – Optimizing');
    const mastery = fs.readFileSync(new URL('roadmaps/backend-mastery.md', ROOT), 'utf8');
    expect(mastery.split('\n')[0]).toBe('# 🧠 BACKEND ENGINEERING MASTERY ROADMAP');
    expect(mastery).toContain('## PHASE 1 — Core Backend Foundations (Month 1–2)');
    expect(mastery).toContain('### 🔹 Go (Concurrency King)');
    expect(mastery).not.toMatch(/â€|ðŸ|Ã/);
  });

  const shared = new URL('../shared/seeds/', ROOT);
  if (!fs.existsSync(shared)) console.warn('SKIPPING the fixture comparison: ../shared/seeds is not beside the clone');
  it.skipIf(!fs.existsSync(shared))('test fixtures are byte-identical to the shared sources (skipped without ../shared/seeds)', () => {
    for (const file of Object.values(SEEDS)) {
      expect(fs.readFileSync(new URL(file, shared)).equals(fs.readFileSync(new URL(`test/fixtures/seeds/${file}`, ROOT)))).toBe(true);
    }
  });
});
