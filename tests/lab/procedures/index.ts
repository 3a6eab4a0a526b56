// Every technique the lab measures, in ATT&CK tactic order.
import type { Technique } from './types.js';
import { execution } from './execution.js';
import { persistence } from './persistence.js';
import { evasion } from './evasion.js';
import { credentials } from './credentials.js';
import { injection } from './injection.js';
import { discovery } from './discovery.js';
import { access } from './access.js';
import { c2 } from './c2.js';
import { impact } from './impact.js';

export const TECHNIQUES: readonly Technique[] = [
  ...execution,
  ...persistence,
  ...injection,
  ...evasion,
  ...credentials,
  ...discovery,
  ...access,
  ...c2,
  ...impact,
];
export { LAB_SETUP } from './setup.js';
export type { Technique, Procedure } from './types.js';
