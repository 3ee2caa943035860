import { describe, expect, it } from "vitest";
import { isSameOrigin, requestOrigin } from "@/lib/http/request-origin";
import { clientAddressOf } from "@/lib/auth/client-address";

const headers = (values: Record<string, string>) => new Headers(values);

describe("requestOrigin", () => {
  it("is the host and port the user opened, not NEXTAUTH_URL's", () => {
    expect(requestOrigin(headers({ host: "10.0.0.5:3001" }), { NEXTAUTH_URL: "http://localhost:3000" })).toBe("http://10.0.0.5:3001");
  });

  it("takes the scheme from NEXTAUTH_URL unless a trusted proxy says otherwise", () => {
    expect(requestOrigin(headers({ host: "console.example.com" }), { NEXTAUTH_URL: "https://x.example" })).toBe("https://console.example.com");
    const forwarded = headers({ host: "127.0.0.1:3000", "x-forwarded-host": "console.example.com", "x-forwarded-proto": "https" });
    expect(requestOrigin(forwarded, { TRUST_PROXY: "1" })).toBe("https://console.example.com");
    expect(requestOrigin(forwarded, {})).toBe("http://127.0.0.1:3000");
  });

  it("falls back to NEXTAUTH_URL for a malformed or unlisted host", () => {
    const env = { NEXTAUTH_URL: "https://console.example.com/" };
    expect(requestOrigin(headers({ host: "evil.example/path" }), env)).toBe("https://console.example.com");
    expect(requestOrigin(headers({ host: "evil.example" }), { ...env, ALLOWED_HOSTS: "console.example.com, localhost:3000" })).toBe("https://console.example.com");
    expect(requestOrigin(headers({ host: "localhost:3000" }), { ...env, ALLOWED_HOSTS: "console.example.com, localhost:3000" })).toBe("https://localhost:3000");
  });

  it("accepts a POST from the page's own origin only", () => {
    expect(isSameOrigin(headers({ host: "10.0.0.5:3001", origin: "http://10.0.0.5:3001" }), {})).toBe(true);
    expect(isSameOrigin(headers({ host: "10.0.0.5:3001", origin: "http://evil.example" }), {})).toBe(false);
    expect(isSameOrigin(headers({ host: "10.0.0.5:3001" }), {})).toBe(true);
  });
});

describe("clientAddressOf", () => {
  it("trusts the rightmost forwarded address, or the one behind the trusted proxies", () => {
    expect(clientAddressOf(headers({ "x-forwarded-for": "::ffff:127.0.0.1" }), {})).toBe("127.0.0.1");
    expect(clientAddressOf(headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }), {})).toBe("203.0.113.9");
    expect(clientAddressOf(headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2" }), { TRUSTED_PROXY_COUNT: "2" })).toBe("203.0.113.9");
    expect(clientAddressOf(headers({}), {})).toBe("unknown");
  });
});
