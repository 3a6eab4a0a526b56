// `vigil-collector serve`: runs the collector until SIGTERM/SIGINT, then drains ingest and closes storage.
import { createLogger } from '@vigil/logger';
import { createCollectorApp } from '../../app.js';
import { loginInstructions, type BootstrapResult } from '../../auth/index.js';
import type { CliCommand } from '@vigil/cli';
import { configFor, parse } from '../options.js';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'run the collector: agent gateway, storage, detection, API and web page',
  help: [
    'Usage: vigil-collector serve [--data DIR] [--config FILE] [--host HOST] [--port PORT]',
    '',
    'Serves the web page and the agent WebSocket (path /agent) on one port: plain ws:// on loopback',
    'by default, wss:// when tls.certFile/tls.keyFile are configured. Prints the URLs when ready.',
    '',
    'Options:',
    '  --data DIR       data folder (default ./data); run "vigil-collector init" first',
    '  --config FILE    YAML config (default DIR/collector.yaml when it exists)',
    '  --host HOST      listen address (default 127.0.0.1)',
    '  --port PORT      listen port (default 8080; 0 picks a free port)',
    '',
    'Examples:',
    '  vigil-collector serve --data ./data',
    '  VIGIL_COLLECTOR_GATEWAY__OFFLINE_AFTER_MS=30000 vigil-collector serve --port 9090',
  ].join('\n'),
  async run(argv, io) {
    const { values } = parse(argv, { host: { type: 'string' }, port: { type: 'string' } });
    const listen: Record<string, unknown> = {};
    if (values.host) listen.host = values.host;
    if (values.port !== undefined) listen.port = Number(values.port);
    const config = configFor(values, io.env, Object.keys(listen).length ? { listen } : {});
    const logger = createLogger({ name: 'collector', level: config.logLevel });
    let bootstrap: BootstrapResult = { created: false };
    const app = await createCollectorApp({ config, logger, env: io.env, onAdminBootstrap: (r) => (bootstrap = r) });
    const url = await app.listen();
    io.out(`vigil-collector listening: ${url}`);
    io.out(`agent endpoint: ${app.agentUrl()}`);
    for (const line of loginInstructions(bootstrap, url)) io.out(line);
    await new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        logger.info({ signal }, 'shutting down');
        app.stop().then(resolve, (err: unknown) => {
          logger.error({ err }, 'shutdown failed');
          resolve();
        });
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
    return 0;
  },
};
