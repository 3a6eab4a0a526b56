import { describe, expect, it } from 'vitest';
import { generateEd25519, signEd25519 } from '@vigil/crypto';
import { configSigningBytes, vigil, welcomeSigningBytes } from '@vigil/proto';
import { newAgentNonce, openSignedConfig, welcomeProofProblem } from './collector-proof.js';
import { checkTransport, isLoopbackHost } from './transport.js';

const collector = generateEd25519();
const stranger = generateEd25519();
const signed = (key: string, nonce: Uint8Array, agentId: string, config: vigil.v1.IAgentConfig) => {
  const payload = Buffer.from(vigil.v1.AgentConfig.encode(config).finish());
  return { payload, signature: signEd25519(key, configSigningBytes(nonce, agentId, payload)) };
};

describe('the collector proves its identity before its config counts', () => {
  it('accepts a welcome proof by the pinned key over this nonce only', () => {
    const nonce = newAgentNonce();
    const proof = signEd25519(collector.privateKeyPem, welcomeSigningBytes(nonce, 'a1'));
    expect(welcomeProofProblem({ collectorSignature: proof }, nonce, 'a1', collector.publicKey)).toBeUndefined();
    expect(welcomeProofProblem({}, nonce, 'a1', collector.publicKey)).toMatch(/no proof/);
    expect(welcomeProofProblem({ collectorSignature: proof }, newAgentNonce(), 'a1', collector.publicKey)).toMatch(/does not hold/);
    expect(welcomeProofProblem({ collectorSignature: proof }, nonce, 'a2', collector.publicKey)).toMatch(/does not hold/);
    expect(
      welcomeProofProblem({ collectorSignature: signEd25519(stranger.privateKeyPem, welcomeSigningBytes(nonce, 'a1')) }, nonce, 'a1', collector.publicKey),
    ).toMatch(/does not hold/);
  });

  it('opens a config signed for this connection; a stranger, a replay from another connection or another agent is refused', () => {
    const nonce = newAgentNonce();
    const good = signed(collector.privateKeyPem, nonce, 'a1', { dryRun: true, extraLogPaths: ['/var/log/app.log'] });
    const r = openSignedConfig(good, nonce, 'a1', collector.publicKey, 1 << 20);
    expect(r.ok && r.config.extraLogPaths).toEqual(['/var/log/app.log']);
    expect(openSignedConfig(good, newAgentNonce(), 'a1', collector.publicKey, 1 << 20)).toMatchObject({ ok: false });
    expect(openSignedConfig(good, nonce, 'a2', collector.publicKey, 1 << 20)).toMatchObject({ ok: false });
    expect(openSignedConfig(signed(stranger.privateKeyPem, nonce, 'a1', { dryRun: false }), nonce, 'a1', collector.publicKey, 1 << 20)).toMatchObject({
      ok: false,
    });
    expect(openSignedConfig({ payload: good.payload }, nonce, 'a1', collector.publicKey, 1 << 20)).toMatchObject({ ok: false });
    expect(openSignedConfig(good, nonce, 'a1', collector.publicKey, 4)).toMatchObject({ ok: false, reason: expect.stringContaining('exceeds 4') });
  });
});

describe('plain ws:// beyond loopback needs --insecure', () => {
  it('allows wss:// anywhere and ws:// on loopback; refuses ws:// elsewhere unless allowed', () => {
    for (const h of ['127.0.0.1', '127.9.9.9', 'localhost', '[::1]']) expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ['10.0.0.1', 'example.org', '[fd00::1]', '128.0.0.1']) expect(isLoopbackHost(h), h).toBe(false);
    expect(() => checkTransport('wss://edr.example.org:8443/agent', false)).not.toThrow();
    expect(() => checkTransport('ws://127.0.0.1:8080/agent', false)).not.toThrow();
    expect(() => checkTransport('ws://10.0.0.1:8080/agent', false)).toThrow(expect.objectContaining({ code: 'VIGIL_ERR_LINK_INSECURE' }));
    expect(() => checkTransport('ws://10.0.0.1:8080/agent', true)).not.toThrow();
  });
});
