// A stand-in for Brønnøysund's Enhetsregisteret on 127.0.0.1, serving recorded JSON fixtures, so
// no test (unit or e2e) reaches the network. A few names trigger the failures we must handle.
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
};
/** Names that make the stub misbehave. */
export const STUB_SLOW_NAME = "treg";
export const STUB_FAILING_NAME = "feil";
export const STUB_GARBLED_NAME = "tull";

export type RegistryStub = { baseUrl: string; server: Server; close: () => Promise<void> };

export function startRegistryStub(port = 0, host = "127.0.0.1"): Promise<RegistryStub> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://stub");
    const send = (status: number, body: string) => {
      response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      response.end(body);
    };
    if (url.pathname === "/enheter") {
      const name = (url.searchParams.get("navn") ?? "").toLowerCase();
      if (name === STUB_SLOW_NAME) return; // never answers
      if (name === STUB_FAILING_NAME) return send(503, JSON.stringify({ status: 503, error: "Service Unavailable" }));
      if (name === STUB_GARBLED_NAME) return send(200, "<html>maintenance</html>");
      return send(200, fixture(SEARCHES[name] ?? "search-empty.json"));
    }
    const unit = /^\/enheter\/(\d+)$/.exec(url.pathname);
    if (unit) {
      const recorded = UNITS[unit[1]];
      if (recorded) return send(recorded.status, fixture(recorded.file));
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
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
