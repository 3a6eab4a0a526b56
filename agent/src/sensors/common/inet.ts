// Text forms of IP addresses from raw bytes, one implementation for every sensor that reads addresses
// from the kernel (/proc/net tables, audit SOCKADDR records, sock_diag replies).

/** Dotted IPv4 from 4 bytes in network order. */
export function formatV4(b: ArrayLike<number>, at = 0): string {
  return `${b[at]}.${b[at + 1]}.${b[at + 2]}.${b[at + 3]}`;
}

/** RFC 5952 IPv6 from 16 bytes in network order; v4-mapped addresses as ::ffff:a.b.c.d. */
export function formatV6(b: ArrayLike<number>, at = 0): string {
  let mapped = b[at + 10] === 0xff && b[at + 11] === 0xff;
  for (let i = 0; i < 10 && mapped; i++) if (b[at + i] !== 0) mapped = false;
  if (mapped) return `::ffff:${formatV4(b, at + 12)}`;
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((b[at + i]! << 8) | b[at + i + 1]!).toString(16));
  return compressV6(groups);
}

/** Joins 8 hex groups, replacing the longest run (of two or more) of zero groups with "::". */
export function compressV6(groups: string[]): string {
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLen && j - i > 1) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (bestStart < 0) return groups.join(':');
  return `${groups.slice(0, bestStart).join(':')}::${groups.slice(bestStart + bestLen).join(':')}`;
}
