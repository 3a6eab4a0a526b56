// Reachability probes run inside lab namespaces (no nc/socat needed):
//   node net-probe.mjs listen PORT           TCP and UDP echo on every v4/v6 address; prints "ready"
//   node net-probe.mjs tcp HOST PORT MS      exit 0 when a TCP connection opens within MS
//   node net-probe.mjs udp HOST PORT MS      exit 0 when a UDP datagram is echoed within MS
import { createServer, connect } from 'node:net';
import { createSocket } from 'node:dgram';

const [mode, host, portText, msText] = process.argv.slice(2);
if (mode === 'listen') {
  const port = Number(host);
  const tcp = createServer((s) => s.pipe(s)).listen({ port, host: '::', ipv6Only: false });
  const u4 = createSocket('udp4');
  const u6 = createSocket({ type: 'udp6', ipv6Only: true });
  for (const u of [u4, u6]) u.on('message', (m, r) => u.send(m, r.port, r.address));
  u4.bind(port, '0.0.0.0');
  u6.bind(port, '::');
  tcp.on('listening', () => process.stdout.write('ready\n'));
} else if (mode === 'tcp') {
  const s = connect({ host, port: Number(portText), timeout: Number(msText) });
  s.on('connect', () => process.exit(0));
  s.on('timeout', () => process.exit(1));
  s.on('error', () => process.exit(1));
} else if (mode === 'udp') {
  const u = createSocket(host.includes(':') ? 'udp6' : 'udp4');
  u.on('message', () => process.exit(0));
  u.on('error', () => process.exit(1));
  u.send('ping', Number(portText), host);
  setTimeout(() => process.exit(1), Number(msText));
} else {
  process.stderr.write('usage: net-probe.mjs listen PORT | tcp HOST PORT MS | udp HOST PORT MS\n');
  process.exit(2);
}
