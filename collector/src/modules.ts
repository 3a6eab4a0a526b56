// The list of feature modules `vigil-collector serve` composes into the app (detection, commands, API,
// page, ...). Each module owns its tables (migrations) and plugs into the app's seams in setup().
import type { CollectorModule } from './app.js';
import { commandsModule } from './commands/module.js';
import { DetectModule } from './alerts/module.js';
import { apiModule, type ApiModuleOptions } from './api/module.js';
import { IncidentsModule } from './incidents/module.js';
import { installModule } from './install/module.js';
import { installApiRoutes } from './install/api.js';
import { metricsModule } from './metrics/module.js';
import { coverageModule } from './coverage/module.js';

/** Modules in start-up order. Each feature adds one line here. */
export function defaultModules(options: Partial<Pick<ApiModuleOptions, 'env' | 'onAdminBootstrap'>> = {}): CollectorModule[] {
  const commands = commandsModule();
  const install = installModule({ commands: () => commands.service });
  const detect = new DetectModule();
  // after detect: "telemetry degraded" alerts go through detection's alert path
  const coverage = coverageModule({ alerts: () => detect.alertSink });
  const features: CollectorModule[] = [
    detect,
    coverage,
    commands,
    install,
    metricsModule({ coverage: () => coverage.service, alerts: () => detect.service, commands: () => commands.store }),
  ];
  features.push(new IncidentsModule({ peers: features }));
  // the API and page come last: they serve the features above (found by module name)
  return [
    ...features,
    apiModule({
      env: options.env ?? {},
      onAdminBootstrap: options.onAdminBootstrap,
      peers: features,
      coverage: () => coverage.service,
      routes: [() => installApiRoutes(install)],
    }),
  ];
}
