// The baseline of bench:enroll-storm: a bare `ws` server (the collector's own ws options: no compression,
// no client tracking, the same maxPayload) that holds every connection and answers pings, nothing more.
// Prints "listening <port>" on stdout.
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

const server = createServer();
const wss = new WebSocketServer({ noServer: true, maxPayload: 8 << 20, perMessageDeflate: false, clientTracking: false });
let open = 0;
server.on('upgrade', (req, socket, head) => {
  wss.handleUpgrade(req, socket, head, (ws) => {
    open++;
    ws.on('message', () => undefined);
    ws.on('close', () => open--);
  });
});
server.maxConnections = 1 << 20;
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
process.on('SIGTERM', () => process.exit(0));
