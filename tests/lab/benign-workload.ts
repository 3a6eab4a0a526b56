// The noise budget's workload: what an ordinary server does all day, run in the technique lab so the
// alerts it raises can be counted per host-hour. A package installed and removed with apt and dpkg (a
// local .deb: the lab has no mirror), a small C program compiled and run, cron jobs, log rotation, key
// based ssh logins and an administrator's sudo session. Setup runs before the agent starts.

/** Made before the agent starts: the package, the C source, the cron job, rotation that signals the lab's rsyslogd. */
export const WORKLOAD_SETUP = [
  'set -e',
  'mkdir -p /root/pkg/vigil-lab-hello/DEBIAN /root/pkg/vigil-lab-hello/usr/local/bin',
  'printf "Package: vigil-lab-hello\\nVersion: 1.0\\nArchitecture: all\\nMaintainer: Vigil lab <lab@example.org>\\nDescription: hello for the noise budget\\n" > /root/pkg/vigil-lab-hello/DEBIAN/control',
  'printf "#!/bin/sh\\necho hello\\n" > /root/pkg/vigil-lab-hello/usr/local/bin/vigil-lab-hello',
  'chmod 0755 /root/pkg/vigil-lab-hello/usr/local/bin/vigil-lab-hello',
  'dpkg-deb --build --root-owner-group /root/pkg/vigil-lab-hello /root/pkg/vigil-lab-hello.deb >/dev/null',
  'printf "#include <stdio.h>\\nint main(void) { puts(\\"built\\"); return 0; }\\n" > /root/hello.c',
  'mkdir -p /var/backups',
  'printf "* * * * * root tar -czf /var/backups/etc-hosts.tgz -C / etc/hostname etc/hosts >/dev/null 2>&1\\n* * * * * alice /usr/bin/du -sh /home/alice >/dev/null 2>&1\\n" > /etc/cron.d/lab-backup',
  // Debian's rotation, with the signal a host without systemd sends (the lab's rsyslogd, by its pid file).
  'sed -i "s#/usr/lib/rsyslog/rsyslog-rotate#kill -HUP \\$(cat /run/rsyslogd.pid)#" /etc/logrotate.d/rsyslog',
].join('\n');

export interface WorkloadStep {
  name: string;
  script: string;
  user?: string;
}

const SSH = 'ssh -o BatchMode=yes -o StrictHostKeyChecking=accept-new -o UserKnownHostsFile=/home/alice/.ssh/known_hosts -i /home/alice/.ssh/id_ed25519';
const SUDO = "echo Lab-alice-2026 | sudo -S -p ''";

/** One round of the workload; the benchmark repeats it for as long as it runs. */
export const WORKLOAD: readonly WorkloadStep[] = [
  {
    name: 'apt install and remove a package',
    script: 'apt-get install -y -q /root/pkg/vigil-lab-hello.deb >/dev/null && apt-get remove -y -q vigil-lab-hello >/dev/null',
  },
  { name: 'dpkg install and remove a package', script: 'dpkg -i /root/pkg/vigil-lab-hello.deb >/dev/null && dpkg -r vigil-lab-hello >/dev/null' },
  { name: 'compile and run a C program', script: 'cd /root && cc -O2 -o hello hello.c && ./hello && rm -f hello' },
  { name: 'key-based ssh login running a command', user: 'alice', script: `${SSH} alice@127.0.0.1 'uptime; df -h / >/dev/null'` },
  {
    name: "an administrator's sudo session",
    user: 'alice',
    script: [
      `${SUDO} tail -n 5 /var/log/syslog >/dev/null`,
      `${SUDO} apt-get -s upgrade >/dev/null`,
      `${SUDO} ls -la /root >/dev/null`,
      `${SUDO} ss -tlnp >/dev/null`,
    ].join(' && '),
  },
  { name: 'log rotation', script: 'logrotate -f /etc/logrotate.d/rsyslog' },
];
