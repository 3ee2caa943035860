// The registry check's rate limiter on a fake clock: deterministic, no real waiting.
import { describe, expect, it } from "vitest";
import { createRateLimiter, parseRate, type Clock } from "@/lib/registry-check/rate-limiter";

/** A clock whose sleep advances time at once, recording each wait. */
function fakeClock(start = 1_000): Clock & { sleeps: number[]; time: number } {
  const clock = {
    time: start,
    sleeps: [] as number[],
    now: () => clock.time,
    sleep: async (ms: number) => {
      clock.sleeps.push(ms);
      clock.time += ms;
    },
  };
  return clock;
}

describe("rate limiter", () => {
  it("lets the first request go at once and spaces the next ones 1000/N ms apart", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(5, clock);
    const sentAt: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      await limiter.acquire();
      sentAt.push(clock.time);
    }
    expect(sentAt).toEqual([1000, 1200, 1400, 1600, 1800, 2000]);
    // Never more than 5 within any one-second window.
    for (let i = 5; i < sentAt.length; i += 1) expect(sentAt[i] - sentAt[i - 5]).toBeGreaterThanOrEqual(1000);
  });

  it("does not wait when the caller was slower than the limit anyway", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(5, clock);
    await limiter.acquire();
    clock.time += 500; // the request itself took half a second
    await limiter.acquire();
    expect(clock.sleeps).toEqual([]);
  });

  it("queues concurrent callers behind each other instead of letting a burst through", async () => {
    const clock: Clock & { sleeps: number[] } = { sleeps: [], now: () => 0, sleep: async (ms) => void clock.sleeps.push(ms) };
    const limiter = createRateLimiter(4, clock);
    await Promise.all([limiter.acquire(), limiter.acquire(), limiter.acquire()]);
    expect(clock.sleeps).toEqual([250, 500]);
  });

  it("lifted (Infinity) never waits", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(Infinity, clock);
    for (let i = 0; i < 100; i += 1) await limiter.acquire();
    expect(clock.sleeps).toEqual([]);
  });

  it("refuses a rate of zero or below", () => {
    expect(() => createRateLimiter(0)).toThrow(/above 0/);
    expect(() => createRateLimiter(-1)).toThrow(/above 0/);
  });

  it("parses the flag and environment values", () => {
    expect(parseRate(undefined)).toBe(5);
    expect(parseRate("")).toBe(5);
    expect(parseRate("2.5")).toBe(2.5);
    expect(parseRate("off")).toBe(Infinity);
    expect(parseRate("0")).toBe(Infinity);
    expect(() => parseRate("fast")).toThrow(/positive number/);
    expect(() => parseRate("-3")).toThrow(/positive number/);
  });
});
