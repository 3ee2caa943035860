// Which methods a path answers. Route handlers answer 405 themselves for methods they do not
// export; pages answer GET and HEAD, and POST for their server actions, so proxy.ts refuses the
// rest for them (a PUT to a page used to render it). tests/http/allowed-methods.test.ts checks
// this list against every route.ts in app/.
const ROUTE_HANDLER_PATHS: readonly RegExp[] = [
  /^\/api\//,
  /^\/customers\/export$/,
  /^\/customers\/import\/upload$/,
  /^\/customers\/import\/[^/]+\/errors$/,
  /^\/settings\/activity\/export$/,
  /^\/pickers\/(customers|locations)$/,
];

export const PAGE_METHODS = ["GET", "HEAD", "POST"] as const;

export function isRouteHandlerPath(pathname: string): boolean {
  return ROUTE_HANDLER_PATHS.some((pattern) => pattern.test(pathname));
}

/** What proxy.ts answers itself: "options" (204 with Allow), "refuse" (405), or null (go on). */
export function pageMethodAnswer(method: string, pathname: string): "options" | "refuse" | null {
  if (isRouteHandlerPath(pathname) || (PAGE_METHODS as readonly string[]).includes(method)) return null;
  return method === "OPTIONS" ? "options" : "refuse";
}
