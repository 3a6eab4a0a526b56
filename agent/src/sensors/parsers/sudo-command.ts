// sudo's COMMAND= value back to argv. Since 1.9.13 sudo wraps an argument holding a blank in single
// quotes (escaping quotes inside with a backslash) and backslash-escapes blanks and quotes elsewhere;
// older versions join the arguments with single spaces. Decoding both gives the command line the
// process sensor would report (argv joined by spaces), so one rule reads either source the same.

/** Most arguments decoded; the rest of a longer command stays in the last one. */
export const MAX_SUDO_ARGS = 1024;

export function sudoArgv(command: string): string[] {
  const argv: string[] = [];
  let cur = '';
  let has = false;
  let i = 0;
  const n = command.length;
  while (i < n) {
    const c = command[i]!;
    if (c === ' ' && argv.length < MAX_SUDO_ARGS - 1) {
      if (has) argv.push(cur);
      cur = '';
      has = false;
      i++;
      continue;
    }
    if (c === '\\' && i + 1 < n && (command[i + 1] === ' ' || command[i + 1] === '\t' || command[i + 1] === "'" || command[i + 1] === '\\')) {
      cur += command[i + 1];
      has = true;
      i += 2;
      continue;
    }
    if (c === "'" && (i === 0 || command[i - 1] === ' ')) {
      const end = closingQuote(command, i + 1);
      if (end > 0 && (end + 1 === n || command[end + 1] === ' ')) {
        cur += command.slice(i + 1, end).replace(/\\(['\\])/g, '$1');
        has = true;
        i = end + 1;
        continue;
      }
    }
    cur += c;
    has = true;
    i++;
  }
  if (has) argv.push(cur);
  return argv;
}

/** Index of the unescaped quote closing a quoted argument, or -1 (an old-format literal quote). */
function closingQuote(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === "'") return i;
  }
  return -1;
}
