// The registry the check asks, configured from the environment: REGISTRY_BASE_URL (unset = the
// real Brønnøysund API; tests and e2e point it at the stub) and REGISTRY_RATE_LIMIT (requests a
// second, default 5; "off" lifts it, for benchmarks against the local stub only).
import { createBrregStatusClient, type BrregClientOptions } from "./brreg-client";
import { createRateLimiter, parseRate } from "./rate-limiter";
import type { RegistryStatusSource } from "./types";

export function createRegistryStatusSource(options: { rate?: number } & Partial<Omit<BrregClientOptions, "limiter">> = {}): RegistryStatusSource {
  const rate = options.rate ?? parseRate(process.env.REGISTRY_RATE_LIMIT);
  return createBrregStatusClient({ baseUrl: process.env.REGISTRY_BASE_URL, ...options, limiter: createRateLimiter(rate) });
}
