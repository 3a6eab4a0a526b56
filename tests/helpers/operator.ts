// An operator of a running collector for the cross-process suites: logs in through POST /session and
// calls the API with the session cookie and CSRF header, as the page does.
export interface ApiAnswer {
  status: number;
  body: any;
  headers: Headers;
}

export class Operator {
  private constructor(
    readonly apiUrl: string,
    readonly headers: Record<string, string>,
  ) {}

  /** Logs in as `user` at `baseUrl` (http://host:port); throws with the answer if the login fails. */
  static async login(baseUrl: string, user: string, password: string): Promise<Operator> {
    const apiUrl = `${baseUrl}/api/v1`;
    const res = await call(apiUrl, {}, 'POST', '/session', { user, password });
    if (res.status !== 200) throw new Error(`login as ${user} failed: ${res.status} ${JSON.stringify(res.body)}`);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    return new Operator(apiUrl, { cookie, 'x-csrf-token': String(res.body.csrfToken) });
  }

  call(method: string, path: string, body?: unknown): Promise<ApiAnswer> {
    return call(this.apiUrl, this.headers, method, path, body);
  }
}

/** One API call; JSON answers parsed, other text kept as is. */
export async function call(apiUrl: string, headers: Record<string, string>, method: string, path: string, body?: unknown): Promise<ApiAnswer> {
  const h: Record<string, string> = { ...headers };
  if (body !== undefined) h['content-type'] = 'application/json';
  const res = await fetch(apiUrl + path, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed, headers: res.headers };
}
