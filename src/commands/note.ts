import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// biome-ignore lint/style/useNodejsImportProtocol: the bundle aliases node:child_process to a lazy stand-in (for commander) that has no named exports
import { spawnSync } from 'child_process';
import { type LoadedRoadmap, writeToCurrent } from '../catalog/load.js';
import { UserError } from '../errors.js';
import { renderNoted, renderNoteRemoved } from '../render/changes.js';
import { renderJson } from '../render/json.js';
import { toNotedJson } from '../render/json-changes.js';
import type { NoteRow } from '../store/records.js';
import { loadActive } from './active.js';
import type { Context } from './context.js';
import { resolveTopics } from './resolve.js';

export interface NoteOptions {
  json?: boolean;
  /** Replace a note (its number in show, or the only one): with the words given, or in $EDITOR. */
  edit?: string | true;
  /** Remove a note (its number in show, or the only one). */
  delete?: string | true;
}

/**
 * Add a dated note to a topic: the words given, or what the user writes in $EDITOR. --edit and
 * --delete mend one. Each is a command undo reverts, and log shows.
 */
export async function note(ctx: Context, query: string, words: readonly string[], options: NoteOptions = {}): Promise<void> {
  const { store, loaded } = await loadActive(ctx);
  let [node] = resolveTopics(loaded.index, loaded.id, [query]);
  if (options.edit !== undefined && options.delete !== undefined) throw new UserError('note takes --edit or --delete, not both');
  const mending = options.edit ?? options.delete;
  // `--edit "new text"`: commander takes the text as the option's value; a number is the note's.
  const number = typeof mending === 'string' && /^\d+$/.test(mending) ? Number(mending) : undefined;
  const given = [...(typeof mending === 'string' && number === undefined ? [mending] : []), ...words].join(' ').trim();
  const old =
    mending === undefined ? undefined : pickNote(store.notes(loaded.id, node.id), number, node.shortId, options.delete !== undefined ? 'delete' : 'edit');
  if (options.delete !== undefined && given !== '')
    throw new UserError('note --delete takes the number of a note, not text', { hint: `roadmap note ${node.shortId} --delete 2` });
  const text = options.delete !== undefined ? '' : given !== '' ? given : writeInEditor(ctx, node.title, old?.text ?? '');
  if (text === '' && options.delete === undefined) {
    ctx.print(options.json ? renderJson(toNotedJson(loaded.id, node, null)) : 'Empty note; nothing saved.\n');
    return;
  }
  if (old && text === old.text) {
    ctx.print(options.json ? renderJson(toNotedJson(loaded.id, node, { text, createdAt: old.createdAt })) : 'The note is unchanged; nothing saved.\n');
    return;
  }
  const verb = options.delete !== undefined ? 'delete' : options.edit !== undefined ? 'edit' : undefined;
  // The command as log names it: the note's text is in log's line already.
  const command = `note ${query}${verb ? ` --${verb}${number === undefined ? '' : ` ${number}`}` : ''}`;
  // A refresh meanwhile that renamed the topic has the words resolved again (its notes moved with it).
  const reread = (current: LoadedRoadmap) => {
    [node] = resolveTopics(current.index, current.id, [query]);
  };
  const createdAt = await writeToCurrent(
    store,
    loaded,
    () => ctx.now(),
    () => {
      // Timed inside the write lock, so the history's times follow the order changes were made in.
      const at = ctx.now().toISOString();
      const batchId = store.openBatch(loaded.id, 'command', command, at);
      if (old) store.removeNote(old.id, batchId);
      // An edited note keeps its place and date: it is the same note, mended.
      if (text !== '') store.addNote(loaded.id, node.id, text, old?.createdAt ?? at, { batchId, title: node.title });
      return at;
    },
    reread,
  );
  if (options.json) ctx.print(renderJson(toNotedJson(loaded.id, node, text === '' ? null : { text, createdAt })));
  else if (verb === 'delete') ctx.print(renderNoteRemoved(node, old!.text, ctx.style, ctx.wrapColumns()));
  else ctx.print(renderNoted(node, ctx.style, ctx.wrapColumns(), verb === 'edit'));
}

/** The note a --edit or --delete means: its number as show lists them, or the only one. */
function pickNote(notes: readonly NoteRow[], number: number | undefined, shortId: string, verb: 'edit' | 'delete'): NoteRow {
  if (notes.length === 0) throw new UserError(`there is no note on ${shortId} to ${verb}`);
  if (number === undefined) {
    if (notes.length === 1) return notes[0];
    throw new UserError(`${shortId} has ${notes.length} notes: say which to ${verb}`, {
      details: notes.map((row, i) => `${i + 1}. ${row.text.split('\n')[0].slice(0, 70)}`),
      hint: `roadmap note ${shortId} --${verb} 2`,
    });
  }
  const picked = notes[number - 1];
  if (!picked) throw new UserError(`${shortId} has no note ${number} (it has ${notes.length})`, { hint: `roadmap show ${shortId} lists them` });
  return picked;
}

function writeInEditor(ctx: Context, title: string, text: string): string {
  if (!ctx.interactive()) {
    throw new UserError('note needs the text of the note when it cannot open an editor (no terminal, or CI is set)', {
      hint: 'roadmap note <topic> "your note"',
    });
  }
  const editor = ctx.io.env.VISUAL || ctx.io.env.EDITOR || 'vi';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-note-'));
  const file = path.join(dir, 'NOTE.md');
  try {
    fs.writeFileSync(file, `${text}\n# Your note on: ${title.replace(/\n/g, ' ')}\n# Lines starting with # are left out. An empty note is not saved.\n`);
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
