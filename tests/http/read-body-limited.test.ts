import { describe, expect, it } from "vitest";
import { BodyTooLargeError, readBodyLimited } from "@/lib/http/read-body-limited";

/** A body of `chunks` chunks of 1 KiB, counting how many the reader pulled. */
function body(chunks: number) {
  const pulled = { count: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count === chunks) return controller.close();
      pulled.count += 1;
      controller.enqueue(new Uint8Array(1024).fill(65));
    },
  });
  return { stream, pulled };
}

describe("readBodyLimited", () => {
  it("returns a body within the limit whole", async () => {
    const { stream } = body(3);
    expect((await readBodyLimited(stream, 3 * 1024)).byteLength).toBe(3 * 1024);
  });

  it("stops reading as soon as the limit is passed", async () => {
    const { stream, pulled } = body(10_000);
    await expect(readBodyLimited(stream, 4 * 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(pulled.count).toBeLessThan(10);
  });
});
