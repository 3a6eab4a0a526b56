#!/usr/bin/env node
// `vigil-collector`: a small dispatcher; each subcommand lives in its own file under commands/.
import { runMain } from '@vigil/cli';
import { commands } from './commands/index.js';
import { VERSION } from '../version.js';

runMain({
  name: 'vigil-collector',
  description: 'the Vigil collector (agent gateway, storage, detection, response, web page)',
  version: VERSION,
  commands,
  examples: ['vigil-collector init --data ./data', 'vigil-collector serve --data ./data', 'vigil-collector token create --data ./data --ttl 24h --uses 10'],
});
