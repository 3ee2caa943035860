// At most N requests a second to the company registry: each caller waits for its own slot, slots
// 1000/N ms apart, so a burst is spread out rather than sent and then paused. The clock and the
// sleep are injected so tests run on a fake clock.

export type Clock = { now(): number; sleep(ms: number): Promise<void> };

export const realClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export type RateLimiter = {
  /** Resolves when the caller may send one request. */
  acquire(): Promise<void>;
  readonly perSecond: number;
};

/** `perSecond` of Infinity lifts the limit (benchmarks against the local stub). */
export function createRateLimiter(perSecond: number, clock: Clock = realClock): RateLimiter {
  if (!(perSecond > 0)) throw new Error(`A rate limit must be above 0 requests a second, got ${perSecond}`);
  const interval = Number.isFinite(perSecond) ? 1000 / perSecond : 0;
  let nextSlot = -Infinity;
  return {
    perSecond,
    async acquire() {
      if (interval === 0) return;
      const now = clock.now();
      // Reserve the slot before waiting, so concurrent callers queue behind each other.
      const slot = Math.max(now, nextSlot);
      nextSlot = slot + interval;
      if (slot > now) await clock.sleep(slot - now);
    },
  };
}

export const DEFAULT_REGISTRY_RATE = 5;

/** The rate from a flag or REGISTRY_RATE_LIMIT: a positive number, or "off"/"0"/"unlimited" for none. */
export function parseRate(value: string | undefined, fallback = DEFAULT_REGISTRY_RATE): number {
  if (value === undefined || value.trim() === "") return fallback;
  const text = value.trim().toLowerCase();
  if (text === "off" || text === "unlimited" || text === "0") return Infinity;
  const rate = Number(text);
  if (!Number.isFinite(rate) || rate <= 0) throw new Error(`The registry rate limit must be a positive number of requests a second or "off", got "${value}"`);
  return rate;
}
