import { describe, expect, it } from 'vitest';
import { resolveDbLocation } from '../../src/store/location.js';

const home = '/home/ada';
const at = (env: Record<string, string>, dbFlag?: string, platform: NodeJS.Platform = 'linux') => resolveDbLocation({ env, dbFlag, platform, homedir: home });

describe('resolveDbLocation', () => {
  it.each([
    ['the XDG default', {}, '/home/ada/.local/share/roadmap/roadmap.db', 'default'],
    ['XDG_DATA_HOME when absolute', { XDG_DATA_HOME: '/data' }, '/data/roadmap/roadmap.db', 'default'],
    ['not an empty XDG_DATA_HOME', { XDG_DATA_HOME: '' }, '/home/ada/.local/share/roadmap/roadmap.db', 'default'],
    ['not a relative XDG_DATA_HOME', { XDG_DATA_HOME: 'rel/dir' }, '/home/ada/.local/share/roadmap/roadmap.db', 'default'],
    ['ROADMAP_HOME over XDG', { ROADMAP_HOME: '/rh', XDG_DATA_HOME: '/data' }, '/rh/roadmap.db', 'ROADMAP_HOME'],
    ['ROADMAP_DB over ROADMAP_HOME', { ROADMAP_DB: '/x/my.db', ROADMAP_HOME: '/rh' }, '/x/my.db', 'ROADMAP_DB'],
  ])('uses %s', (_name, env, expected, from) => {
    expect(at(env)).toEqual({ path: expected, from });
  });

  it('puts --db over everything', () => {
    expect(at({ ROADMAP_DB: '/x/my.db', ROADMAP_HOME: '/rh' }, '/flag.db')).toEqual({ path: '/flag.db', from: '--db' });
  });

  it('follows the platform conventions elsewhere', () => {
    expect(at({}, undefined, 'darwin').path).toBe('/home/ada/Library/Application Support/roadmap/roadmap.db');
    expect(at({ LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' }, undefined, 'win32').path).toBe('C:\\Users\\ada\\AppData\\Local\\roadmap\\Data\\roadmap.db');
  });
});
