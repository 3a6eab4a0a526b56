import { describe, it, expect } from 'vitest';
import { PERSISTENCE_PATHS, expandPersistencePaths } from './persistence-paths.js';
import { BUILTIN_WATCHES } from './fim/default-watches.js';

describe('persistence locations: one list', () => {
  it('names every location the detection issue lists, each once, with kind, watch, technique and description', () => {
    const paths = PERSISTENCE_PATHS.map((p) => p.path);
    for (const p of [
      '/etc/rc.local',
      '/etc/ld.so.preload',
      '/etc/profile.d',
      '.bashrc',
      '.zshrc',
      '.profile',
      '/etc/pam.d',
      '/etc/sudoers.d',
      '/etc/crontab',
      '/etc/cron.d',
      '/var/spool/cron',
      '/etc/systemd/system',
      '/usr/lib/systemd/system',
      '.config/systemd/user',
      '/etc/udev/rules.d',
      '/etc/update-motd.d',
      '/etc/xdg/autostart',
      '.config/autostart',
      '/etc/modules-load.d',
      '/etc/modprobe.d',
      '.ssh/authorized_keys',
      '/etc/shadow',
      '/etc/gshadow',
      '/etc/passwd',
      '/etc/group',
      '/etc/ssh/sshd_config',
    ])
      expect(paths, p).toContain(p);
    expect(new Set(paths).size).toBe(paths.length);
    for (const p of PERSISTENCE_PATHS) {
      expect(p.perUser ? !p.path.startsWith('/') : p.path.startsWith('/'), p.path).toBe(true);
      expect(['file', 'dir']).toContain(p.kind);
      expect(p.watch).toMatch(/^[a-z_]+$/);
      expect(p.attack).toMatch(/^T\d{4}(\.\d{3})?$/);
      expect(p.description.length).toBeGreaterThan(5);
    }
  });

  it('expands per-user entries below each real home, never twice, never inside a folder already listed', () => {
    const out = expandPersistencePaths(
      new Map([
        ['root', '/root'],
        ['alice', '/home/alice/'],
        ['nobody', '/nonexistent'],
        ['sys', '/dev'],
        ['odd', 'relative'],
      ]),
    );
    const paths = out.map((p) => p.path);
    expect(paths).toContain('/root/.bashrc');
    expect(paths).toContain('/home/alice/.ssh/authorized_keys');
    expect(out.find((p) => p.path === '/home/alice/.bashrc')).toMatchObject({ kind: 'file', watch: 'shell_profile', user: 'alice' });
    expect(paths).not.toContain('/root/.ssh/authorized_keys'); // /root/.ssh is watched as a folder
    expect(paths.some((p) => p.startsWith('/nonexistent') || p.startsWith('/dev/') || p.startsWith('relative'))).toBe(false);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('file integrity watches exactly the system-wide entries', () => {
    expect(BUILTIN_WATCHES.map((w) => w.path).sort()).toEqual(
      PERSISTENCE_PATHS.filter((p) => !p.perUser)
        .map((p) => p.path)
        .sort(),
    );
  });
});
