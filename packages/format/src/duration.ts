// One way to show a duration to a person, so the incident report (markdown) and the web page say the
// same thing for the same figure: "450 ms", "42s", "1m 02s", "1h 02m 03s", "2d 3h 04m".
/** "1h 02m 03s" style text; "n/a" for a figure not known yet (null or undefined). */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return 'n/a';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  let s = Math.round(ms / 1000);
  const d = Math.floor(s / 86400);
  s -= d * 86400;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const pad = (x: number) => String(x).padStart(2, '0');
  if (d) return `${d}d ${h}h ${pad(m)}m`;
  if (h) return `${h}h ${pad(m)}m ${pad(s)}s`;
  if (m) return `${m}m ${pad(s)}s`;
  return `${s}s`;
}
