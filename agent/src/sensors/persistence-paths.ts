// The places on a Linux host where an intruder makes access survive a reboot or a password change, as
// one data list: file integrity watches every entry, and the audit sensor's watches read the same list,
// so a location added here is covered by both. Per-user entries are expanded for every account's home
// directory (from passwd) by expandPersistencePaths().

export type PersistenceKind = 'file' | 'dir';

export interface PersistencePath {
  /** Absolute path, or (perUser) a path below each home directory ("~/" omitted: ".bashrc"). */
  path: string;
  kind: PersistenceKind;
  /** For a dir: everything below it counts, not only its direct entries. */
  recursive?: boolean;
  /** The path is below every account's home directory. */
  perUser?: boolean;
  /** Name the file-integrity events carry in `watch` (FileChange.watch, Sigma field Watch). */
  watch: string;
  /** The ATT&CK technique this location serves. */
  attack: string;
  description: string;
  /** Holds secrets (password hashes): hashed and compared, never copied (triage keeps no content). */
  secret?: boolean;
}

/** A PersistencePath with perUser expanded: `path` is absolute. */
export type ConcretePersistencePath = Omit<PersistencePath, 'perUser'> & { user?: string };

const f = (path: string, watch: string, attack: string, description: string): PersistencePath => ({ path, kind: 'file', watch, attack, description });
const d = (path: string, watch: string, attack: string, description: string, recursive = true): PersistencePath => ({
  path,
  kind: 'dir',
  recursive,
  watch,
  attack,
  description,
});
const u = (p: PersistencePath): PersistencePath => ({ ...p, perUser: true });

export const PERSISTENCE_PATHS: readonly PersistencePath[] = Object.freeze([
  // Accounts
  f('/etc/passwd', 'passwd', 'T1136.001', 'local accounts'),
  { ...f('/etc/shadow', 'shadow', 'T1098', 'password hashes and ageing'), secret: true },
  f('/etc/group', 'group', 'T1098', 'group membership (sudo, wheel, docker)'),
  { ...f('/etc/gshadow', 'group', 'T1098', 'group passwords and administrators'), secret: true },
  // sudo
  f('/etc/sudoers', 'sudoers', 'T1548.003', 'sudo policy'),
  d('/etc/sudoers.d', 'sudoers', 'T1548.003', 'sudo policy drop-ins'),
  // cron and at
  f('/etc/crontab', 'cron', 'T1053.003', 'system crontab'),
  f('/etc/anacrontab', 'cron', 'T1053.003', 'anacron jobs'),
  d('/etc/cron.d', 'cron', 'T1053.003', 'cron drop-ins'),
  d('/etc/cron.hourly', 'cron', 'T1053.003', 'hourly cron scripts'),
  d('/etc/cron.daily', 'cron', 'T1053.003', 'daily cron scripts'),
  d('/etc/cron.weekly', 'cron', 'T1053.003', 'weekly cron scripts'),
  d('/etc/cron.monthly', 'cron', 'T1053.003', 'monthly cron scripts'),
  d('/var/spool/cron', 'cron', 'T1053.003', 'user crontabs (crontabs/ on Debian, the folder itself on RHEL) and at jobs'),
  // systemd units, timers and generators
  d('/etc/systemd/system', 'systemd', 'T1543.002', 'system units, timers and drop-ins (administrator)'),
  d('/usr/local/lib/systemd/system', 'systemd', 'T1543.002', 'system units installed locally'),
  d('/usr/lib/systemd/system', 'systemd', 'T1543.002', 'system units and timers (packages)'),
  d('/lib/systemd/system', 'systemd', 'T1543.002', 'system units and timers (packages, unmerged /usr)'),
  d('/run/systemd/system', 'systemd', 'T1543.002', 'runtime units'),
  d('/etc/systemd/user', 'systemd', 'T1543.002', 'user units for every account'),
  d('/usr/lib/systemd/user', 'systemd', 'T1543.002', 'user units (packages)'),
  d('/etc/systemd/system-generators', 'systemd', 'T1543.002', 'generators run at every boot and reload'),
  d('/usr/lib/systemd/system-generators', 'systemd', 'T1543.002', 'generators (packages)'),
  u(d('.config/systemd/user', 'systemd', 'T1543.002', "the account's own user units and timers")),
  // Boot and login scripts
  f('/etc/rc.local', 'rc_local', 'T1037.004', 'run at the end of boot (Debian, SUSE)'),
  f('/etc/rc.d/rc.local', 'rc_local', 'T1037.004', 'run at the end of boot (RHEL)'),
  d('/etc/init.d', 'rc_scripts', 'T1037.004', 'SysV init scripts'),
  d('/etc/update-motd.d', 'motd', 'T1037', 'run as root at every interactive login (Debian, Ubuntu)'),
  d('/etc/xdg/autostart', 'autostart', 'T1547.013', 'desktop autostart for every account'),
  u(d('.config/autostart', 'autostart', 'T1547.013', "the account's desktop autostart")),
  // Shells
  f('/etc/profile', 'shell_profile', 'T1546.004', 'login shells of every account'),
  d('/etc/profile.d', 'shell_profile', 'T1546.004', 'login shell drop-ins'),
  f('/etc/bash.bashrc', 'shell_profile', 'T1546.004', 'interactive bash of every account (Debian)'),
  f('/etc/bashrc', 'shell_profile', 'T1546.004', 'interactive bash of every account (RHEL)'),
  f('/etc/bash.bash_logout', 'shell_profile', 'T1546.004', 'bash logout of every account'),
  f('/etc/environment', 'shell_profile', 'T1546.004', 'environment of every PAM session'),
  f('/etc/zsh/zshrc', 'shell_profile', 'T1546.004', 'interactive zsh of every account'),
  f('/etc/zsh/zshenv', 'shell_profile', 'T1546.004', 'every zsh of every account'),
  ...['.bashrc', '.bash_profile', '.bash_login', '.bash_logout', '.profile', '.zshrc', '.zshenv', '.zprofile', '.zlogin', '.zlogout'].map((rc) =>
    u(f(rc, 'shell_profile', 'T1546.004', `the account's ${rc}`)),
  ),
  // Authentication
  d('/etc/pam.d', 'pam', 'T1556.003', 'PAM stacks of every service'),
  f('/etc/security/pam_env.conf', 'pam', 'T1556.003', 'environment PAM sets'),
  d('/usr/lib/x86_64-linux-gnu/security', 'pam', 'T1556.003', 'PAM modules (Debian, amd64)'),
  d('/usr/lib/aarch64-linux-gnu/security', 'pam', 'T1556.003', 'PAM modules (Debian, arm64)'),
  d('/usr/lib64/security', 'pam', 'T1556.003', 'PAM modules (RHEL, SUSE)'),
  d('/lib/security', 'pam', 'T1556.003', 'PAM modules (older layouts)'),
  f('/etc/ssh/sshd_config', 'sshd_config', 'T1098.004', 'OpenSSH server settings (AuthorizedKeysFile, PermitRootLogin)'),
  d('/etc/ssh/sshd_config.d', 'sshd_config', 'T1098.004', 'OpenSSH server drop-ins'),
  d('/root/.ssh', 'ssh_keys', 'T1098.004', "root's authorized_keys and ssh rc"),
  u(f('.ssh/authorized_keys', 'ssh_keys', 'T1098.004', 'keys that log in as the account')),
  u(f('.ssh/authorized_keys2', 'ssh_keys', 'T1098.004', 'keys that log in as the account (older file name)')),
  u(f('.ssh/rc', 'ssh_keys', 'T1098.004', 'run by sshd at each login of the account')),
  // Loader and kernel
  f('/etc/ld.so.preload', 'ld_preload', 'T1574.006', 'libraries loaded into every process'),
  f('/etc/ld.so.conf', 'ld_preload', 'T1574.006', 'library search path'),
  d('/etc/ld.so.conf.d', 'ld_preload', 'T1574.006', 'library search path drop-ins'),
  f('/etc/modules', 'kernel_modules', 'T1547.006', 'modules loaded at boot (Debian)'),
  d('/etc/modules-load.d', 'kernel_modules', 'T1547.006', 'modules loaded at boot'),
  d('/usr/lib/modules-load.d', 'kernel_modules', 'T1547.006', 'modules loaded at boot (packages)'),
  d('/etc/modprobe.d', 'kernel_modules', 'T1547.006', 'module options and install commands'),
  d('/usr/lib/modprobe.d', 'kernel_modules', 'T1547.006', 'module options (packages)'),
  d('/etc/udev/rules.d', 'udev', 'T1546', 'udev rules (RUN+= runs a program on a device event)'),
  d('/usr/lib/udev/rules.d', 'udev', 'T1546', 'udev rules (packages)'),
  d('/lib/udev/rules.d', 'udev', 'T1546', 'udev rules (packages, unmerged /usr)'),
  // Name resolution
  f('/etc/hosts', 'hosts', 'T1565.001', 'static host names'),
]);

/** Homes that are not an account's own folder: per-user paths are not expanded below them. */
const NOT_A_HOME = /^\/(?:$|nonexistent|dev(?:\/|$)|proc(?:\/|$)|sys(?:\/|$))/;

/** Every entry, with per-user ones expanded below each of `homes` (user -> home directory). */
export function expandPersistencePaths(homes: ReadonlyMap<string, string>, list: readonly PersistencePath[] = PERSISTENCE_PATHS): ConcretePersistencePath[] {
  const out: ConcretePersistencePath[] = [];
  const seen = new Set<string>();
  const add = (p: ConcretePersistencePath) => {
    if (seen.has(p.path)) return;
    seen.add(p.path);
    out.push(p);
  };
  for (const { perUser, ...p } of list) if (!perUser) add(p);
  // A per-user path inside a folder the list already covers (root's ~/.ssh) adds nothing.
  const dirs = out.filter((p) => p.kind === 'dir').map((p) => `${p.path}/`);
  for (const [user, rawHome] of homes) {
    const home = rawHome.replace(/\/+$/, '');
    if (!rawHome.startsWith('/') || NOT_A_HOME.test(home)) continue;
    for (const { perUser, ...p } of list) {
      if (!perUser) continue;
      const path = `${home}/${p.path}`;
      if (dirs.some((dir) => path.startsWith(dir))) continue;
      add({ ...p, path, user });
    }
  }
  return out;
}
