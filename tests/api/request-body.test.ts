// The API's JSON body limit is enforced while the body streams: an oversized chunked body (no
// Content-Length) is refused with 413 after the limit, without the rest being read.
import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, readJsonBody } from "@/lib/api/request-body";

const CHUNK = 1024 * 1024;

function chunkedRequest(totalChunks: number) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === totalChunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(CHUNK).fill(0x20));
    },
  });
  const request = new Request("http://localhost/api/v1/customers", { method: "POST", body, duplex: "half" } as RequestInit);
  return { request, pulled: () => pulled };
}

describe("readJsonBody", () => {
  it("refuses a chunked body over the limit with 413 once the limit is passed, not after reading it all", async () => {
    const total = 64; // 64 MB offered
    const { request, pulled } = chunkedRequest(total);
    await expect(readJsonBody(request)).rejects.toMatchObject({ status: 413, code: "payload_too_large" });
    expect(pulled()).toBeLessThanOrEqual(MAX_BODY_BYTES / CHUNK + 2);
  });

  it("refuses a declared Content-Length over the limit before reading", async () => {
    const request = new Request("http://localhost/api/v1/customers", {
      method: "POST", body: "{}", headers: { "content-length": String(MAX_BODY_BYTES + 1) },
    });
    await expect(readJsonBody(request)).rejects.toMatchObject({ status: 413 });
  });

  it("reads a JSON body under the limit, and answers 400 for malformed or empty JSON", async () => {
    expect(await readJsonBody(new Request("http://localhost/x", { method: "POST", body: '{"name":"Å"}' }))).toEqual({ name: "Å" });
    await expect(readJsonBody(new Request("http://localhost/x", { method: "POST", body: "{" }))).rejects.toMatchObject({ status: 400, code: "invalid_json" });
    await expect(readJsonBody(new Request("http://localhost/x", { method: "POST", body: " " }))).rejects.toMatchObject({ status: 400, code: "invalid_json" });
  });
});
