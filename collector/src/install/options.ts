// The install section of the collector config: which agent bundle to serve, the public URL the install
// script and the "Add host" command name, and the enrollment token the dialog creates.
import { fileURLToPath } from 'node:url';
import { z } from '@vigil/config';

/** The agent bundle of this checkout (npm run build writes it), adopted at start when none is published. */
export const BUILT_BUNDLE = fileURLToPath(new URL('../../../agent/dist-bundle/vigil-agent.mjs', import.meta.url));

export const installOptionsSchema = z
  .object({
    /** Agent bundle published automatically at start when no bundle is published yet ("" turns that off). */
    bundleFile: z.string().default(BUILT_BUNDLE),
    /**
     * The collector as servers reach it, e.g. https://edr.example.org:8443 (behind a proxy or NAT).
     * Unset: the URL install.sh was requested from (its Host header, checked against a strict grammar).
     */
    publicUrl: z.url({ protocol: /^https?$/ }).optional(),
    /** Lifetime of the enrollment token in an "Add host" command (seconds). */
    tokenTtlSeconds: z
      .number()
      .int()
      .min(60)
      .max(30 * 86_400)
      .default(86_400),
    /** Hosts that may enroll with one "Add host" token. */
    tokenUses: z.number().int().min(1).max(100_000).default(1),
    /** Largest bundle `bundle publish` accepts. */
    maxBundleBytes: z
      .number()
      .int()
      .min(64 * 1024)
      .max(512 * 1024 * 1024)
      .default(64 * 1024 * 1024),
    /** Lifetime of an upgrade command (ms): an agent offline longer gets it on its next connect within this. */
    upgradeTtlMs: z
      .number()
      .int()
      .min(10_000)
      .max(30 * 86_400_000)
      .default(7 * 86_400_000),
  })
  .strict();

export type InstallOptions = z.output<typeof installOptionsSchema>;
