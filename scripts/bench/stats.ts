// Timing helpers: a monotonic clock and nearest-rank percentiles.

/** Milliseconds on a monotonic clock. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** The nearest-rank percentile: of 30 samples, p50 is the 15th smallest and p95 the 29th. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) throw new Error("percentile of no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export type Summary = { p50: number; p95: number; min: number; max: number; n: number };

export function summarize(samples: number[]): Summary {
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    min: Math.min(...samples),
    max: Math.max(...samples),
    n: samples.length,
  };
}

export function ms(value: number): string {
  return value < 1 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
}
