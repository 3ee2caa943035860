// Runs before every page and route: refuses methods a page does not answer (405), gives each request
// a CSP nonce (Next puts it on its own scripts when it finds it in the request's CSP header) and
// passes the path the user opened to the server components (the sign-in redirect returns there).
import { NextResponse, type NextRequest } from "next/server";
import { PAGE_METHODS, pageMethodAnswer } from "@/lib/http/allowed-methods";
import { contentSecurityPolicy, newNonce, STATIC_SECURITY_HEADERS } from "@/lib/http/security-headers";

export const REQUEST_PATH_HEADER = "x-request-path";

export function proxy(request: NextRequest) {
  const answer = pageMethodAnswer(request.method, request.nextUrl.pathname);
  if (answer) {
    const headers = { Allow: PAGE_METHODS.join(", "), ...STATIC_SECURITY_HEADERS };
    if (answer === "options") return new NextResponse(null, { status: 204, headers });
    return NextResponse.json({ error: `Method ${request.method} is not allowed here` }, { status: 405, headers });
  }
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV !== "production" });
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static build files get their headers from next.config.mjs; everything else passes here.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
