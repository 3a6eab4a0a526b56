#!/usr/bin/env node
// `vigil-agent`: a small dispatcher; each subcommand lives in its own file under commands/.
import { runMain } from '@vigil/cli';
import { commands } from './commands/index.js';
import { VERSION } from '../version.js';

runMain({
  name: 'vigil-agent',
  description: 'the Vigil agent (host sensors, on-disk spool, collector link, response actions)',
  version: VERSION,
  commands,
  examples: [
    'vigil-agent enroll --collector wss://collector.example.org:8443/agent --token vgt_... --fingerprint 9d58...',
    'vigil-agent run',
    'vigil-agent status',
  ],
});
