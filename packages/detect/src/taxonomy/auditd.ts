// auditd events arrive grouped by serial (one LogRecord holding SYSCALL, EXECVE, CWD, PATH... records,
// fields prefixed "syscall.exe", "execve.a0", "path.1.name", plus lifted pid/exe/key/...). Sigma's auditd
// rules are written per record (`type: EXECVE`, `a0: ...`), so the engine evaluates them once per record
// against a view that un-prefixes that record's fields over the lifted ones.

/** Per-record field maps of one grouped auditd log record; undefined if the fields carry no record prefixes. */
export function auditRecords(fields: Record<string, string> | null | undefined): Array<Record<string, string>> | undefined {
  if (!fields) return undefined;
  const lifted: Record<string, string> = {};
  const records = new Map<string, Record<string, string>>();
  for (const k in fields) {
    const v = fields[k]!;
    const dot = k.indexOf('.');
    if (dot < 0) { lifted[k] = v; continue; }
    const head = k.slice(0, dot);
    let prefix = head;
    let name = k.slice(dot + 1);
    let type = head.toUpperCase();
    if (head === 'path') {
      const d2 = k.indexOf('.', dot + 1);
      if (d2 > 0) { prefix = k.slice(0, d2); name = k.slice(d2 + 1); }
      type = 'PATH';
    }
    let rec = records.get(prefix);
    if (!rec) { rec = { type }; records.set(prefix, rec); }
    rec[name] = v;
  }
  if (records.size === 0) return undefined;
  // Each record view inherits the lifted fields through its prototype instead of copying them.
  const out: Array<Record<string, string>> = [];
  for (const rec of records.values()) out.push(Object.assign(Object.create(lifted) as Record<string, string>, rec));
  return out;
}
