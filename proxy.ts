// Runs before every page and route: passes the path the user opened to the server components
// (the sign-in redirect returns there).
import { NextResponse, type NextRequest } from "next/server";

export const REQUEST_PATH_HEADER = "x-request-path";

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Static build files need neither; everything else (pages, actions, route handlers) does.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
