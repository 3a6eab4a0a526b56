// The list of feature modules `vigil-collector serve` composes into the app (detection, commands, API,
// page, ...). Each module owns its tables (migrations) and plugs into the app's seams in setup().
import type { CollectorModule } from './app.js';
import { commandsModule } from './commands/module.js';
import { DetectModule } from './detect/module.js';

/** Modules in start-up order. Each feature adds one line here. */
export function defaultModules(): CollectorModule[] {
  return [new DetectModule(), commandsModule()];
}
