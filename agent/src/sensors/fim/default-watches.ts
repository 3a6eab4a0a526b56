// The files attackers touch for persistence and privilege: accounts, sudo, cron, systemd units,
// the dynamic loader preload list, name resolution and SSH access. Each has a rule name for detection.
import { parsePasswd } from '../common/users.js';
import { readFileSync } from 'node:fs';

export interface Watch {
  path: string;
  watch: string;
}

export const BUILTIN_WATCHES: Watch[] = [
  { path: '/etc/passwd', watch: 'passwd' },
  { path: '/etc/shadow', watch: 'shadow' },
  { path: '/etc/group', watch: 'group' },
  { path: '/etc/gshadow', watch: 'group' },
  { path: '/etc/sudoers', watch: 'sudoers' },
  { path: '/etc/sudoers.d', watch: 'sudoers' },
  { path: '/etc/crontab', watch: 'cron' },
  { path: '/etc/cron.d', watch: 'cron' },
  { path: '/etc/cron.hourly', watch: 'cron' },
  { path: '/etc/cron.daily', watch: 'cron' },
  { path: '/etc/cron.weekly', watch: 'cron' },
  { path: '/etc/cron.monthly', watch: 'cron' },
  { path: '/var/spool/cron', watch: 'cron' },
  { path: '/etc/systemd/system', watch: 'systemd' },
  { path: '/usr/lib/systemd/system', watch: 'systemd' },
  { path: '/lib/systemd/system', watch: 'systemd' },
  { path: '/run/systemd/system', watch: 'systemd' },
  { path: '/etc/ld.so.preload', watch: 'ld_preload' },
  { path: '/etc/hosts', watch: 'hosts' },
  { path: '/root/.ssh', watch: 'ssh_keys' },
  { path: '/etc/ssh/sshd_config', watch: 'sshd_config' },
  { path: '/etc/ssh/sshd_config.d', watch: 'sshd_config' },
];

/** ~/.ssh/authorized_keys(2) of every account with a real home directory. */
export function authorizedKeysWatches(passwdPath: string): Watch[] {
  let text: string;
  try {
    text = readFileSync(passwdPath, 'utf8');
  } catch {
    return [];
  }
  const homes = new Set<string>();
  for (const e of parsePasswd(text)) {
    if (!e.home.startsWith('/') || e.home === '/' || e.home === '/root' || e.home.startsWith('/nonexistent')) continue;
    homes.add(e.home.replace(/\/+$/, ''));
  }
  return [...homes].flatMap((h) => [
    { path: `${h}/.ssh/authorized_keys`, watch: 'ssh_keys' },
    { path: `${h}/.ssh/authorized_keys2`, watch: 'ssh_keys' },
  ]);
}
