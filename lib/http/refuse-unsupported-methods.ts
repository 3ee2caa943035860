// TRACE, TRACK and CONNECT never reach proxy.ts or a route: Next builds a WHATWG Request for them,
// which refuses those methods, and the server answers 500. This answers them 405 at the HTTP
// server instead, before Next sees them (installed by instrumentation.ts at start-up).
import http from "node:http";

const REFUSED = new Set(["TRACE", "TRACK", "CONNECT"]);
const ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
let installed = false;

export function installMethodGuard(): void {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function patchedEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      if (REFUSED.has((request.method ?? "").toUpperCase())) {
        response.writeHead(405, { Allow: ALLOW, "Content-Type": "application/json", "X-Content-Type-Options": "nosniff" });
        response.end(JSON.stringify({ error: `Method ${request.method} is not allowed` }));
        return true;
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
