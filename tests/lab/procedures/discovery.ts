// Discovery: what an intruder runs first on a new host (accounts, system, network, connections, processes,
// open ports, neighbours). Each command alone is also what administrators type, so the rules look for a
// burst of them from one shell (or, for a port scan, many ports from one process); one command, as in the
// benign twins, stays quiet. Every script ends on `true` (or a short sleep, before a benign twin: runs are
// told apart by time) so its last discovery command is a child of the shell like the others (bash execs a
// script's last command in its own place).
import type { Technique } from './types.js';
import { INTERNET } from '../technique-lab.js';

const PEER = INTERNET.peer;
const PEER_NET = PEER.split('.').slice(0, 3).join('.');

export const discovery: Technique[] = [
  {
    id: 'T1087.001',
    name: 'Local account discovery',
    tactic: 'discovery',
    lowSeverityOk: true,
    procedures: [
      { name: 'getent passwd enumeration', script: 'getent passwd | cut -d: -f1 | tr "\\n" " "; getent group sudo; true' },
      {
        name: 'awk over /etc/passwd',
        script: "awk -F: '$3 >= 1000 && $7 !~ /nologin/ {print $1, $6}' /etc/passwd; cat /etc/passwd | wc -l; true",
        user: 'bob',
      },
    ],
    benign: { name: 'look up one account', script: 'id alice; getent passwd alice; true' },
  },
  {
    id: 'T1082',
    name: 'System information discovery',
    tactic: 'discovery',
    lowSeverityOk: true,
    procedures: [
      { name: 'uname, hostnamectl, os-release, /proc/version', script: 'uname -a; hostnamectl 2>/dev/null; cat /etc/os-release; cat /proc/version; true' },
      {
        name: 'lscpu, cpuinfo, debian_version',
        script: 'uname -mrs; lscpu | head -3; cat /proc/cpuinfo | grep -m1 "model name"; cat /etc/debian_version; true',
        user: 'bob',
      },
    ],
    benign: { name: 'one uname -r', script: 'uname -r; true' },
  },
  {
    id: 'T1016',
    name: 'System network configuration discovery',
    tactic: 'discovery',
    lowSeverityOk: true,
    procedures: [
      { name: 'ip addr, ip route, resolv.conf', script: 'ip addr; ip route; cat /etc/resolv.conf 2>/dev/null; true' },
      { name: 'ifconfig, netstat -rn, hosts', script: 'ifconfig -a; netstat -rn; cat /etc/hosts; hostname -I; true', user: 'bob' },
    ],
    benign: { name: 'one ip addr', script: 'ip addr; true' },
  },
  {
    id: 'T1049',
    name: 'System network connections discovery',
    tactic: 'discovery',
    lowSeverityOk: true,
    procedures: [
      { name: 'ss and netstat with processes', script: 'ss -tnp; ss -unp; netstat -antp; true' },
      { name: 'lsof -i and /proc/net', script: 'lsof -i -n -P; cat /proc/net/tcp; cat /proc/net/udp; true', user: 'bob' },
    ],
    benign: { name: 'which ports listen', script: 'ss -tln; true' },
  },
  {
    id: 'T1057',
    name: 'Process discovery',
    tactic: 'discovery',
    lowSeverityOk: true,
    procedures: [
      { name: 'ps aux, ps -ef, pstree', script: 'ps aux >/dev/null; ps -ef --forest >/dev/null; pstree -p >/dev/null; true' },
      {
        name: '/proc/*/cmdline loop',
        script: 'for p in $(ls -d /proc/[0-9]* | head -20); do cat $p/cmdline 2>/dev/null | tr "\\0" " "; echo; done; sleep 0.2',
        user: 'bob',
      },
    ],
    benign: { name: 'is sshd running', script: 'ps -p 1 -o comm=; pgrep -x sshd; true' },
  },
  {
    id: 'T1046',
    name: 'Network service discovery',
    tactic: 'discovery',
    lowSeverityOk: true,
    procedures: [
      { name: 'nc -z over a port range', script: `nc -zv -w1 ${PEER} 1-40 2>&1 | grep -c succeeded; true` },
      {
        name: 'bash /dev/tcp port loop',
        script: `for p in $(seq 1 40); do echo > /dev/tcp/${PEER}/$p && echo "open $p"; done 2>/dev/null; true`,
        user: 'bob',
      },
    ],
    benign: { name: 'is ssh up on the peer', script: `nc -z -w1 ${PEER} 22 && echo up; true` },
  },
  {
    id: 'T1018',
    name: 'Remote system discovery',
    tactic: 'discovery',
    lowSeverityOk: true,
    procedures: [
      { name: 'ping sweep of a /28', script: `for i in $(seq 1 14); do ping -c1 -W1 ${PEER_NET}.$i >/dev/null & done; wait; true` },
      { name: 'arp -a, ip neigh, /proc/net/arp', script: 'arp -an; ip neigh show; cat /proc/net/arp; true', user: 'bob' },
    ],
    benign: { name: 'ping one host', script: `ping -c1 -W1 ${PEER}; true` },
  },
];
