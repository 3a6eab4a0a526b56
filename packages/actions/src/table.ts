// The response actions, written once. Each action's name is the .proto's Command oneof member (snake case:
// the spelling stored in the commands table, sent by API clients and shown on the page); the generated code's
// field is its camelCase twin. The name type is derived from the generated proto, so a new oneof member fails
// to compile until it has its row here. Agent, collector and page all read this table; the page bundles it,
// so it holds no parameter schemas (those are in params.ts, keyed by the same names).
import type { vigil } from '@vigil/proto';
import { textOf } from '@vigil/format';

/** The generated code's name of a Command oneof member (stopService). */
export type ActionField = NonNullable<vigil.v1.Command['action']>;

type Snake<S extends string> = S extends `${infer H}${infer T}` ? `${H extends Lowercase<H> ? H : `_${Lowercase<H>}`}${Snake<T>}` : S;

/** The one name of an action (stop_service): the .proto's spelling, in the store, the API and the page. */
export type ActionName = Snake<ActionField>;

/**
 * containment: changes the host to stop an attack (kept on the incident checklist, undone by a revert);
 * revert: undoes a containment; forensic: only reads the host; agent: changes the agent itself, not the host.
 */
export type ActionKind = 'containment' | 'revert' | 'forensic' | 'agent';

/** An action's parameters (or output) as stored JSON, read back. */
export type Fields = Readonly<Record<string, unknown>>;

export interface UndoSpec {
  /** The revert that undoes it. */
  readonly action: ActionName;
  /** The revert's parameters, from the containment's parameters and output; undefined when it cannot be undone. */
  params(params: Fields, output: Fields): Record<string, unknown> | undefined;
  /** What the checklist item says. */
  label(params: Fields, hostname: string): string;
}

export interface ActionSpec {
  readonly name: ActionName;
  readonly field: ActionField;
  readonly kind: ActionKind;
  /** The page's button label. */
  readonly label: string;
  /** Containments that can be undone: the revert that does it. */
  readonly undo?: UndoSpec;
  /** Reverts: what they act on (isolation, service|nginx.service), so a containment and its undo meet. */
  readonly subject?: (params: Fields) => string;
}

const quarantineIdOf = (output: Fields): string => {
  const record = output.record;
  const id = record && typeof record === 'object' ? (record as Fields).quarantineId : undefined;
  return typeof id === 'string' ? id : '';
};

/** Every response action, in the .proto's order. */
export const ACTIONS: { readonly [N in ActionName]: ActionSpec & { readonly name: N } } = {
  isolate: {
    name: 'isolate',
    field: 'isolate',
    kind: 'containment',
    label: 'Isolate host',
    undo: { action: 'release', params: () => ({}), label: (_p, hostname) => `Release ${hostname} from isolation` },
  },
  release: { name: 'release', field: 'release', kind: 'revert', label: 'Release host', subject: () => 'isolation' },
  stop_service: {
    name: 'stop_service',
    field: 'stopService',
    kind: 'containment',
    label: 'Stop service',
    undo: {
      action: 'start_service',
      params: (p) => ({ unit: textOf(p.unit), unmask: Boolean(p.mask), enable: Boolean(p.disable) }),
      label: (p, hostname) => `Start service ${textOf(p.unit)} on ${hostname}`,
    },
  },
  start_service: { name: 'start_service', field: 'startService', kind: 'revert', label: 'Start service', subject: (p) => `service|${textOf(p.unit)}` },
  kill_process: { name: 'kill_process', field: 'killProcess', kind: 'containment', label: 'Kill process' },
  block_address: {
    name: 'block_address',
    field: 'blockAddress',
    kind: 'containment',
    label: 'Block address',
    undo: {
      action: 'unblock_address',
      params: (p) => ({ cidr: textOf(p.cidr) }),
      label: (p, hostname) => `Unblock ${textOf(p.cidr)} on ${hostname}`,
    },
  },
  unblock_address: { name: 'unblock_address', field: 'unblockAddress', kind: 'revert', label: 'Unblock address', subject: (p) => `block|${textOf(p.cidr)}` },
  quarantine_file: {
    name: 'quarantine_file',
    field: 'quarantineFile',
    kind: 'containment',
    label: 'Quarantine file',
    undo: {
      action: 'restore_file',
      params: (_p, output) => (quarantineIdOf(output) ? { quarantineId: quarantineIdOf(output) } : undefined),
      label: (p, hostname) => `Restore quarantined file ${textOf(p.path)} on ${hostname}`,
    },
  },
  restore_file: {
    name: 'restore_file',
    field: 'restoreFile',
    kind: 'revert',
    label: 'Restore file',
    subject: (p) => `quarantine|${textOf(p.quarantineId)}`,
  },
  triage: { name: 'triage', field: 'triage', kind: 'forensic', label: 'Take triage snapshot' },
  collect_file: { name: 'collect_file', field: 'collectFile', kind: 'forensic', label: 'Collect file' },
  upgrade: { name: 'upgrade', field: 'upgrade', kind: 'agent', label: 'Upgrade agent' },
};

export const ACTION_NAMES = Object.keys(ACTIONS) as ActionName[];

const byField = new Map<string, ActionSpec>(Object.values(ACTIONS).map((a) => [a.field, a]));

/** The action of a stored or requested name; undefined for anything else (untrusted text is fine). */
export function actionNamed(name: string): ActionSpec | undefined {
  return Object.hasOwn(ACTIONS, name) ? ACTIONS[name as ActionName] : undefined;
}

/** The action of a decoded Command's oneof field (cmd.action). */
export function actionOfField(field: string): ActionSpec | undefined {
  return byField.get(field);
}

/** Whether the agent-wide dry-run applies: it changes the host (containments and their reverts). */
export function changesHost(a: ActionSpec): boolean {
  return a.kind === 'containment' || a.kind === 'revert';
}

/** The names of one kind, e.g. the containments an incident's checklist tracks. */
export function actionsOfKind(kind: ActionKind): ReadonlySet<ActionName> {
  return new Set(ACTION_NAMES.filter((n) => ACTIONS[n].kind === kind));
}
