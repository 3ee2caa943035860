import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isRouteHandlerPath, pageMethodAnswer } from "@/lib/http/allowed-methods";
import { contentSecurityPolicy } from "@/lib/http/security-headers";

/** Every file named `name` under app/, as the URL path it serves (dynamic segments filled in). */
function appPaths(name: string, dir = "app"): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) found.push(...appPaths(name, full));
    else if (entry === name) {
      const path = dir.slice("app".length).split("/").filter((s) => !/^\(.*\)$/.test(s)).map((s) => (s.startsWith("[") ? "x1" : s)).join("/");
      found.push(path === "" ? "/" : path);
    }
  }
  return found;
}

describe("which paths proxy.ts treats as pages", () => {
  it("knows every route handler in app/ and no page", () => {
    const handlers = appPaths("route.ts");
    expect(handlers.length).toBeGreaterThan(5);
    for (const path of handlers) expect(isRouteHandlerPath(path), path).toBe(true);
    for (const path of appPaths("page.tsx")) expect(isRouteHandlerPath(path), path).toBe(false);
  });

  it("lets pages answer GET, HEAD and POST, OPTIONS itself, and refuses the rest", () => {
    for (const method of ["GET", "HEAD", "POST"]) expect(pageMethodAnswer(method, "/customers")).toBeNull();
    expect(pageMethodAnswer("OPTIONS", "/customers")).toBe("options");
    for (const method of ["PUT", "PATCH", "DELETE"]) expect(pageMethodAnswer(method, "/customers/1")).toBe("refuse");
    expect(pageMethodAnswer("DELETE", "/api/v1/customers/1")).toBeNull();
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts only by the nonce and forbids framing", () => {
    const csp = contentSecurityPolicy("abc123");
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
