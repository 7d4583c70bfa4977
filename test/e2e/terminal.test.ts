import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { StatusJson } from '../../src/render/json.js';
import { width } from '../../src/render/text.js';
import { BIN, cleanEnv, roadmap, user } from '../helpers/cli.js';
import { inProcess } from '../helpers/in-process.js';
import { runToEnd } from '../helpers/spawn.js';
import { tempDir } from '../helpers/temp.js';
import { HAS_TMUX, Terminal } from '../helpers/tmux.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const HAS_SCRIPT = spawnSync('script', ['--version']).status === 0;
const HAS_ZSH = spawnSync('zsh', ['--version']).status === 0;
const HAS_FISH = spawnSync('fish', ['--version']).status === 0;
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** Run a shell command with a real terminal on stdout and stderr (util-linux `script`), returning what the terminal received. */
function inPty(home: string, command: string, env: Record<string, string> = {}): string {
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    env: cleanEnv({ HOME: home, ROADMAP_HOME: home, TERM: 'xterm-256color', ...env }),
    encoding: 'utf8',
  });
  return result.stdout;
}
const roadmapCommand = (args: string) => `${quote(process.execPath)} ${quote(BIN)} ${args}`;
const COLOUR = /\x1b\[[0-9;]*m/;

describe.skipIf(!HAS_SCRIPT)('colour', () => {
  it.each([
    ['a terminal', {}, '', true],
    ['NO_COLOR=1', { NO_COLOR: '1' }, '', false],
    ['an empty NO_COLOR', { NO_COLOR: '' }, '', true],
    ['--no-color', {}, '--no-color', false],
    ['TERM=dumb', { TERM: 'dumb' }, '', false],
    ['FORCE_COLOR=0', { FORCE_COLOR: '0' }, '', false],
    ['FORCE_COLOR=1 with NO_COLOR=1', { FORCE_COLOR: '1', NO_COLOR: '1' }, '', true],
  ])('on %s: colour %s', (_name, env, flag, coloured) => {
    const home = tempDir();
    const output = inPty(home, roadmapCommand(`status -r go-backend-cloud ${flag}`), env);
    expect(output).toContain('Backend Engineering Roadmap');
    expect(COLOUR.test(output)).toBe(coloured);
  });

  it('is decided for stdout and stderr apart', () => {
    const home = tempDir();
    const file = path.join(home, 'out.txt');
    // stdout to a file, stderr (the default-roadmap notice) to the terminal.
    const screen = inPty(home, `${roadmapCommand('status')} > ${quote(file)}`);
    expect(screen).toMatch(/\x1b\[2mUsing backend-topics/);
    expect(fs.readFileSync(file, 'utf8')).not.toContain('\x1b');
  });

  it('is off in a pipe, and FORCE_COLOR forces it there', () => {
    const home = tempDir();
    expect(roadmap(home, ['status']).stdout).not.toContain('\x1b');
    expect(roadmap(home, ['status'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(COLOUR);
  });
});

describe('pipes', () => {
  it('--json is complete however large, piped or not', () => {
    const home = tempDir();
    const file = path.join(home, 'big.md');
    fs.writeFileSync(
      file,
      `# Big\n\n${Array.from({ length: 20 }, (_, s) => `## Part ${s}\n\n${Array.from({ length: 200 }, (_, t) => `- Topic ${s}.${t} with a much longer title, long enough that four thousand of them make a big output`).join('\n')}`).join('\n\n')}\n`,
    );
    expect(roadmap(home, ['add', file, '--max-size', '2']).status).toBe(0);
    const piped = roadmap(home, ['status', '-r', 'big', '--json', '--topics']);
    const viaFile = path.join(home, 'status.json');
    spawnSync('bash', ['-c', `${roadmapCommand('status -r big --json')} > ${quote(viaFile)} && cat ${quote(viaFile)} | wc -c`], {
      env: cleanEnv({ HOME: home, ROADMAP_HOME: home }),
    });
    expect(piped.stdout.length).toBeGreaterThan(1_000_000);
    expect((JSON.parse(piped.stdout) as StatusJson).total).toBe(4000);
    expect(Buffer.byteLength(piped.stdout)).toBe(fs.statSync(viaFile).size);
  });
});

describe('width', () => {
  const check = (text: string, columns: number) => {
    for (const line of text.split('\n')) expect(width(line), line).toBeLessThanOrEqual(columns);
  };

  it('fits COLUMNS when output is not a terminal, and 80 when nothing says', async () => {
    const home = tempDir();
    for (const args of [['status', '--topics', '-r', 'go-backend-6-weeks'], ['next', '-r', 'backend-mastery'], ['list']]) {
      check((await inProcess(home, args, { COLUMNS: '40' })).stdout, 40);
      check((await inProcess(home, args)).stdout, 80);
    }
  });

  it.skipIf(!HAS_TMUX)('fits a 40-column terminal', async () => {
    const home = tempDir();
    const terminal = new Terminal(
      [process.execPath, BIN, 'status', '--topics', '-r', 'go-backend-6-weeks'],
      { PATH: process.env.PATH ?? '', HOME: home, ROADMAP_HOME: home, TERM: 'xterm', LANG: 'C.UTF-8' },
      { columns: 40, rows: 200 },
    );
    try {
      const screen = await terminal.waitFor(/\[exit \d+\]/);
      expect(screen).toContain('Overall');
      // tmux wraps what is too wide onto the next row: so no row may be full and followed by more of it.
      const output = screen.split('[exit')[0];
      for (const line of output.split('\n')) expect(width(line), line).toBeLessThan(40 + 1);
      expect(output).toMatch(/^ +WEEK 1 .*…/m);
    } finally {
      terminal.close();
    }
  });
});

describe('help', () => {
  const golden = (name: string, text: string) => {
    const file = path.join(ROOT, 'test', 'fixtures', 'help', `${name}.txt`);
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, text);
    expect(text).toBe(fs.readFileSync(file, 'utf8'));
  };
  const commands = [
    'status',
    'done',
    'start',
    'skip',
    'reset',
    'next',
    'show',
    'note',
    'review',
    'undo',
    'log',
    'list',
    'use',
    'add',
    'write-back',
    'refresh',
    'remove',
    'export',
    'doctor',
    'import',
    'completion',
  ];

  it('roadmap --help: everything, with examples and exit codes (golden)', () => {
    const result = roadmap(tempDir(), ['--help']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    golden('roadmap', result.stdout);
  });

  it.each(commands)('roadmap help %s: with examples (golden), the same as --help', async (command) => {
    const home = tempDir();
    const help = await inProcess(home, ['help', command]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect((await inProcess(home, [command, '--help'])).stdout).toBe(help.stdout);
    golden(command, help.stdout);
  });

  it('a bare roadmap gives a short overview on stderr, exit 64', () => {
    const result = roadmap(tempDir(), []);
    expect(result.status).toBe(64);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('roadmap status          where am I');
    expect(result.stderr.split('\n').length).toBeLessThan(12);
  });

  it('--version prints the version', () => {
    const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(roadmap(tempDir(), ['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('suggests the option meant by a typo', () => {
    const result = roadmap(tempDir(), ['status', '--jsn']);
    expect(result.status).toBe(64);
    expect(result.stderr).toContain("roadmap: unknown option '--jsn'\n(Did you mean --json?)");
  });
});

describe('exit codes', { timeout: 30_000 }, () => {
  it('every code in the README table is what the tool returns', async () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Exit codes'));
    const codes: Record<number, () => Promise<number | null> | number | null> = {
      0: () => roadmap(tempDir(), ['status']).status,
      64: () => roadmap(tempDir(), ['status', '--bogus']).status,
      65: () => {
        const home = tempDir();
        fs.writeFileSync(path.join(home, 'roadmap.db'), '# not a database\n');
        return roadmap(home, ['status']).status;
      },
      66: () => roadmap(tempDir(), ['add', '/nonexistent/file.md']).status,
      73: () => {
        const home = tempDir();
        fs.mkdirSync(path.join(home, 'roadmap.db'));
        return roadmap(home, ['status']).status;
      },
      74: () => {
        const home = tempDir();
        roadmap(home, ['done', '-r', 'go-backend-cloud', 'goroutines']);
        fs.truncateSync(path.join(home, 'roadmap.db'), 9000);
        return roadmap(home, ['status', '-r', 'go-backend-ecommerce']).status;
      },
      75: async () => {
        // Another writer holds the lock for longer than the 5-second busy timeout.
        const home = tempDir();
        roadmap(home, ['status']);
        const db = new Database(path.join(home, 'roadmap.db'));
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await runToEnd(process.execPath, [BIN, 'done', '-r', 'go-backend-cloud', 'goroutines'], {
            env: cleanEnv({ HOME: home, ROADMAP_HOME: home }),
          });
          expect(result.stderr).toContain('is busy: another roadmap command held it for more than 5 seconds');
          return result.code;
        } finally {
          db.exec('ROLLBACK');
          db.close();
        }
      },
    };
    for (const [code, scenario] of Object.entries(codes)) {
      expect(table, `README documents ${code}`).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
      expect(await scenario(), `scenario for ${code}`).toBe(Number(code));
    }
    // 1 (a missing native module) and 130 (Ctrl-C at a prompt) are tested where they happen.
    for (const code of [1, 130]) expect(table).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
  });
});

describe('shell completion', () => {
  const bins: string[] = [];
  afterEach(() => bins.splice(0));

  /** A PATH where `roadmap` is the built binary, as after an install. */
  function pathWithRoadmap(): string {
    const dir = tempDir();
    fs.symlinkSync(BIN, path.join(dir, 'roadmap'));
    return `${dir}:${path.dirname(process.execPath)}:${process.env.PATH}`;
  }

  function completeInBash(home: string, line: string[]): string[] {
    const words = line.map(quote).join(' ');
    const script = `source <(roadmap completion bash); COMP_WORDS=(roadmap ${words}); COMP_CWORD=${line.length}; _roadmap_completion; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const result = spawnSync('bash', ['-c', script], { env: cleanEnv({ HOME: home, ROADMAP_HOME: home, PATH: pathWithRoadmap() }), encoding: 'utf8' });
    expect(result.stderr).toBe('');
    return result.stdout.split('\n').filter(Boolean);
  }

  it('completes commands, options, roadmap ids and topic ids in a real bash', () => {
    const { home, run } = user();
    run('use', 'go-backend-cloud');
    expect(completeInBash(home, ['st'])).toEqual(['status', 'start', 'stats']);
    expect(completeInBash(home, ['status', '--j'])).toEqual(['--json']);
    expect(completeInBash(home, ['use', 'go-backend-c'])).toEqual(['go-backend-cloud']);
    expect(completeInBash(home, ['done', 'gorout'])).toEqual(['goroutines-optimizing']);
    expect(completeInBash(home, ['-r', 'backend-mastery', 'done', 'gorout'])).toEqual(['goroutines']);
    expect(completeInBash(home, ['export', '--format', ''])).toEqual(['md', 'json', 'html', 'svg']);
  });

  it.skipIf(!HAS_FISH)('completes in a real fish, from the file the README says to keep', () => {
    const { home, run } = user();
    run('use', 'go-backend-cloud');
    const env = cleanEnv({ HOME: home, ROADMAP_HOME: home, PATH: pathWithRoadmap(), XDG_CONFIG_HOME: path.join(home, 'config') });
    const completions = path.join(home, 'config', 'fish', 'completions');
    fs.mkdirSync(completions, { recursive: true });
    fs.writeFileSync(path.join(completions, 'roadmap.fish'), spawnSync('roadmap', ['completion', 'fish'], { env, encoding: 'utf8' }).stdout);
    const complete = (line: string) => {
      const result = spawnSync('fish', ['--no-config', '-c', `source ${quote(path.join(completions, 'roadmap.fish'))}; complete -C ${quote(line)}`], {
        env,
        encoding: 'utf8',
      });
      expect(result.stderr).toBe('');
      return result.stdout
        .split('\n')
        .filter(Boolean)
        .map((row) => row.split('\t')[0]);
    };
    expect(complete('roadmap st')).toEqual(expect.arrayContaining(['status', 'start', 'stats']));
    expect(complete('roadmap use go-backend-c')).toEqual(['go-backend-cloud']);
    expect(complete('roadmap done gorout')).toEqual(['goroutines-optimizing']);
    expect(complete('roadmap export --format ').sort()).toEqual(['html', 'json', 'md', 'svg']); // fish sorts them
  });

  it.skipIf(!HAS_TMUX || !HAS_ZSH)('completes in a real zsh on the first TAB, autoloaded from $fpath as the README says', async () => {
    const { home, run } = user();
    run('use', 'go-backend-cloud');
    const functions = path.join(home, 'zfunc');
    fs.mkdirSync(functions);
    const env = { HOME: home, ROADMAP_HOME: home, PATH: pathWithRoadmap(), TERM: 'xterm', LANG: 'C.UTF-8' };
    fs.writeFileSync(path.join(functions, '_roadmap'), spawnSync('roadmap', ['completion', 'zsh'], { env: cleanEnv(env), encoding: 'utf8' }).stdout);
    const terminal = new Terminal(['zsh', '-f', '-i'], env, { columns: 100, rows: 20 });
    try {
      terminal.type(`fpath=(${functions} $fpath); autoload -Uz compinit; compinit -u; PS1='$ '`);
      terminal.send('Enter');
      terminal.type('roadmap use go-backend-cl');
      terminal.send('Tab');
      await terminal.waitFor(/roadmap use go-backend-cloud/, 60_000);
      terminal.send('C-u');
      terminal.type('roadmap done gorout');
      terminal.send('Tab');
      await terminal.waitFor(/roadmap done goroutines-optimizing/, 60_000);
    } finally {
      terminal.close();
    }
  });

  it.each(['bash', 'zsh', 'fish'])('prints a %s script to stdout, without colour, touching no files', (shell) => {
    const home = tempDir();
    const result = roadmap(home, ['completion', shell], { env: { FORCE_COLOR: '1' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('roadmap __complete');
    expect(result.stdout).not.toContain('\x1b');
    expect(fs.readdirSync(home).filter((name) => name !== '.cache')).toEqual([]); // only roadmap's own code cache
  });

  it('refuses a shell it does not know', () => {
    const result = roadmap(tempDir(), ['completion', 'tcsh']);
    expect(result.status).toBe(64);
    expect(result.stderr).toContain("no completion for 'tcsh'");
  });
});

describe('where the data lives', () => {
  const doctor = (env: Record<string, string | undefined>, args: string[] = []) => {
    const result = spawnSync(process.execPath, [BIN, ...args, 'doctor', '--json'], { env: cleanEnv(env), encoding: 'utf8' });
    return JSON.parse(result.stdout) as { dbPath: string; dbFrom: string };
  };

  it.each([
    ['unset', undefined, '.local/share/roadmap/roadmap.db'],
    ['empty', '', '.local/share/roadmap/roadmap.db'],
    ['relative', 'rel/dir', '.local/share/roadmap/roadmap.db'],
  ])('XDG_DATA_HOME %s: the default under HOME', (_name, xdg, expected) => {
    const home = tempDir();
    expect(doctor({ HOME: home, XDG_DATA_HOME: xdg })).toEqual({
      ...doctor({ HOME: home, XDG_DATA_HOME: xdg }),
      dbPath: path.join(home, expected),
      dbFrom: 'default',
    });
  });

  it('an absolute XDG_DATA_HOME is used, and the directory is made with mode 0700', () => {
    const home = tempDir();
    const xdg = path.join(home, 'xdg');
    expect(doctor({ HOME: home, XDG_DATA_HOME: xdg }).dbPath).toBe(path.join(xdg, 'roadmap', 'roadmap.db'));
    spawnSync(process.execPath, [BIN, 'status'], { env: cleanEnv({ HOME: home, XDG_DATA_HOME: xdg }) });
    expect(fs.statSync(path.join(xdg, 'roadmap')).mode & 0o777).toBe(0o700);
  });

  it('--db wins over ROADMAP_DB, which wins over ROADMAP_HOME', () => {
    const home = tempDir();
    const env = { HOME: home, ROADMAP_HOME: path.join(home, 'rh'), ROADMAP_DB: path.join(home, 'env.db') };
    expect(doctor(env, ['--db', path.join(home, 'flag.db')])).toMatchObject({ dbPath: path.join(home, 'flag.db'), dbFrom: '--db' });
    expect(doctor(env)).toMatchObject({ dbPath: path.join(home, 'env.db'), dbFrom: 'ROADMAP_DB' });
    expect(doctor({ HOME: home, ROADMAP_HOME: path.join(home, 'rh') })).toMatchObject({ dbPath: path.join(home, 'rh', 'roadmap.db'), dbFrom: 'ROADMAP_HOME' });
  });

  it('doctor says it in words', () => {
    const home = tempDir();
    expect(roadmap(home, ['doctor']).stdout).toContain(`database  ${path.join(home, 'roadmap.db')}  (from $ROADMAP_HOME)`);
  });
});

describe.skipIf(!HAS_TMUX)('prompts', { timeout: 30_000 }, () => {
  it('draw on stderr: with stderr sent to a file, the terminal shows only the result', async () => {
    const { home, run, json } = user();
    run('use', 'go-backend-cloud');
    const err = path.join(home, 'err.txt');
    const terminal = new Terminal(['bash', '-c', `${roadmapCommand('done')} 2> ${quote(err)}`], {
      PATH: process.env.PATH ?? '',
      HOME: home,
      ROADMAP_HOME: home,
      TERM: 'xterm-256color',
      LANG: 'C.UTF-8',
    });
    const waitForFile = async (pattern: RegExp) => {
      for (let i = 0; i < 200 && !(fs.existsSync(err) && pattern.test(fs.readFileSync(err, 'utf8'))); i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
    };
    try {
      await waitForFile(/Topic to mark done/);
      terminal.type('mqtt');
      await waitForFile(/❯ MQTT/);
      terminal.send('Enter');
      await waitForFile(/Finish/);
      terminal.send('Enter');
      const screen = await terminal.waitFor(/\[exit \d+\]/);
      expect(screen).toContain('✔ MQTT – Lightweight messaging protocol for IoT & real-time apps: done');
      expect(screen).not.toContain('Topic to mark done');
    } finally {
      terminal.close();
    }
    expect(fs.readFileSync(err, 'utf8')).toContain('Topic to mark done');
    expect(json<{ done: number }>('status').done).toBe(7);
  });
});
