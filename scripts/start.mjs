#!/usr/bin/env node
// The quick start's main job, one command on a fresh clone: build, initialize ./data once, start the
// collector (storage in ./data, web page and agent endpoint on http://127.0.0.1:8080), enroll a local
// agent once (state in ./data/agent) and run it with host-altering responses in DRY-RUN mode.
// Only the explicit --no-dry-run flag lets the local agent isolate, block, stop, kill or quarantine for real.
import { spawn, execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const COLLECTOR = join(root, 'collector/dist/cli/main.js');
const AGENT = join(root, 'agent/dist/cli/main.js');

const HELP = `Usage: npm start [-- options]

Starts Vigil on this machine: the collector with its storage in ./data and its web page on
http://127.0.0.1:8080, plus a local agent enrolled to it. Ctrl-C stops both.

Options:
  --data DIR      data folder (default ./data; the agent keeps its state in DIR/agent)
  --port PORT     web page and agent endpoint port (default 8080)
  --rules DIR     also load the Sigma rules under DIR for this run (repeatable), besides the built-in
                  pack, e.g. --rules ../shared/data/sigma/rules/linux for the SigmaHQ Linux rules
  --no-dry-run    let the local agent apply host-altering responses (isolate, block, stop service,
                  kill, quarantine) for real. Without it they are only reported: trying Vigil on a
                  laptop must never cut the laptop's own network.
  --no-agent      start only the collector
  --no-build      skip "npm run build"
`;

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: './data' },
    port: { type: 'string', default: '8080' },
    rules: { type: 'string', multiple: true, default: [] },
    'no-dry-run': { type: 'boolean', default: false },
    'no-agent': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

const dataDir = resolve(values.data);
const ruleDirs = values.rules.map((d) => resolve(d));
for (const d of ruleDirs) {
  if (!existsSync(d) || !statSync(d).isDirectory()) {
    process.stderr.write(`vigil: --rules ${d}: not a folder\n`);
    process.exit(2);
  }
}
const agentDir = join(dataDir, 'agent');
const say = (line) => process.stdout.write(`${line}\n`);
const node = (bin, args) => execFileSync(process.execPath, [bin, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

// 1. Build (incremental: seconds when nothing changed).
if (!values['no-build']) {
  say('vigil: building ...');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

// 2. Data folder, command-signing key: once.
if (!existsSync(join(dataDir, 'keys', 'command.key'))) {
  say(`vigil: initializing ${dataDir}`);
  node(COLLECTOR, ['init', '--data', dataDir]);
}
mkdirSync(dataDir, { recursive: true, mode: 0o700 });

const children = new Set();
let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  const force = setTimeout(() => {
    for (const c of children) c.kill('SIGKILL');
  }, 10_000);
  force.unref();
  const wait = () => (children.size === 0 ? process.exit(code) : setTimeout(wait, 50));
  wait();
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

function start(name, bin, args, logFile, env = {}) {
  const log = createWriteStream(logFile, { flags: 'a', mode: 0o600 });
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.stderr.pipe(log);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (!stopping) {
      say(`vigil: the ${name} stopped unexpectedly (${signal ?? `exit ${code}`}); see ${logFile}`);
      stopAll(1);
    }
  });
  return child;
}

// 3. The collector. Its stdout carries the URL and how to log in; its JSON logs go to a file.
const collectorLog = join(dataDir, 'collector.log');
// --rules folders reach the collector's detect.ruleDirs option for this run only (environment values are YAML,
// so a JSON list is read as it is); `vigil-collector rules load` is the way to keep a folder for good.
for (const d of ruleDirs) say(`vigil: also loading the rules under ${d}`);
const rulesEnv = ruleDirs.length ? { VIGIL_COLLECTOR_DETECT__RULE_DIRS: JSON.stringify(ruleDirs) } : {};
const collector = start('collector', COLLECTOR, ['serve', '--data', dataDir, '--port', values.port], collectorLog, rulesEnv);
let collectorText = '';
let echo = false;
collector.stdout.on('data', (b) => {
  collectorText += b.toString();
  if (echo) process.stdout.write(b); // later collector output still reaches the terminal
});
const agentUrl = await new Promise((resolveReady) => {
  const poll = setInterval(() => {
    const m = /agent endpoint: (\S+)\n/.exec(collectorText);
    if (m) {
      clearInterval(poll);
      resolveReady(m[1]);
    }
  }, 50);
});
// Give the collector a moment to print its login lines after the endpoint line.
await new Promise((r) => setTimeout(r, 300));

// 4. The local agent: enrolled once with a single-use token, then run in dry-run unless told otherwise.
let agentLine = 'local agent: not started (--no-agent)';
if (!values['no-agent']) {
  if (!existsSync(join(agentDir, 'identity.json'))) {
    const token = node(COLLECTOR, ['token', 'create', '--data', dataDir, '--ttl', '10m', '--uses', '1', '--note', 'quick start local agent']).trim();
    node(AGENT, ['enroll', '--state', agentDir, '--collector', agentUrl, '--token', token]);
  }
  const dryRun = !values['no-dry-run'];
  // The agent runs on the collector's host: the collector's data folder (its keys, state and evidence) is
  // never collectable by collect_file.
  start('agent', AGENT, ['run', '--state', agentDir, dryRun ? '--dry-run' : '--no-dry-run'], join(dataDir, 'agent.log'), {
    VIGIL_AGENT_FORENSICS__COLLECT__PROTECTED_DIRS: JSON.stringify([dataDir]),
  });
  agentLine = dryRun
    ? 'local agent: running in DRY-RUN mode: isolate, block, stop service, kill and quarantine are reported, never applied\n             (npm start -- --no-dry-run applies them for real)'
    : 'local agent: running with host-altering responses ENABLED (--no-dry-run)';
}

const url = `http://127.0.0.1:${values.port}`;
say('');
say(`Vigil is running: ${url}`);
for (const line of collectorText.split('\n')) {
  if (line && !line.startsWith('vigil-collector listening') && !line.startsWith('agent endpoint')) say(line);
}
say(agentLine);
say(`data: ${dataDir}   logs: ${collectorLog}, ${join(dataDir, 'agent.log')}`);
say('Ctrl-C stops Vigil.');
echo = true;
