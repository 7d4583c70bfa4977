import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// biome-ignore lint/style/useNodejsImportProtocol: the bundle aliases node:child_process to a lazy stand-in (for commander) that has no named exports
import { spawnSync } from 'child_process';
import { stillThere } from '../catalog/load.js';
import { UserError } from '../errors.js';
import { renderNoted } from '../render/changes.js';
import { renderJson } from '../render/json.js';
import { toNotedJson } from '../render/json-changes.js';
import { loadActive } from './active.js';
import type { Context } from './context.js';
import { resolveTopics } from './resolve.js';

/** Add a dated note to a topic: the words given, or what the user writes in $EDITOR. */
export async function note(ctx: Context, query: string, words: readonly string[], options: { json?: boolean } = {}): Promise<void> {
  const { store, loaded } = await loadActive(ctx);
  const [node] = resolveTopics(loaded.index, loaded.id, [query]);
  const text = words.length > 0 ? words.join(' ').trim() : writeInEditor(ctx, node.title);
  if (text === '') {
    ctx.print(options.json ? renderJson(toNotedJson(loaded.id, node, null)) : 'Empty note; nothing saved.\n');
    return;
  }
  // Timed inside the write lock, so the history's times follow the order changes were made in.
  const createdAt = store.write(() => {
    stillThere(store, loaded.id);
    const at = ctx.now().toISOString();
    store.addNote(loaded.id, node.id, text, at);
    return at;
  });
  ctx.print(options.json ? renderJson(toNotedJson(loaded.id, node, { text, createdAt })) : renderNoted(node, ctx.style, ctx.wrapColumns()));
}

function writeInEditor(ctx: Context, title: string): string {
  if (!ctx.interactive()) {
    throw new UserError('roadmap note needs the text of the note when it cannot open an editor (no terminal, or CI is set)', {
      hint: 'roadmap note <topic> "your note"',
    });
  }
  const editor = ctx.io.env.VISUAL || ctx.io.env.EDITOR || 'vi';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-note-'));
  const file = path.join(dir, 'NOTE.md');
  try {
    fs.writeFileSync(file, `\n# Your note on: ${title.replace(/\n/g, ' ')}\n# Lines starting with # are left out. An empty note is not saved.\n`);
    // Through the shell, since EDITOR may carry arguments ("code --wait"); the file name is ours.
    const result = spawnSync(`${editor} "${file}"`, { shell: true, stdio: 'inherit' });
    if (result.status !== 0) throw new UserError(`the editor (${editor}) exited with ${result.status ?? result.signal}; nothing saved`);
    return fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .join('\n')
      .trim();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
