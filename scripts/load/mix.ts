// The load test's virtual users: each loops over a weighted mix of requests (list views with
// filters, searches, customer pages, API edits of distinct customers, API bulk creates) on
// keep-alive connections until the deadline, spreading its requests over the target base URLs
// (several instances: the load balancer's role); one user first downloads the CSV export of all
// rows. Latency runs from the request to the last byte of the body.
import http from "node:http";
import { randomUUID } from "node:crypto";
import { nowMs } from "../bench/stats";

export type RequestType = "list" | "search" | "customer" | "edit" | "bulk" | "export";

export type Sample = { type: RequestType; ms: number; ok: boolean; error?: string };

export type MixTarget = {
  baseUrls: string[];
  /** The session cookie of a signed-in account manager (read, edit, export). */
  cookie: string;
  /** An API token with read_write scope, for edits and bulk creates. */
  token: string;
  /** Active customers: each edit takes the next one, so no two edits touch the same customer. */
  editIds: number[];
  /** Each edit id's stored version, sent as If-Match (decision 029); each id is edited once a run. */
  editVersions: number[];
  /** Customers whose pages are viewed. */
  pageIds: number[];
};

export type MixOptions = { users: number; durationS: number; timeoutMs: number; bulkItems: number; export: boolean; only?: "list" | "search" };

export const LIST_PATHS = [
  "/customers",
  "/customers?warnings=1",
  "/customers?status=paying&origin=manage&sort=name",
  "/customers?warning=trial_past_end",
  "/customers?page=500",
  "/customers?status=trial&sort=name&dir=desc",
];
export const SEARCH_PATHS = ["/customers?q=parker", "/customers?q=oslo", "/customers?q=dental", "/customers?q=example.com", "/customers?q=morris&status=paying"];

// Per 100 requests of a user (the export is one request of its own, on top).
const WEIGHTS: Array<[Exclude<RequestType, "export">, number]> = [
  ["list", 35],
  ["search", 20],
  ["customer", 25],
  ["edit", 15],
  ["bulk", 5],
];

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];

function chooseType(only?: "list" | "search"): Exclude<RequestType, "export"> {
  if (only) return only;
  let roll = Math.random() * 100;
  for (const [type, weight] of WEIGHTS) {
    if (roll < weight) return type;
    roll -= weight;
  }
  return "list";
}

type Call = { method: "GET" | "POST" | "PATCH"; path: string; headers: http.OutgoingHttpHeaders; body?: string; expect: number };

function send(agent: http.Agent, baseUrl: string, call: Call, timeoutMs: number): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const headers = { ...call.headers, ...(call.body !== undefined ? { "content-length": Buffer.byteLength(call.body) } : {}) };
    const req = http.request(`${baseUrl}${call.path}`, { method: call.method, headers, agent }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("error", reject);
      res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes }));
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    req.on("error", reject);
    req.end(call.body);
  });
}

export async function runMix(target: MixTarget, options: MixOptions): Promise<{ samples: Sample[]; seconds: number; exportBytes: number }> {
  const samples: Sample[] = [];
  const run = randomUUID().slice(0, 8);
  let nextEdit = 0;
  let bulkCalls = 0;
  let exportBytes = 0;
  const started = nowMs();
  const deadline = started + options.durationS * 1000;

  const callFor = (type: RequestType): Call => {
    const page = { cookie: target.cookie };
    const api = { authorization: `Bearer ${target.token}`, "content-type": "application/json" };
    switch (type) {
      case "list":
        return { method: "GET", path: pick(LIST_PATHS), headers: page, expect: 200 };
      case "search":
        return { method: "GET", path: pick(SEARCH_PATHS), headers: page, expect: 200 };
      case "customer":
        return { method: "GET", path: `/customers/${pick(target.pageIds)}`, headers: page, expect: 200 };
      case "edit": {
        const index = nextEdit++ % target.editIds.length;
        const id = target.editIds[index];
        const ifMatch = { "if-match": `"${target.editVersions[index]}"` };
        return { method: "PATCH", path: `/api/v1/customers/${id}`, headers: { ...api, ...ifMatch }, body: JSON.stringify({ city: `Load ${run} ${nextEdit}` }), expect: 200 };
      }
      case "bulk": {
        const call = bulkCalls++;
        const customers = Array.from({ length: options.bulkItems }, (_, i) => ({
          name: `Load Clinic ${run}-${call}-${i}`,
          status: i % 2 === 0 ? "trial" : "churned",
          billingEmail: `load${i}@${run}-${call}.example.com`,
          city: "Bergen",
          country: "NO",
          externalId: `load-${run}-${call}-${i}`,
        }));
        return { method: "POST", path: "/api/v1/customers/bulk", headers: api, body: JSON.stringify({ customers }), expect: 200 };
      }
      case "export":
        return { method: "GET", path: "/customers/export?format=csv", headers: page, expect: 200 };
    }
  };

  async function user(index: number) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    let turn = index;
    try {
      let first = index === 0 && options.export;
      while (nowMs() < deadline) {
        const type: RequestType = first ? "export" : chooseType(options.only);
        first = false;
        const call = callFor(type);
        const baseUrl = target.baseUrls[turn++ % target.baseUrls.length];
        const begun = nowMs();
        try {
          // The export of every row takes longer than any other request: its own, longer bound.
          const answer = await send(agent, baseUrl, call, type === "export" ? options.timeoutMs * 10 : options.timeoutMs);
          if (type === "export") exportBytes = answer.bytes;
          const ok = answer.status === call.expect;
          samples.push({ type, ms: nowMs() - begun, ok, ...(ok ? {} : { error: `HTTP ${answer.status} ${call.method} ${call.path}` }) });
        } catch (error) {
          samples.push({ type, ms: nowMs() - begun, ok: false, error: `${error instanceof Error ? error.message : String(error)} ${call.method} ${call.path}` });
        }
      }
    } finally {
      agent.destroy();
    }
  }

  await Promise.all(Array.from({ length: options.users }, (_, index) => user(index)));
  return { samples, seconds: (nowMs() - started) / 1000, exportBytes };
}
