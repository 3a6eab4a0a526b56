// Live push: one EventSource on /api/v1/stream; views subscribe to topics while they are shown.
type Handler = (data: any) => void;

const handlers = new Map<string, Set<Handler>>();
let source: EventSource | null = null;
let onState: (connected: boolean) => void = () => undefined;

export function startLive(stateChanged: (connected: boolean) => void): void {
  onState = stateChanged;
  if (source) return;
  source = new EventSource('/api/v1/stream');
  source.onopen = () => onState(true);
  source.onerror = () => onState(false);
  for (const topic of ['alert', 'agent', 'command', 'incident', 'health']) {
    source.addEventListener(topic, (ev) => {
      let data: unknown;
      try {
        data = JSON.parse((ev as MessageEvent<string>).data);
      } catch {
        return;
      }
      for (const h of handlers.get(topic) ?? []) h(data);
    });
  }
}

export function stopLive(): void {
  source?.close();
  source = null;
}

/** Subscribes until the returned function is called (views call it when they are left). */
export function onLive(topic: string, handler: Handler): () => void {
  let set = handlers.get(topic);
  if (!set) handlers.set(topic, (set = new Set()));
  set.add(handler);
  return () => set.delete(handler);
}
