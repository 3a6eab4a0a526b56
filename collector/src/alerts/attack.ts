// ATT&CK technique ids (T1059, T1059.004, from a rule's attack.t1059.004 tag) as links to MITRE's
// technique pages, built in one place for the API and the page. An id of any other shape gets no link.

export interface AttackLink {
  id: string;
  url: string;
}

const TECHNIQUE = /^T(\d{4})(?:\.(\d{3}))?$/;

/** https://attack.mitre.org/techniques/T1059/004/ for T1059.004; undefined for anything else. */
export function attackTechniqueUrl(id: string): string | undefined {
  const m = TECHNIQUE.exec(id.trim().toUpperCase());
  if (!m) return undefined;
  return `https://attack.mitre.org/techniques/T${m[1]}/${m[2] ? `${m[2]}/` : ''}`;
}

/** The techniques that have a page, each once, in the order given. */
export function attackLinks(ids: readonly string[]): AttackLink[] {
  const out: AttackLink[] = [];
  const seen = new Set<string>();
  for (const raw of ids) {
    const id = raw.trim().toUpperCase();
    const url = attackTechniqueUrl(id);
    if (!url || seen.has(id)) continue;
    seen.add(id);
    out.push({ id, url });
  }
  return out;
}
