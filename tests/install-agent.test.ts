// The one-line install, for real: a real systemd as PID 1 in its own PID+mount+net namespaces whose /etc,
// /opt, /var/lib and /usr/local are overlays owned by this test (the machine's own folders and systemd are
// never touched), the collector (wss://, self-signed) on that namespace's loopback, and the exact command
// the "Add host" dialog shows. Then restart, signed upgrades (tampered, good, broken) and uninstall.
// install.sh checks the bundle's signature against the command key it carries, needs --insecure for plain
// http, and takes the token on stdin: no process holds it in its command line during the install.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  lstatSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateEd25519, signEd25519 } from '@vigil/crypto';
import { bundleSigningBytes } from '@vigil/proto';
import { SystemdLab } from './helpers/systemd.js';
import { run } from './helpers/netns.js';
import { COLLECTOR_BIN, Proc, runNode, waitFor } from './helpers/vigil.js';
import { dataPaths } from '../collector/dist/datadir.js';
import { loadKeyring } from '../collector/dist/keys/keyring.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const BUNDLE_SCRIPT = join(root, 'agent/scripts/bundle.mjs');
const LAB_HTTP = join(root, 'tests/helpers/lab-http.mjs');
const PORT = 8443;
const BASE = `https://127.0.0.1:${PORT}`;
const ADMIN_PASSWORD = `install-test-${process.pid}-pw`;
const V1 = '0.1.0';
const V2 = '0.1.1-test';
const V3 = '0.1.2-broken';
const UNIT = 'vigil-agent.service';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

interface HttpResult {
  status: number;
  setCookie: string[];
  body: any;
}

describe('agent install on a systemd host', () => {
  const ws = mkdtempSync(join(tmpdir(), `vigil-install-${process.pid}-`));
  const dataDir = join(ws, 'data');
  const upper = (name: string) => join(ws, 'overlay', name, 'upper');
  const overlays = [
    { name: 'etc', lower: '/etc' },
    { name: 'opt', lower: '/opt' },
    { name: 'var-lib', lower: '/var/lib' },
    { name: 'usr-local', lower: '/usr/local' },
  ].map((o) => ({ lower: o.lower, upper: upper(o.name), work: join(ws, 'overlay', o.name, 'work') }));
  const systemUnitDir = join(ws, 'etc-systemd-system');
  const hostHad = {
    optVigil: existsSync('/opt/vigil'),
    etcVigil: existsSync('/etc/vigil'),
    state: existsSync('/var/lib/vigil-agent'),
    unit: existsSync('/etc/systemd/system/vigil-agent.service'),
  };
  const bundles = { v1: join(ws, 'v1', 'vigil-agent.mjs'), v2: join(ws, 'v2', 'vigil-agent.mjs'), v3: join(ws, 'v3', 'vigil-agent.mjs') };
  // What the lab sees at /opt/vigil and /var/lib/vigil-agent, read from the overlays' upper layers.
  const installed = join(upper('opt'), 'vigil');
  const stateDir = join(upper('var-lib'), 'vigil-agent');
  let lab: SystemdLab;
  let collector: Proc | undefined;
  let session = { cookie: '', csrf: '' };
  let agentId = '';

  const inLab = (argv: string[], timeoutMs = 60_000) => run([...lab.prefix, ...argv], undefined, timeoutMs);
  const http = async (path: string, method = 'GET', body?: unknown): Promise<HttpResult> => {
    const r = await run([
      'nsenter',
      '-t',
      String(lab.pid),
      '-n',
      process.execPath,
      LAB_HTTP,
      JSON.stringify({ url: `${BASE}${path}`, method, body, ...session }),
    ]);
    return JSON.parse(r.stdout || '{"status":0}') as HttpResult;
  };
  const agentStatus = () => JSON.parse(readFileSync(join(stateDir, 'status.json'), 'utf8'));
  const agentView = async () =>
    ((await http('/api/v1/agents')).body.items as Array<{ id: string; status: string; agentVersion: string }>).find((a) => a.id === agentId);
  const finished = (commandId: string) =>
    waitFor(
      `command ${commandId} to finish`,
      async () => {
        const c = (await http(`/api/v1/commands/${commandId}`)).body;
        return ['succeeded', 'failed', 'refused', 'expired'].includes(c?.status) ? c : undefined;
      },
      90_000,
      250,
    );
  const offer = async () => {
    const r = await http(`/api/v1/agents/${agentId}/upgrade`, 'POST', {});
    expect(r.status).toBe(201);
    return finished(r.body.commandId as string);
  };
  const publish = async (file: string) => {
    const r = await runNode(COLLECTOR_BIN, ['bundle', 'publish', file, '--data', dataDir]);
    expect(r.code, r.stderr).toBe(0);
  };

  /** The collector joins only the lab's network namespace: the agent reaches it on that loopback. */
  const startCollector = async () => {
    const c = new Proc(
      spawn(
        'nsenter',
        ['-t', String(lab.pid), '-n', '--', process.execPath, COLLECTOR_BIN, 'serve', '--data', dataDir, '--host', '127.0.0.1', '--port', String(PORT)],
        {
          env: { ...process.env, VIGIL_COLLECTOR_LOG_LEVEL: 'warn', VIGIL_ADMIN_PASSWORD: ADMIN_PASSWORD, VIGIL_COLLECTOR_INSTALL__BUNDLE_FILE: bundles.v1 },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      ),
    );
    collector = c;
    await waitFor(
      'collector to listen',
      () => {
        if (!c.alive) throw new Error(`collector exited: ${c.stderr}`);
        return /agent endpoint/.test(c.stdout);
      },
      30_000,
    );
    session = { cookie: '', csrf: '' };
    const login = await http('/api/v1/session', 'POST', { user: 'admin', password: ADMIN_PASSWORD });
    expect(login.status).toBe(200);
    session = { cookie: login.setCookie[0]!.split(';')[0]!, csrf: login.body.csrfToken as string };
  };

  beforeAll(async () => {
    for (const [name, version] of [
      ['v1', V1],
      ['v2', V2],
    ] as const) {
      const r = await runNode(BUNDLE_SCRIPT, ['--version', version, '--out', bundles[name]]);
      if (r.code !== 0) throw new Error(`bundle failed: ${r.stderr}`);
    }
    // A bundle that answers --version (so the agent's probe passes) but dies when started: a failed start.
    mkdirSync(join(ws, 'v3'));
    writeFileSync(
      bundles.v3,
      `#!/usr/bin/env node\n// vigil-agent ${V3}: a test bundle that cannot start\nif (process.argv[2] === '--version') console.log('${V3}');\nelse { console.error('broken on purpose'); process.exit(1); }\n`,
    );
    mkdirSync(systemUnitDir);
    lab = await SystemdLab.boot({}, [], { overlays, systemUnitDir });
    await inLab(['ip', 'link', 'set', 'lo', 'up']);
    const init = await runNode(COLLECTOR_BIN, ['init', '--data', dataDir, '--tls']);
    if (init.code !== 0) throw new Error(`init failed: ${init.stderr}`);
    await startCollector();
  });

  afterAll(async () => {
    await collector?.kill9();
    await lab?.destroy();
    rmSync(ws, { recursive: true, force: true });
  });

  it('refuses clearly when node is missing or older than 20, before touching anything', async () => {
    const script = join(ws, 'install.sh');
    writeFileSync(script, (await http('/install.sh')).body as string);
    const fakeNode = join(ws, 'old-node');
    writeFileSync(fakeNode, '#!/bin/sh\necho 18.19.1\n', { mode: 0o755 });
    const old = await inLab(['sh', script, '--token', 'vgt_abcdefghijkl', '--node', fakeNode]);
    expect(old.code).not.toBe(0);
    expect(old.stderr).toContain('Node.js 18.19.1 at');
    expect(old.stderr).toContain('too old: Vigil needs Node.js >= 20');
    const noNodeBin = join(ws, 'bin-without-node');
    mkdirSync(noNodeBin);
    symlinkSync('/usr/bin/id', join(noNodeBin, 'id'));
    const missing = await inLab(['env', `PATH=${noNodeBin}`, '/bin/sh', script, '--token', 'vgt_abcdefghijkl']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("Node.js >= 20 is required and 'node' is not on PATH");
    const bad = await inLab(['sh', script, '--token', 'x;reboot']);
    expect(bad.stderr).toContain('--token holds characters');
    expect(readdirSync(upper('opt'))).toEqual([]);
  });

  it('verifies the bundle against the command key, refuses plain http without --insecure, and wants the token off the command line', async () => {
    const text = (await http('/install.sh')).body as string;
    const key = /COMMAND_KEY='([A-Za-z0-9+/=]{44})'/.exec(text)?.[1];
    expect(key).toBe(loadKeyring(dataPaths(dataDir)).publicKey.toString('base64'));
    // A script that names another command key than the one that signed the bundle: the bundle is refused.
    const tampered = join(ws, 'install-other-key.sh');
    writeFileSync(tampered, text.replace(`COMMAND_KEY='${key}'`, `COMMAND_KEY='${generateEd25519().publicKey.toString('base64')}'`));
    const refused = await run([...lab.prefix, 'sh', '-s'], `printf '%s\\n' vgt_abcdefghijkl | sh ${tampered} --token-stdin\n`, 60_000);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('the bundle signature does not verify against the collector command key');
    expect(refused.stderr).toContain("refusing the downloaded bundle: its signature does not check out against the collector's command key");
    expect(readdirSync(upper('opt'))).toEqual([]);
    const script = join(ws, 'install.sh');
    writeFileSync(script, text);
    const tokenFile = join(ws, 'token.txt');
    writeFileSync(tokenFile, 'vgt_abcdefghijkl\n', { mode: 0o600 });
    const plain = await inLab(['sh', script, '--token-file', tokenFile, '--collector', 'http://127.0.0.1:8443']);
    expect(plain.code).not.toBe(0);
    expect(plain.stderr).toContain('is plain http');
    expect(plain.stderr).toContain('--insecure');
    const none = await inLab(['sh', script]);
    expect(none.stderr).toContain('an enrollment token is required: --token-stdin, --token-file FILE or VIGIL_ENROLL_TOKEN');
    expect(readdirSync(upper('opt'))).toEqual([]);
  });

  it('installs, enrolls and starts the agent with the command the Add host dialog shows', async () => {
    // Debian's Chromium in the lab's network namespace opens the page on the lab's loopback.
    const wrapper = join(ws, 'chromium-in-lab');
    writeFileSync(wrapper, `#!/bin/sh\nexec nsenter -t ${lab.pid} -n /usr/bin/chromium "$@"\n`);
    chmodSync(wrapper, 0o755);
    const browser = await chromium.launch({
      executablePath: wrapper,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    let command: string;
    try {
      const page = await browser.newPage({ ignoreHTTPSErrors: true });
      await page.goto(`${BASE}/`);
      await page.fill('#login-form input[name=user]', 'admin');
      await page.fill('#login-form input[name=password]', ADMIN_PASSWORD);
      await page.click('#login-form button[type=submit]');
      await page.click('#add-host');
      await page.waitForSelector('#install-command:has-text("--token")');
      expect(await page.textContent('#install-command')).not.toContain('--no-dry-run');
      await page.check('#install-no-dry-run');
      command = (await page.textContent('#install-command'))!.trim();
      expect(await page.textContent('#install-token-validity')).toContain('works until');
    } finally {
      await browser.close();
    }
    expect(command).toMatch(
      /^printf '%s\\n' '[A-Za-z0-9_.-]+' \| sudo sh -c "\$\(curl -fsSL -k --pinnedpubkey 'sha256\/\/[A-Za-z0-9+/=]{44}' https:\/\/127\.0\.0\.1:8443\/install\.sh\)" vigil-install --token-stdin --fingerprint [0-9a-f]{64} --no-dry-run$/,
    );
    const token = /^printf '%s\\n' '([A-Za-z0-9_.-]+)'/.exec(command)![1]!;
    // The lab runs as root and has no sudo; everything else is the command exactly as shown, fed to sh on
    // stdin so that this test's own shell does not hold the token in its argv either.
    const started = Date.now();
    const install = run([...lab.prefix, 'sh', '-s'], `${command.replace('| sudo sh', '| sh')}\n`, 120_000);
    // Meanwhile no process on the machine (the lab's included) holds the token in its command line.
    const leaks = new Set<string>();
    let done = false;
    void install.finally(() => (done = true));
    while (!done) {
      for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
        try {
          const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
          if (argv.includes(token)) leaks.add(argv.replace(/\0/g, ' '));
        } catch {
          // gone meanwhile
        }
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    const r = await install;
    const installMs = Date.now() - started;
    expect([...leaks]).toEqual([]);
    expect(r.stdout).toContain('signature verified against command key');
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toContain('online: agent');
    agentId = /agent id (\S+)/.exec(r.stdout)![1]!;
    process.stdout.write(`install: ${installMs} ms from curl to online\n`);

    expect((await lab.systemctl(['is-active', UNIT])).stdout.trim()).toBe('active');
    const props = (
      await lab.systemctl([
        'show',
        UNIT,
        '-p',
        'Restart',
        '-p',
        'Before',
        '-p',
        'Wants',
        '-p',
        'NoNewPrivileges',
        '-p',
        'ProtectKernelTunables',
        '-p',
        'UnitFileState',
      ])
    ).stdout;
    expect(props).toContain('Restart=on-failure');
    expect(props).toMatch(/Before=.*network-pre\.target/);
    expect(props).toMatch(/Wants=.*network-pre\.target/);
    expect(props).toContain('NoNewPrivileges=yes');
    expect(props).toContain('ProtectKernelTunables=yes');
    expect(props).toContain('UnitFileState=enabled');

    // Under the hardening the agent still reads /proc, runs its sensors and finds nft.
    const st = await inLab(['/usr/local/bin/vigil-agent', 'status', '--json']);
    expect(st.code, st.stderr).toBe(0);
    const status = JSON.parse(st.stdout);
    expect(status.running).toBe(true);
    expect(status.identity.agentId).toBe(agentId);
    expect(status.status.link.state).toBe('online');
    expect(status.status.dryRun).toBe(false);
    const sensors = status.status.sensors as Array<{ name: string; running: boolean }>;
    expect(sensors.map((x) => x.name)).toEqual(expect.arrayContaining(['process', 'network', 'logs', 'fim', 'inventory']));
    expect(sensors.filter((x) => !x.running)).toEqual([]);
    // nothing the sensors read was refused by the unit's sandbox
    expect((status.status.problems as Array<{ message: string }>).filter((p) => /EACCES|EPERM|permission/i.test(p.message))).toEqual([]);
    expect(status.status.response.firewall).toBe('nft');

    await waitFor('agent online in the collector', async () => (await agentView())?.status === 'online');
    expect((await agentView())?.agentVersion).toBe(V1);
    expect(sha256(join(installed, 'vigil-agent.mjs'))).toBe(sha256(bundles.v1));
    expect(readFileSync(join(upper('etc'), 'vigil', 'agent.yaml'), 'utf8')).toContain('dryRun: false');
    expect(existsSync(join(systemUnitDir, UNIT))).toBe(true);
  });

  it('keeps its identity across a restart of the unit', async () => {
    const before = (await lab.systemctl(['show', UNIT, '-p', 'MainPID', '--value'])).stdout.trim();
    const restart = await lab.systemctl(['restart', UNIT]);
    expect(restart.code, restart.stderr).toBe(0);
    const after = (await lab.systemctl(['show', UNIT, '-p', 'MainPID', '--value'])).stdout.trim();
    expect(after).not.toBe(before);
    // status.json written by the new process, online again with the same identity
    const s = await waitFor(
      'the restarted agent online',
      () => {
        const st = agentStatus();
        return st.pid === Number(after) && st.link.state === 'online' ? st : undefined;
      },
      30_000,
      200,
    );
    expect(s.agentId).toBe(agentId);
    await waitFor('agent online in the collector', async () => (await agentView())?.status === 'online');
    const agents = (await http('/api/v1/agents')).body.items as Array<{ id: string }>;
    expect(agents.map((a) => a.id)).toEqual([agentId]);
  });

  it('comes back by itself after the host loses power and boots again', async () => {
    await collector?.stop();
    await lab.destroy(); // SIGKILL to init: every process of the host dies at once
    lab = await SystemdLab.boot({ 'multi-user.target': '[Unit]\nDescription=Multi-User System (test stand-in)\n' }, ['multi-user.target'], {
      overlays,
      systemUnitDir,
    });
    await inLab(['ip', 'link', 'set', 'lo', 'up']);
    await startCollector();
    // nobody starts it: the enabled unit comes up with the boot target
    await waitFor('unit active after boot', async () => (await lab.systemctl(['is-active', UNIT])).stdout.trim() === 'active', 30_000, 200);
    await waitFor('agent online in the collector', async () => (await agentView())?.status === 'online', 30_000, 200);
    expect(agentStatus().agentId).toBe(agentId);
    expect(((await http('/api/v1/agents')).body.items as Array<{ id: string }>).map((a) => a.id)).toEqual([agentId]);
  });

  it('refuses tampered bundles, swaps in a good one, and rolls back one that cannot start', async () => {
    await publish(bundles.v2);
    const stored = join(dataDir, 'bundles', V2, 'vigil-agent.mjs');
    const meta = join(dataDir, 'bundles', V2, 'bundle.json');

    // 1. the bundle bytes changed after signing (disk or mirror tampering)
    appendFileSync(stored, '\nprocess.exit(0);\n');
    const tampered = await offer();
    expect(tampered.status).toBe('failed');
    expect(tampered.errorCode).toBe('VIGIL_ERR_UPGRADE_HASH_MISMATCH');

    // 2. a signature by a key the agent never pinned
    await publish(bundles.v2);
    const m = JSON.parse(readFileSync(meta, 'utf8'));
    m.signature = signEd25519(generateEd25519().privateKeyPem, bundleSigningBytes(m.sha256, V2)).toString('base64');
    writeFileSync(meta, JSON.stringify(m));
    const forged = await offer();
    expect(forged.status).toBe('failed');
    expect(forged.errorCode).toBe('VIGIL_ERR_UPGRADE_BAD_SIGNATURE');
    expect(sha256(join(installed, 'vigil-agent.mjs'))).toBe(sha256(bundles.v1));
    expect((await agentView())?.agentVersion).toBe(V1);

    // 3. the real thing
    await publish(bundles.v2);
    const good = await offer();
    expect(good.status, good.message).toBe('succeeded');
    await waitFor(
      'agent to report the new version',
      async () => {
        const a = await agentView();
        return a?.status === 'online' && a.agentVersion === V2;
      },
      60_000,
      250,
    );
    expect(sha256(join(installed, 'vigil-agent.mjs'))).toBe(sha256(bundles.v2));
    expect(sha256(join(installed, 'vigil-agent.mjs.previous'))).toBe(sha256(bundles.v1));
    await waitFor('upgrade confirmed', () => !existsSync(join(installed, 'upgrade-pending.json')), 30_000, 200);

    // 4. a signed bundle that dies at start: the service wrapper restores the previous one
    await publish(bundles.v3);
    const broken = await offer();
    expect(broken.status, broken.message).toBe('succeeded');
    const rolledBack = await waitFor(
      'rollback reported',
      () => {
        const s = agentStatus();
        return s.version === V2 && s.link.state === 'online' && s.problems.some((p: { code: string }) => p.code === 'VIGIL_ERR_UPGRADE_ROLLED_BACK')
          ? s
          : undefined;
      },
      90_000,
      250,
    );
    expect(rolledBack.agentId).toBe(agentId);
    expect(sha256(join(installed, 'vigil-agent.mjs'))).toBe(sha256(bundles.v2));
    expect(Number((await lab.systemctl(['show', UNIT, '-p', 'NRestarts', '--value'])).stdout.trim())).toBeGreaterThanOrEqual(2);
    expect((await agentView())?.agentVersion).toBe(V2);
  });

  it('uninstall releases isolation first and leaves nothing behind', async () => {
    const iso = await http('/api/v1/commands', 'POST', { agentId, action: 'isolate', params: {} });
    expect(iso.status).toBe(201);
    const done = await finished(iso.body.id as string);
    expect(done.status, done.message).toBe('succeeded');
    expect((await inLab(['nft', 'list', 'tables'])).stdout).toMatch(/vigil/);

    const un = await inLab(['/usr/local/bin/vigil-agent', 'uninstall'], 120_000);
    expect(un.code, `${un.stdout}\n${un.stderr}`).toBe(0);
    expect(un.stdout).toContain('isolation: released');
    expect((await inLab(['nft', 'list', 'tables'])).stdout).not.toMatch(/vigil/);
    expect((await lab.systemctl(['show', UNIT, '-p', 'LoadState', '--value'])).stdout.trim()).toBe('not-found');

    // Every file the install wrote went to the overlays' upper layers: none may be left there.
    const leftovers: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        const st = lstatSync(p);
        if (st.isDirectory()) walk(p);
        if (
          /vigil/i.test(p.slice(ws.length)) ||
          (!st.isDirectory() && (p.startsWith(upper('opt')) || p.startsWith(upper('usr-local')) || p.startsWith(systemUnitDir)))
        )
          leftovers.push(p.slice(ws.length));
      }
    };
    for (const o of overlays) walk(o.upper);
    walk(systemUnitDir);
    expect(leftovers).toEqual([]);
    // and the machine itself never saw any of it
    expect({
      optVigil: existsSync('/opt/vigil'),
      etcVigil: existsSync('/etc/vigil'),
      state: existsSync('/var/lib/vigil-agent'),
      unit: existsSync('/etc/systemd/system/vigil-agent.service'),
    }).toEqual(hostHad);
  });
});
