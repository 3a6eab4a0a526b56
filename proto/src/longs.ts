// protobufjs hands 64-bit fields back as Long objects; these helpers convert at the edges
// so the rest of the code uses number (counters, sequences) or bigint (nanosecond times).
import Long from 'long';
import { ProtoError } from './errors.js';

export type U64 = number | Long | null | undefined;

/** A 64-bit field as a JS number; throws if it cannot be represented exactly. */
export function u64ToNumber(value: U64): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value;
  const n = value.toNumber();
  if (!Number.isSafeInteger(n)) {
    throw new ProtoError('VIGIL_ERR_PROTO_NUMBER_RANGE', `64-bit value ${value.toString()} exceeds the safe integer range`);
  }
  return n;
}

/** A 64-bit field as a bigint, exact for the whole unsigned range. */
export function u64ToBigInt(value: U64): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === 'number') return BigInt(value);
  return BigInt(value.toUnsigned().toString());
}

/** A bigint (e.g. a nanosecond time) as the Long protobufjs expects for uint64 fields. */
export function bigIntToU64(value: bigint): Long {
  if (value < 0n) throw new ProtoError('VIGIL_ERR_PROTO_NUMBER_RANGE', `negative value ${value} for an unsigned field`);
  return Long.fromString(value.toString(), true);
}

/** Unix time now in nanoseconds, as a Long ready for a time_ns field. */
export function nowNs(clock: () => bigint = defaultNsClock): Long {
  return bigIntToU64(clock());
}

const hrBase = process.hrtime.bigint();
const wallBase = BigInt(Date.now()) * 1_000_000n;
/** Wall-clock nanoseconds: millisecond wall time anchored once, advanced by the monotonic clock. */
export function defaultNsClock(): bigint {
  return wallBase + (process.hrtime.bigint() - hrBase);
}
