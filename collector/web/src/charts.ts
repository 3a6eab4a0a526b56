// Charts as inline SVG: a bar chart of counts over time (event rates, alerts over time).
import { h, svg } from './dom.js';

export interface Bucket {
  startMs: number;
  count: number;
}

export function barChart(title: string, buckets: Bucket[], options: { width?: number; height?: number; unit?: string } = {}): HTMLElement {
  const width = options.width ?? 560;
  const height = options.height ?? 120;
  const pad = { l: 36, r: 8, t: 8, b: 18 };
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const n = Math.max(1, buckets.length);
  const bw = (width - pad.l - pad.r) / n;
  const y = (v: number) => pad.t + (height - pad.t - pad.b) * (1 - v / max);
  const bars = buckets.map((b, i) =>
    svg(
      'rect',
      {
        x: (pad.l + i * bw + 0.5).toFixed(1),
        y: y(b.count).toFixed(1),
        width: Math.max(1, bw - 1).toFixed(1),
        height: (height - pad.b - y(b.count)).toFixed(1),
        class: 'bar',
      },
      svg('title', {}, `${new Date(b.startMs).toLocaleTimeString()}: ${b.count}${options.unit ? ' ' + options.unit : ''}`),
    ),
  );
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  const total = buckets.reduce((s, b) => s + b.count, 0);
  const long = first && last ? last.startMs - first.startMs > 20 * 3600_000 : false;
  const label = (ms: number) => {
    const d = new Date(ms);
    const hm = d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    return long ? `${d.getMonth() + 1}/${d.getDate()} ${hm}` : hm;
  };
  return h(
    'figure',
    { className: 'chart' },
    h('figcaption', null, `${title} (total ${total}, peak ${max === 1 && total === 0 ? 0 : max})`),
    svg(
      'svg',
      { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': title },
      svg('line', { x1: pad.l, y1: height - pad.b, x2: width - pad.r, y2: height - pad.b, class: 'axis' }),
      svg('text', { x: pad.l - 4, y: pad.t + 8, 'text-anchor': 'end', class: 'tick' }, String(max)),
      svg('text', { x: pad.l - 4, y: height - pad.b, 'text-anchor': 'end', class: 'tick' }, '0'),
      first ? svg('text', { x: pad.l, y: height - 4, class: 'tick' }, label(first.startMs)) : null,
      last ? svg('text', { x: width - pad.r, y: height - 4, 'text-anchor': 'end', class: 'tick' }, label(last.startMs)) : null,
      ...bars,
    ) as unknown as Node,
  );
}
