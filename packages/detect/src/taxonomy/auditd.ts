// auditd events arrive grouped by serial (one LogRecord holding SYSCALL, EXECVE, CWD, PATH... records,
// fields prefixed "syscall.exe", "execve.a0", "path.1.name", plus lifted pid/exe/key/...). Sigma's auditd
// rules are written per record (`type: EXECVE`, `a0: ...`), so the engine evaluates them once per record:
// a view names the record's prefix and type, and field reads try "<prefix><name>" before the lifted name.
// Views and prefixed keys are cached per engine, so steady-state evaluation allocates nothing.

export interface AuditView {
  /** "execve.", "syscall.", "path.0.", ... */
  prefix: string;
  /** The record type, upper case (EXECVE, SYSCALL, PATH, ...). */
  type: string;
}

/** Bounds of the caches (distinct "type" lists, distinct prefixed keys). */
const MAX_VIEW_LISTS = 4096;
const MAX_KEYS = 16_384;

export class AuditCache {
  private readonly views = new Map<string, AuditView[]>();
  private readonly keys = new Map<string, Map<string, string>>();
  private keyCount = 0;

  /** The per-record views of a grouped record, from its "type" list ("SYSCALL,EXECVE,PATH,PATH"). */
  viewsOf(fields: Record<string, string> | null | undefined): AuditView[] | undefined {
    const list = fields?.type;
    if (typeof list !== 'string' || !list.includes(',')) return undefined; // one record: evaluate as it is
    let views = this.views.get(list);
    if (views) return views;
    views = [];
    let path = 0;
    for (const t of list.split(',')) {
      const type = t.trim().toUpperCase();
      if (!type || type === 'EOE') continue;
      const prefix = type === 'PATH' ? `path.${path++}.` : `${type.toLowerCase()}.`;
      if (!views.some((v) => v.prefix === prefix)) views.push({ prefix, type });
    }
    if (this.views.size >= MAX_VIEW_LISTS) this.views.clear();
    this.views.set(list, views);
    return views;
  }

  /** The interned key "<prefix><name>". */
  key(prefix: string, name: string): string {
    let m = this.keys.get(prefix);
    if (!m) {
      m = new Map();
      this.keys.set(prefix, m);
    }
    let k = m.get(name);
    if (k === undefined) {
      k = prefix + name;
      if (this.keyCount < MAX_KEYS) {
        m.set(name, k);
        this.keyCount++;
      }
    }
    return k;
  }
}
