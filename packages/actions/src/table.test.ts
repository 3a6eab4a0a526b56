import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import { vigil } from '@vigil/proto';
import { ACTION_NAMES, ACTION_PARAMS, ACTIONS, actionNamed, actionOfField, changesHost, commandBody } from './index.js';

const protoFile = fileURLToPath(new URL('../../../proto/vigil/v1/vigil.proto', import.meta.url));

/** The Command oneof members as the .proto spells them (snake case). */
function protoMembers(): string[] {
  const root = new protobuf.Root().loadSync(protoFile, { keepCase: true });
  const oneof = root.lookupType('vigil.v1.Command').oneofs.action;
  if (!oneof) throw new Error('vigil.v1.Command has no oneof "action"');
  return oneof.oneof;
}

/** The generated code's members: the fields for which a Command reports `action`. */
function generatedMembers(): string[] {
  return Object.keys(vigil.v1.Command.prototype).filter((k) => {
    const c = new vigil.v1.Command();
    (c as unknown as Record<string, unknown>)[k] = {};
    return c.action === k;
  });
}

describe('the action table', () => {
  it('has one row per Command oneof member of the .proto, and no other', () => {
    expect([...ACTION_NAMES].sort()).toEqual([...protoMembers()].sort());
  });

  it("names each row's field as the generated code does", () => {
    expect(
      Object.values(ACTIONS)
        .map((a) => a.field)
        .sort(),
    ).toEqual(generatedMembers().sort());
    for (const a of Object.values(ACTIONS)) {
      const cmd = vigil.v1.Command.fromObject({ [a.field]: {} });
      expect(cmd.action).toBe(a.field);
      expect(actionOfField(a.field)).toBe(a);
      expect(actionNamed(a.name)).toBe(a);
    }
  });

  it('undoes each containment with a revert, whose subject is built from the undo parameters', () => {
    for (const a of Object.values(ACTIONS)) {
      if (!a.undo) continue;
      expect(a.kind).toBe('containment');
      const revert = ACTIONS[a.undo.action];
      expect(revert.kind).toBe('revert');
      expect(revert.subject).toBeTypeOf('function');
    }
    expect(ACTIONS.stop_service.undo?.params({ unit: 'nginx.service', mask: true, disable: false }, {})).toEqual({
      unit: 'nginx.service',
      unmask: true,
      enable: false,
    });
    expect(ACTIONS.quarantine_file.undo?.params({ path: '/tmp/x' }, {})).toBeUndefined();
    expect(ACTIONS.quarantine_file.undo?.params({ path: '/tmp/x' }, { record: { quarantineId: 'q-1' } })).toEqual({ quarantineId: 'q-1' });
    expect(ACTIONS.kill_process.undo).toBeUndefined();
  });

  it('applies the agent-wide dry-run to host changes only', () => {
    expect(ACTION_NAMES.filter((n) => !changesHost(ACTIONS[n]))).toEqual(['triage', 'collect_file', 'upgrade']);
  });

  it('looks up untrusted names without reaching the prototype', () => {
    expect(actionNamed('toString')).toBeUndefined();
    expect(actionNamed('__proto__')).toBeUndefined();
    expect(actionNamed('stopService')).toBeUndefined();
    expect(actionOfField('stop_service')).toBeUndefined();
  });
});

describe('the parameter schemas', () => {
  it('cover every action but upgrade, in the union the API checks', () => {
    expect(Object.keys(ACTION_PARAMS)).toEqual(ACTION_NAMES.filter((n) => n !== 'upgrade'));
    expect(commandBody.options.map((o) => o.shape.action.value)).toEqual(Object.keys(ACTION_PARAMS));
  });

  it('pick the schema by action and apply its defaults', () => {
    expect(commandBody.parse({ action: 'isolate' })).toEqual({ action: 'isolate', params: { allowCidrs: [], allowDns: false } });
    expect(commandBody.parse({ action: 'stop_service', params: { unit: 'nginx.service' } })).toEqual({
      action: 'stop_service',
      params: { unit: 'nginx.service', disable: false, mask: false },
    });
    expect(commandBody.safeParse({ action: 'stop_service', params: { unit: 'x', bogus: 1 } }).success).toBe(false);
    expect(commandBody.safeParse({ action: 'upgrade', params: {} }).success).toBe(false);
    expect(commandBody.safeParse({ action: 'collect_file', params: { path: '/etc/shadow', credentialAccess: true, reason: 'short' } }).success).toBe(false);
  });

  it('regression: refuses a kill_process startTimeTicks above 2^64 - 1 (it was signed wrapped into another start time)', () => {
    // Found by the API input fuzz (collector/src/api/api-input.fuzz.test.ts): "99999999999999999999" passed
    // the 20-digit grammar and protobufjs encoded it as 7766279631452241919.
    const kill = (startTimeTicks: string) => commandBody.safeParse({ action: 'kill_process', params: { pid: 42, startTimeTicks } }).success;
    expect(kill('18446744073709551615')).toBe(true);
    expect(kill('18446744073709551616')).toBe(false);
    expect(kill('99999999999999999999')).toBe(false);
  });
});
