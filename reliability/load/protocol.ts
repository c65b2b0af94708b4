// Calling a server action the way the browser does (Next's action protocol over HTTP) and reading
// its result out of the RSC response (a line like `1:{"ok":true,"data":{"version":3,…}}`).

export type ActionAnswer =
  | { kind: "result"; status: number; result: { ok: boolean; code?: string; data?: unknown; current?: unknown } }
  /** HTTP error, an unreadable body, a refused connection or no answer within the timeout. */
  | { kind: "transport"; status: number | null; detail: string; timedOut: boolean };

export function parseActionResult(body: string): { ok: boolean; code?: string; data?: unknown; current?: unknown } | null {
  for (const line of body.split("\n")) {
    const match = line.match(/^[0-9a-f]+:(\{"ok":.*)$/);
    if (!match) continue;
    try {
      return JSON.parse(match[1]);
    } catch {
      return null;
    }
  }
  return null;
}

export async function callServerAction(options: {
  base: string;
  /** The page the action is posted to (like the browser, which posts to the current page). */
  path: string;
  actionId: string;
  cookie: string;
  args: unknown[];
  timeoutMs: number;
}): Promise<ActionAnswer> {
  let status: number | null = null;
  try {
    const response = await fetch(options.base + options.path, {
      method: "POST",
      headers: { cookie: options.cookie, "next-action": options.actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
      body: JSON.stringify(options.args),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    status = response.status;
    const body = await response.text();
    const result = response.ok ? parseActionResult(body) : null;
    if (!result) return { kind: "transport", status, detail: body.slice(0, 300), timedOut: false };
    return { kind: "result", status, result };
  } catch (error) {
    const timedOut = (error as Error).name === "TimeoutError";
    return { kind: "transport", status, detail: String((error as Error).cause ?? error), timedOut };
  }
}
