// One client process of bench:enroll-storm (forked 2–4 times): a slice of the simulated fleet, each agent
// a WebSocket that speaks the real protocol with the real key handling (Ed25519 proof over the collector's
// nonce, the same key on every try), and nothing else, so that thousands fit in one process. It enrolls
// (or says hello once enrolled), reconnects after a drop, heartbeats and pings while idle. Delays between
// tries are the agent's own (agent/dist/link/backoff.js with the agent's default link settings: capped
// exponential with full jitter, kept low for a while after an online connection dropped), enrollment gives
// up after link.enrollAttempts tries on "not now" answers and at once on a token refusal.
// In `bare` mode it only connects and holds the socket (the baseline against a bare ws server).
// The parent sends {type:'start', ...}; the child reports {type:'stats', ...} every 250 ms.
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { generateEd25519, privateKeyFromPem, signEd25519 } from '@vigil/crypto';
import { decodeCollectorMessage, encodeAgentMessage, enrollSigningBytes, helloSigningBytes } from '@vigil/proto';

import { Backoff } from '../../agent/dist/link/backoff.js';
import { loadAgentConfig } from '../../agent/dist/config.js';

const LINK = loadAgentConfig().link;
const ENROLL_ATTEMPTS = LINK.enrollAttempts;
const PING_MS = 15_000;
const CONNECT_TIMEOUT_MS = 10_000;
const RETRYABLE = new Set(['VIGIL_ERR_GATEWAY_RATE_LIMITED', 'VIGIL_ERR_GATEWAY_BUSY', 'VIGIL_ERR_GATEWAY_OVERLOADED', 'closed']);

let opts;
let stopping = false;
const agents = [];
const stats = { online: 0, enrolled: 0, enrollTries: 0, helloTries: 0, gaveUp: 0, refusals: {}, lastOnlineAtMs: 0, reconnects: 0 };

const newBackoff = () =>
  new Backoff({ baseMs: LINK.backoffBaseMs, maxMs: LINK.backoffMaxMs, recentMaxMs: LINK.reconnectMaxMs, recentWindowMs: LINK.reconnectWindowMs });

function setOnline(agent, online) {
  if (agent.online === online) return;
  agent.online = online;
  stats.online += online ? 1 : -1;
  if (online) stats.lastOnlineAtMs = Date.now();
}

function connect(agent) {
  if (stopping) return;
  const enrolling = !agent.agentId && opts.mode === 'collector';
  if (enrolling) stats.enrollTries++;
  else stats.helloTries++;
  const ws = new WebSocket(opts.url, { perMessageDeflate: false, handshakeTimeout: 10_000, localAddress: agent.localAddress, maxPayload: 8 << 20 });
  agent.ws = ws;
  let refusal;
  // the agent's link.connectTimeoutMs: no welcome within it, and the try is abandoned (and retried)
  const deadline = setTimeout(() => ws.terminate(), CONNECT_TIMEOUT_MS);
  ws.on('error', () => undefined);
  if (opts.mode === 'bare')
    ws.on('open', () => {
      clearTimeout(deadline);
      setOnline(agent, true);
    });
  ws.on('message', (data) => {
    let msg;
    try {
      msg = decodeCollectorMessage(data, 8 << 20);
    } catch {
      return ws.terminate();
    }
    if (msg.challenge) {
      const nonce = msg.challenge.nonce ?? new Uint8Array();
      if (agent.agentId) {
        ws.send(
          encodeAgentMessage({
            hello: {
              agentId: agent.agentId,
              signature: signEd25519(agent.key, helloSigningBytes(nonce, agent.agentId)),
              agentVersion: '0.1.0',
              lastSeq: 0,
              bootTimeMs: opts.bootTimeMs,
              agentNonce: randomBytes(32),
            },
          }),
        );
      } else {
        ws.send(
          encodeAgentMessage({
            enroll: {
              token: opts.token,
              publicKey: agent.publicKey,
              signature: signEd25519(agent.key, enrollSigningBytes(nonce, agent.publicKey)),
              inventory: { hostname: agent.hostname, machineId: agent.machineId, osName: 'Debian GNU/Linux', osVersion: '12', agentVersion: '0.1.0' },
              agentVersion: '0.1.0',
            },
          }),
        );
      }
    } else if (msg.welcome) {
      if (!agent.agentId) stats.enrolled++;
      agent.agentId = msg.welcome.agentId;
      agent.backoff.reset();
      clearTimeout(deadline);
      setOnline(agent, true);
    } else if (msg.refusal) {
      refusal = msg.refusal.code || 'VIGIL_ERR_LINK_REFUSED';
      stats.refusals[refusal] = (stats.refusals[refusal] ?? 0) + 1;
    }
  });
  ws.on('close', () => {
    clearTimeout(deadline);
    const wasOnline = agent.online;
    setOnline(agent, false);
    if (stopping) return;
    if (wasOnline) stats.reconnects++;
    // enrolled (on this connection or before): the link reconnects for ever, as the agent's does
    if (!agent.agentId && enrolling && (!RETRYABLE.has(refusal ?? 'closed') || agent.backoff.attempts + 1 >= ENROLL_ATTEMPTS)) {
      stats.gaveUp++;
      return;
    }
    if (wasOnline) agent.backoff.lost(Date.now());
    if (refusal) agent.backoff.refused(refusal);
    agent.timer = setTimeout(() => connect(agent), agent.backoff.next(Date.now()));
  });
}

process.on('message', (m) => {
  if (m.type === 'start') {
    opts = m;
    for (let i = m.from; i < m.from + m.count; i++) {
      const keys = generateEd25519();
      agents.push({
        index: i,
        hostname: `storm-${String(i).padStart(5, '0')}`,
        machineId: `${i}`.padStart(32, '0'),
        publicKey: keys.publicKey,
        key: privateKeyFromPem(keys.privateKeyPem),
        agentId: undefined,
        localAddress: m.localAddresses[i % m.localAddresses.length],
        backoff: newBackoff(),
        online: false,
        ws: undefined,
        timer: undefined,
      });
    }
    process.send({ type: 'ready' });
  } else if (m.type === 'go') {
    // all at once: the storm
    for (const a of agents) connect(a);
  } else if (m.type === 'url') {
    opts.url = m.url; // the restarted collector listens on the same port; kept for a moved one
  } else if (m.type === 'stop') {
    stopping = true;
    for (const a of agents) {
      clearTimeout(a.timer);
      a.ws?.terminate();
    }
    report();
    setTimeout(() => process.exit(0), 100);
  }
});

function report() {
  process.send({ type: 'stats', ...stats, refusals: { ...stats.refusals } });
}
setInterval(report, 250).unref();

// idle traffic: each agent pings every 15 s and heartbeats every heartbeatMs, at its own phase (not in lockstep)
let tick = 0;
setInterval(() => {
  if (!opts) return;
  tick++;
  const hbTicks = Math.max(1, Math.round(opts.heartbeatMs / 1000));
  const pingTicks = PING_MS / 1000;
  for (const a of agents) {
    if (!a.online || a.ws?.readyState !== WebSocket.OPEN) continue;
    if ((tick + a.index) % pingTicks === 0) a.ws.ping();
    if (opts.mode === 'collector' && (tick + a.index) % hbTicks === 0) a.ws.send(encodeAgentMessage({ heartbeat: { lastSeq: 0, agentTimeMs: Date.now() } }));
  }
}, 1000).unref();
