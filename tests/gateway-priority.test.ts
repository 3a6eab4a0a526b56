// A busy ingest never holds an agent's pings, heartbeats and command results behind its batches: past the
// queue's hard bound the batches read wait in their session while the socket is still read, so a ping sent after
// them is answered before the first of them is even committed. Only past ingest.maxParkedEvents does the socket
// stop being read (the memory bound), and then the ping waits for the drain. Nothing is lost either way.
import { afterAll, describe, expect, it } from 'vitest';
import { Collector, Workspace, waitFor } from './helpers/vigil.js';
import { WireClient, eventsFor } from './helpers/wire-client.js';

/** One 1,000-event batch fills the queue to its hard bound, and nothing commits for a second. */
const BUSY_INGEST = {
  VIGIL_COLLECTOR_INGEST__MAX_QUEUED_EVENTS: '1000',
  VIGIL_COLLECTOR_INGEST__PAUSE_AT_QUEUED_EVENTS: '1000',
  VIGIL_COLLECTOR_INGEST__COMMIT_DELAY_MS: '1000',
  VIGIL_COLLECTOR_INGEST__MAX_TRANSACTION_EVENTS: '100000',
};

const workspaces: Workspace[] = [];
afterAll(async () => {
  for (const w of workspaces) await w.cleanup();
});

const metric = (text: string, name: string): number => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);

/** Enrolls a wire client, sends 1,000 events, 100 more, then a ping; returns the acks that arrived before the pong. */
async function pingBehindBatches(env: Record<string, string>): Promise<{ acksBeforePong: number[]; acks: number[]; metrics: string }> {
  const ws = new Workspace();
  workspaces.push(ws);
  const collector = await Collector.create(ws, { ...BUSY_INGEST, ...env });
  const client = await WireClient.connect(collector.agentUrl);
  const enrolled = await client.enroll(await collector.token());
  if ('refused' in enrolled) throw new Error(enrolled.refused);
  const acks = (): number[] => client.messages.filter((m) => m.ack).map((m) => Number(m.ack!.seq));
  let acksBeforePong: number[] | undefined;
  const pong = new Promise<void>((resolve) =>
    client.ws.once('pong', () => {
      acksBeforePong = acks();
      resolve();
    }),
  );
  client.send({ batch: { events: eventsFor(enrolled.agentId, 1, 1000, 'busy') } });
  client.send({ batch: { events: eventsFor(enrolled.agentId, 1001, 1100, 'busy') } });
  // The ping goes only once the collector has read both batches (the first queued, the second held back), in a
  // frame of its own: frames already read into the socket's buffer are parsed even when reading stops.
  const metricsUrl = `${collector.baseUrl}/metrics`;
  await waitFor(
    'both batches read',
    async () => {
      const text = await (await fetch(metricsUrl)).text();
      return metric(text, 'vigil_ingest_queued_events') === 1000 && metric(text, 'vigil_ingest_parked_events') === 100 ? true : undefined;
    },
    30_000,
    20,
  );
  expect(acks()).toEqual([]);
  client.ws.ping();
  await pong;
  await waitFor('the ack of the second batch', () => acks().includes(1100));
  const metrics = await (await fetch(metricsUrl)).text();
  client.close();
  return { acksBeforePong: acksBeforePong!, acks: acks(), metrics };
}

describe('agent socket priority under a busy ingest', () => {
  it('answers a ping sent behind batches before the first of them commits, and stores every event once, in order', async () => {
    const r = await pingBehindBatches({});
    expect(r.acksBeforePong).toEqual([]);
    expect(r.acks).toEqual([1000, 1100]);
    expect(metric(r.metrics, 'vigil_ingest_events_total')).toBe(1100);
    expect(metric(r.metrics, 'vigil_ingest_pauses_total')).toBeGreaterThanOrEqual(1);
    expect(metric(r.metrics, 'vigil_ingest_read_stops_total')).toBe(0);
    expect(metric(r.metrics, 'vigil_ingest_parked_events')).toBe(0);
  });

  it('past ingest.maxParkedEvents stops reading the socket until the queue drains, and still loses nothing', async () => {
    const r = await pingBehindBatches({ VIGIL_COLLECTOR_INGEST__MAX_PARKED_EVENTS: '0' });
    expect(r.acksBeforePong).toEqual([1000]);
    expect(r.acks).toEqual([1000, 1100]);
    expect(metric(r.metrics, 'vigil_ingest_events_total')).toBe(1100);
    expect(metric(r.metrics, 'vigil_ingest_read_stops_total')).toBe(1);
    expect(metric(r.metrics, 'vigil_ingest_parked_events')).toBe(0);
  });
});
