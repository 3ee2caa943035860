// A stand-in for Brønnøysund's Enhetsregisteret on 127.0.0.1, serving recorded JSON fixtures, so
// no test (unit or e2e) reaches the network. A few names and numbers trigger the failures we must
// handle. `/enheter?organisasjonsnummer=a,b,c` answers like the registry's batch search: the units
// that still exist, as one page; deleted units and the failure numbers are left out, so a client
// asks those one by one.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

// Tests and the e2e server both run from the project root.
const FIXTURES = join(process.cwd(), "tests", "fixtures", "registry");
const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

/** Search names with a recorded answer; any other name gets the empty result. */
const SEARCHES: Record<string, string> = { fjordtann: "search-fjordtann.json", helse: "search-helse.json" };
/** Organisation numbers with a recorded answer; any other gets 404. */
const UNITS: Record<string, { status: number; file: string }> = {
  "923456783": { status: 200, file: "enhet-normal.json" },
  "934567897": { status: 200, file: "enhet-konkurs.json" },
  "812345672": { status: 200, file: "enhet-under-avvikling.json" },
  "998877660": { status: 410, file: "gone-410.json" },
  // For the registry check (lib/registry-check): each status it turns into a warning.
  "922000115": { status: 200, file: "enhet-konkurs-2026.json" },
  "911222337": { status: 200, file: "enhet-tvangsavvikling.json" },
  "911333449": { status: 200, file: "enhet-slettet.json" },
  "911444550": { status: 200, file: "enhet-unexpected.json" },
};
/** Numbers that make the stub misbehave (valid check digits, so clients do ask). */
export const STUB_FAILING_NUMBER = "911555662"; // HTTP 500, always
export const STUB_GARBLED_NUMBER = "911666774"; // 200 with HTML
export const STUB_SLOW_NUMBER = "911777886"; // never answers

export type StubUnit = { status: number; body: string };
export type RegistryStubOptions = {
  /** Benchmarks: the batch search answers every unknown valid number with a normal unit. */
  synthesizeUnknown?: boolean;
};
/** Names that make the stub misbehave. */
export const STUB_SLOW_NAME = "treg";
export const STUB_FAILING_NAME = "feil";
export const STUB_GARBLED_NAME = "tull";

export type RegistryStub = {
  baseUrl: string;
  server: Server;
  close: () => Promise<void>;
  /** Paths asked, in order (tests assert batching and retries). */
  requests: string[];
  /** Replaces a number's answer until `resetUnits` (a company that goes bankrupt, a registry that fails). */
  setUnit(number: string, unit: StubUnit): void;
  resetUnits(): void;
};

function recordedUnit(number: string, overrides: Map<string, StubUnit>): StubUnit | undefined {
  const override = overrides.get(number);
  if (override) return override;
  const recorded = UNITS[number];
  return recorded ? { status: recorded.status, body: fixture(recorded.file) } : undefined;
}

let normalUnit: object | undefined;
/** A normal unit for any number (benchmarks). */
function synthesizedUnit(number: string): unknown {
  normalUnit ??= JSON.parse(fixture("enhet-normal.json")) as object;
  return { ...normalUnit, organisasjonsnummer: number, navn: `SYNTETISK ${number} AS` };
}

/** The batch search: the units that exist now, as the registry lists them. */
function batchAnswer(numbers: string[], overrides: Map<string, StubUnit>, options: RegistryStubOptions): string {
  const enheter: unknown[] = [];
  for (const number of numbers) {
    const unit = recordedUnit(number, overrides);
    if (unit) {
      if (unit.status !== 200) continue;
      try {
        const parsed = JSON.parse(unit.body) as { slettedato?: string };
        if (!parsed.slettedato) enheter.push(parsed);
      } catch {
        // An unreadable unit is left out of the search, as the registry's index would.
      }
    } else if (options.synthesizeUnknown && /^\d{9}$/.test(number) && ![STUB_FAILING_NUMBER, STUB_GARBLED_NUMBER, STUB_SLOW_NUMBER].includes(number)) {
      enheter.push(synthesizedUnit(number));
    }
  }
  return JSON.stringify({ _embedded: { enheter }, page: { size: numbers.length, totalElements: enheter.length, totalPages: 1, number: 0 } });
}

export function startRegistryStub(port = 0, host = "127.0.0.1", options: RegistryStubOptions = {}): Promise<RegistryStub> {
  const overrides = new Map<string, StubUnit>();
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://stub");
    requests.push(`${url.pathname}${url.search}`);
    const send = (status: number, body: string) => {
      response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      response.end(body);
    };
    if (url.pathname === "/enheter" && url.searchParams.has("organisasjonsnummer")) {
      return send(200, batchAnswer((url.searchParams.get("organisasjonsnummer") ?? "").split(","), overrides, options));
    }
    if (url.pathname === "/enheter") {
      const name = (url.searchParams.get("navn") ?? "").toLowerCase();
      if (name === STUB_SLOW_NAME) return; // never answers
      if (name === STUB_FAILING_NAME) return send(503, JSON.stringify({ status: 503, error: "Service Unavailable" }));
      if (name === STUB_GARBLED_NAME) return send(200, "<html>maintenance</html>");
      return send(200, fixture(SEARCHES[name] ?? "search-empty.json"));
    }
    const unit = /^\/enheter\/(\d+)$/.exec(url.pathname);
    if (unit) {
      if (unit[1] === STUB_SLOW_NUMBER) return; // never answers
      if (unit[1] === STUB_FAILING_NUMBER) return send(500, JSON.stringify({ status: 500, error: "Internal Server Error" }));
      if (unit[1] === STUB_GARBLED_NUMBER) return send(200, "<html><body>Vedlikehold</body></html>");
      const recorded = recordedUnit(unit[1], overrides);
      if (recorded) return send(recorded.status, recorded.body);
      if (unit[1].length !== 9) return send(400, JSON.stringify({ status: 400, error: "Bad Request", message: "Ugyldig organisasjonsnummer" }));
      return send(404, JSON.stringify({ status: 404, error: "Not Found", path: url.pathname }));
    }
    send(404, JSON.stringify({ status: 404, error: "Not Found" }));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        baseUrl: `http://${host}:${actual}`,
        server,
        requests,
        setUnit: (number, unit) => overrides.set(number, unit),
        resetUnits: () => overrides.clear(),
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
