// npm run bench:codec: JSON against protobuf for the agent's event batches, to keep the wire choice honest
// (issue 18). The same batches of the simulator's realistic event mix, encoded as the agent does (protobuf
// AgentMessage) and as JSON of the same message (protobuf's canonical JSON mapping: 64-bit numbers as
// strings, bytes as base64), then decoded as the collector must: protobuf's bounded decode, against
// JSON.parse plus fromObject, which checks the field types as the protobuf decode does for free.
// Prints bytes per event and events per second each way, medians of several rounds, and the ratios.
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { decodeAgentMessage, encodeAgentMessage, vigil } from '@vigil/proto';
import { EventMix } from './sim/events.mjs';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '20000' },
    batch: { type: 'string', default: '100' },
    rounds: { type: 'string', default: '7' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('Usage: npm run bench:codec -- [--events N] [--batch B] [--rounds R]');
  process.exit(0);
}
const total = Number(values.events);
const batchSize = Number(values.batch);
const rounds = Number(values.rounds);

// The simulator's mix for a few hosts, stamped as the agent's spool stamps each event.
const mixes = Array.from({ length: 8 }, (_, i) => new EventMix({ hostname: `sim-${i}`, index: i }));
const t0 = Date.now();
const events = Array.from({ length: total }, (_, i) => ({
  ...mixes[i % mixes.length].next(t0 + i),
  id: randomUUID(),
  agentId: randomUUID(),
  seq: i + 1,
  timeNs: String(BigInt(t0 + i) * 1_000_000n),
}));
const batches = [];
for (let i = 0; i < events.length; i += batchSize) batches.push({ batch: { events: events.slice(i, i + batchSize) } });
const asJson = (msg) => JSON.stringify(vigil.v1.AgentMessage.toObject(vigil.v1.AgentMessage.fromObject(msg), { longs: String, bytes: String, enums: String }));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function rate(fn) {
  const per = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    fn();
    per.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return Math.round(total / median(per));
}

const pbFrames = batches.map((b) => encodeAgentMessage(b));
const jsonFrames = batches.map((b) => Buffer.from(asJson(b)));
const bytes = (frames) => frames.reduce((n, f) => n + f.byteLength, 0) / total;
const maxBytes = 64 << 20;

const results = {
  protobuf: {
    bytesPerEvent: bytes(pbFrames),
    encodePerS: rate(() => batches.forEach((b) => encodeAgentMessage(b))),
    decodePerS: rate(() => pbFrames.forEach((f) => decodeAgentMessage(f, maxBytes))),
  },
  json: {
    bytesPerEvent: bytes(jsonFrames),
    encodePerS: rate(() => batches.forEach((b) => asJson(b))),
    decodePerS: rate(() => jsonFrames.forEach((f) => vigil.v1.AgentMessage.fromObject(JSON.parse(f.toString('utf8'))))),
    decodeUncheckedPerS: rate(() => jsonFrames.forEach((f) => JSON.parse(f.toString('utf8')))),
  },
};
const ratio = (a, b) => (a / b).toFixed(2);
console.log(`${total} events of the simulator's mix in batches of ${batchSize}, median of ${rounds} rounds, node ${process.version}`);
console.log('\n| codec | bytes per event | encode events/s | decode events/s (typed) | decode events/s (JSON.parse only) |\n| --- | --- | --- | --- | --- |');
const p = results.protobuf;
const j = results.json;
console.log(`| protobuf | ${p.bytesPerEvent.toFixed(0)} | ${p.encodePerS} | ${p.decodePerS} | — |`);
console.log(`| JSON | ${j.bytesPerEvent.toFixed(0)} | ${j.encodePerS} | ${j.decodePerS} | ${j.decodeUncheckedPerS} |`);
console.log(
  `\nJSON / protobuf: bytes ${ratio(j.bytesPerEvent, p.bytesPerEvent)}×, encode rate ${ratio(j.encodePerS, p.encodePerS)}×, typed decode rate ${ratio(j.decodePerS, p.decodePerS)}×, JSON.parse-only rate ${ratio(j.decodeUncheckedPerS, p.decodePerS)}×`,
);
