// The registry check's client for Brønnøysund: polite by construction. Every request, retries
// included, waits for the rate limiter; numbers are asked 100 at a time with
// `GET /enheter?organisasjonsnummer=a,b,c` (a search, which lists only units that still exist),
// and only the numbers missing from it are asked one by one (`GET /enheter/{n}`: 404 unknown, 410
// deleted). 429 and 5xx are retried with exponential backoff (Retry-After honoured, capped); a
// timeout is not retried, so a hanging registry costs one timeout per request, not three.
import { z } from "zod";
import { BRREG_DEFAULT_BASE_URL } from "../registry/brreg";
import { emptyStatus, parseBrregUnit, removedStatus } from "./brreg-status";
import { realClock, type Clock, type RateLimiter } from "./rate-limiter";
import type { RegistryStatusSource, StatusAnswer } from "./types";

export const BRREG_BATCH_SIZE = 100;
export const CHECK_TIMEOUT_MS = 10_000;
const MAX_BACKOFF_MS = 30_000;

export type BrregClientOptions = {
  baseUrl?: string;
  limiter: RateLimiter;
  timeoutMs?: number;
  /** Attempts per request for 429, 5xx and refused connections (first try included). */
  maxAttempts?: number;
  backoffMs?: number;
  batchSize?: number;
  clock?: Clock;
};

type Reply = { ok: true; status: number; body: unknown } | { ok: false; error: string };

const batchSchema = z.object({
  _embedded: z.object({ enheter: z.array(z.unknown()) }).optional(),
});

export function createBrregStatusClient(options: BrregClientOptions): RegistryStatusSource {
  const baseUrl = (options.baseUrl || BRREG_DEFAULT_BASE_URL).replace(/\/+$/, "");
  const timeoutMs = options.timeoutMs ?? CHECK_TIMEOUT_MS;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const backoffMs = options.backoffMs ?? 1_000;
  const batchSize = options.batchSize ?? BRREG_BATCH_SIZE;
  const clock = options.clock ?? realClock;
  let requests = 0;

  async function once(path: string): Promise<Reply & { retryAfterMs?: number; retry?: boolean }> {
    await options.limiter.acquire();
    requests += 1;
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await fetch(`${baseUrl}${path}`, { signal, headers: { accept: "application/json" }, cache: "no-store" });
      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel().catch(() => {});
        const retryAfter = Number(response.headers.get("retry-after"));
        return {
          ok: false,
          retry: true,
          retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
          error: `the registry answered HTTP ${response.status}`,
        };
      }
      const text = await response.text();
      if (text.trim() === "") return { ok: true, status: response.status, body: null };
      try {
        return { ok: true, status: response.status, body: JSON.parse(text) };
      } catch {
        return { ok: false, error: `the registry's answer was not JSON (HTTP ${response.status})` };
      }
    } catch {
      if (signal.aborted) return { ok: false, error: `the registry did not answer within ${timeoutMs / 1000} s` };
      return { ok: false, retry: true, error: "the registry could not be reached" };
    }
  }

  async function get(path: string): Promise<Reply> {
    for (let attempt = 1; ; attempt += 1) {
      const reply = await once(path);
      if (reply.ok || !reply.retry) return reply;
      if (attempt >= maxAttempts) return { ok: false, error: `${reply.error} (${attempt} attempts)` };
      await clock.sleep(Math.min(MAX_BACKOFF_MS, reply.retryAfterMs ?? backoffMs * 2 ** (attempt - 1)));
    }
  }

  async function lookUpOne(number: string): Promise<StatusAnswer> {
    const reply = await get(`/enheter/${number}`);
    if (!reply.ok) return reply;
    switch (reply.status) {
      case 200: {
        const parsed = parseBrregUnit(reply.body);
        if (parsed.ok && parsed.status.organisationNumber !== number) return { ok: false, error: `the registry answered for ${parsed.status.organisationNumber} instead` };
        return parsed;
      }
      case 404:
        return { ok: true, status: emptyStatus(number, "not_found") };
      case 410:
        return { ok: true, status: removedStatus(number, reply.body) };
      default:
        return { ok: false, error: `the registry refused the look-up (HTTP ${reply.status})` };
    }
  }

  async function lookUpBatch(numbers: readonly string[], answers: Map<string, StatusAnswer>) {
    const reply = await get(`/enheter?organisasjonsnummer=${numbers.join(",")}&size=${numbers.length}`);
    if (reply.ok && reply.status === 200) {
      const parsed = batchSchema.safeParse(reply.body);
      if (parsed.success) {
        const wanted = new Set(numbers);
        for (const unit of parsed.data._embedded?.enheter ?? []) {
          const answer = parseBrregUnit(unit);
          // A unit that does not parse is asked again on its own below, where its error is its own.
          if (answer.ok && wanted.has(answer.status.organisationNumber)) answers.set(answer.status.organisationNumber, answer);
        }
      } else if (numbers.length > 1) {
        return failAll(numbers, answers, "the registry's batch answer had unexpected content");
      }
    } else if (!reply.ok) {
      // The batch already had its retries: asking each number would only hammer a failing registry.
      return failAll(numbers, answers, reply.error);
    }
    for (const number of numbers) if (!answers.has(number)) answers.set(number, await lookUpOne(number));
  }

  function failAll(numbers: readonly string[], answers: Map<string, StatusAnswer>, error: string) {
    for (const number of numbers) answers.set(number, { ok: false, error });
  }

  return {
    get requests() {
      return requests;
    },
    async lookUp(numbers) {
      const answers = new Map<string, StatusAnswer>();
      for (let i = 0; i < numbers.length; i += batchSize) {
        const chunk = numbers.slice(i, i + batchSize);
        // One number needs no search: its own URL also tells deleted (410) from unknown (404).
        if (chunk.length === 1) answers.set(chunk[0], await lookUpOne(chunk[0]));
        else await lookUpBatch(chunk, answers);
      }
      return answers;
    },
  };
}
