// The simulator's command line: every option named, bounded and checked before anything starts, with a
// coded error naming the option and its allowed range.
import { parseArgs } from 'node:util';

export const HELP = `Usage: npm run sim -- (--spawn | --collector URL --token TOKEN) [options]

Starts N simulated agents in this one process. Each enrolls and authenticates with the real agent's
modules (agent/dist: enrollment, spool, link, command executor) from its own state folder, streams a
realistic event mix, injects events the built-in rules alert on, and answers signed commands in dry-run.

Target (one of):
  --spawn                  init and serve a built collector (collector/dist) on a free loopback port,
                           with a token for exactly --agents enrollments; stopped by its PID at the end
  --collector URL          a running collector's agent endpoint, e.g. ws://127.0.0.1:8080/agent
  --token TOKEN            enrollment token allowing --agents uses (or VIGIL_ENROLL_TOKEN). All agents
                           connect from one address: raise the collector's per-address limits (see README)
  --collector-pid PID      also report that collector's RSS and CPU from /proc

Load:
  --agents N               simulated agents (default 10; 1..--max-agents)
  --max-agents N           ceiling for --agents (default 5000; at most 20000)
  --rate R                 events/s per agent (default 1; 0..--max-rate)
  --max-rate R             ceiling for --rate (default 200; at most 10000)
  --alert-every K          fleet-wide, every K-th event is an alerting scenario instead (default 1000; 0: none)
  --seconds S              run this long, then stop (default: until SIGINT/SIGTERM; at most 604800)
  --steps R:S,R:S,...      a rate step-up in one run: R events/s per agent for S seconds, then the next
                           (replaces --rate and --seconds; each R up to --max-rate, at most 32 steps)
  --enroll-concurrency C   enrollments in flight at once (default 16; 1..256)
  --enroll-attempts A      tries per agent before it counts as not enrolled (default 5; 1..50)
  --drain-ms MS            after the run, wait this long at most for outstanding acks (default 15000)

Output:
  --report-ms MS           one JSON line on stdout and a summary on stderr this often (default 5000; 200..3600000)
  --summary FILE           at the end, write each agent's id, hostname and first/last/acked sequence as JSON
  --state-dir DIR          the agents' state folders (default: a new temp folder, removed at the end;
                           under /dev/shm when it exists, so N spools' fsyncs do not measure one disk);
                           a folder from an earlier run is reused: its agents are enrolled already and,
                           with --spawn, its collector data is served again (a warm fleet at a new rate)
  --keep                   keep the temp folder (agent state, spawned collector data)
  -h, --help               this text

The agents take the real agent's default settings and its VIGIL_AGENT_<SECTION>__<KEY> environment
overrides (e.g. VIGIL_AGENT_LINK__BACKOFF_MAX_MS=5000).
`;

const SPEC = {
  spawn: { type: 'boolean', default: false },
  collector: { type: 'string' },
  token: { type: 'string' },
  'collector-pid': { type: 'string' },
  agents: { type: 'string', default: '10' },
  'max-agents': { type: 'string', default: '5000' },
  rate: { type: 'string', default: '1' },
  'max-rate': { type: 'string', default: '200' },
  'alert-every': { type: 'string', default: '1000' },
  seconds: { type: 'string' },
  steps: { type: 'string' },
  'enroll-concurrency': { type: 'string', default: '16' },
  'enroll-attempts': { type: 'string', default: '5' },
  'drain-ms': { type: 'string', default: '15000' },
  'report-ms': { type: 'string', default: '5000' },
  summary: { type: 'string' },
  'state-dir': { type: 'string' },
  keep: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
};

export class SimOptionError extends Error {
  code = 'VIGIL_ERR_SIM_OPTION';
}

function num(values, name, { min, max, int = true }) {
  const text = values[name];
  const n = Number(text);
  if (text === undefined || text.trim() === '' || !Number.isFinite(n) || (int && !Number.isInteger(n)) || n < min || n > max) {
    throw new SimOptionError(`--${name} must be ${int ? 'an integer' : 'a number'} from ${min} to ${max} (got ${JSON.stringify(text)})`);
  }
  return n;
}

/** Parses and validates argv; throws SimOptionError on anything out of bounds. */
export function parseSimOptions(argv, env) {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: SPEC, strict: true, allowPositionals: false }));
  } catch (err) {
    throw new SimOptionError(err.message);
  }
  if (values.help) return { help: true };
  const maxAgents = num(values, 'max-agents', { min: 1, max: 20_000 });
  const maxRate = num(values, 'max-rate', { min: 0, max: 10_000, int: false });
  const o = {
    help: false,
    spawn: values.spawn,
    collector: values.collector,
    token: values.token ?? env.VIGIL_ENROLL_TOKEN,
    collectorPid: values['collector-pid'] === undefined ? undefined : num(values, 'collector-pid', { min: 1, max: 2 ** 22 }),
    agents: num(values, 'agents', { min: 1, max: maxAgents }),
    rate: num(values, 'rate', { min: 0, max: maxRate, int: false }),
    alertEvery: num(values, 'alert-every', { min: 0, max: 1e9 }),
    seconds: values.seconds === undefined ? undefined : num(values, 'seconds', { min: 1, max: 604_800, int: false }),
    enrollConcurrency: num(values, 'enroll-concurrency', { min: 1, max: 256 }),
    enrollAttempts: num(values, 'enroll-attempts', { min: 1, max: 50 }),
    drainMs: num(values, 'drain-ms', { min: 0, max: 600_000 }),
    reportMs: num(values, 'report-ms', { min: 200, max: 3_600_000 }),
    summary: values.summary,
    stateDir: values['state-dir'],
    keep: values.keep,
  };
  if (values.steps !== undefined) {
    if (values.seconds !== undefined) throw new SimOptionError('--steps sets the duration: leave out --seconds');
    const parts = values.steps.split(',');
    if (parts.length > 32) throw new SimOptionError('--steps takes at most 32 steps');
    o.steps = parts.map((p) => {
      const [rate, seconds, extra] = p.split(':');
      if (extra !== undefined) throw new SimOptionError(`--steps: "${p}" is not RATE:SECONDS`);
      return {
        rate: num({ 'steps rate': rate }, 'steps rate', { min: 0, max: maxRate, int: false }),
        seconds: num({ 'steps seconds': seconds }, 'steps seconds', { min: 1, max: 604_800, int: false }),
      };
    });
    o.rate = o.steps[0].rate;
    o.seconds = o.steps.reduce((t, s) => t + s.seconds, 0);
  }
  if (o.spawn && (o.collector || values.token)) throw new SimOptionError('--spawn starts its own collector: leave out --collector and --token');
  if (!o.spawn) {
    if (!o.collector) throw new SimOptionError('name a collector (--collector ws://HOST:PORT/agent and --token) or use --spawn');
    if (!/^wss?:\/\/[^\s]+$/.test(o.collector)) throw new SimOptionError('--collector must be a ws:// or wss:// URL');
    if (!o.token) throw new SimOptionError('--collector needs --token (or VIGIL_ENROLL_TOKEN) allowing --agents enrollments');
  }
  return o;
}
