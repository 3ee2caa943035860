// Suite "customer-page": the tabs of one customer's page at 100,000 customers. The customer has
// 24 months of stats, 20 scanners and 5 contracts (written into tmp/bench.db by this suite if
// missing, so it is idempotent and leaves the customer count alone); every tab is measured like
// the list views: checked warm-ups, then sequential timed requests, p50/p95.
//
//   BENCH_PORT=3201 npm run bench -- --suite customer-page
import Database from "better-sqlite3";
import { REQUEST_TIMEOUT_MS, RUNS, TARGET_P50_MS, WARMUPS } from "./config";
import { request, type CookieJar } from "./http";
import { ms, summarize, type Summary } from "./stats";
import type { Suite, SuiteContext } from "./suites";
import { ensureOverviewData, type OverviewCounts } from "./customer-overview-data";

/** The first generated customer (prisma/seed.ts starts them at 164). */
const CUSTOMER_ID = 164;
const MONTHS = 24;
const SCANNERS = 20;
const CONTRACTS = 5;
/** Untimed requests per tab before the checked warm-ups: new routes, a fresh V8 path. */
const UNTIMED_WARMUPS = 20;

type Expected = { months: string[]; activeScanners: number; name: string; overview: OverviewCounts };
/** The customer page's overview, Projects and Audit log tabs (issue 11): p50 at most 30 ms. */
const OVERVIEW_TARGET_P50_MS = 30;
const OVERVIEW_TABS = new Set(["details", "projects", "audit"]);

/** The tabs, in the order they appear. A tab whose page is not built yet answers 404 and is
 * skipped with a note, so it is counted as soon as it is merged. */
const TAB_PATHS: ReadonlyArray<{ key: string; path: (months: string[]) => string; check?: (body: string, expected: Expected) => string | null }> = [
  {
    key: "details",
    path: () => "",
    check: (body, e) =>
      !body.includes(escapeHtml(e.name))
        ? `no "${e.name}" on the page`
        : ["projects-active", "overview-assets", "overview-sites", "billing-row"].every((id) => body.includes(`data-testid="${id}"`)) ? null : "no overview above the details",
  },
  { key: "accounts", path: () => "/accounts", check: (body) => (body.includes("Data Retention") ? null : "no accounts table") },
  {
    key: "stats",
    path: (months) => `/stats?from=${months[0]}&to=${months[months.length - 1]}`,
    check: (body, e) => {
      const rows = countOf(body, 'data-testid="usage-row"');
      return rows === e.months.length ? null : `${rows} month rows, expected ${e.months.length}`;
    },
  },
  {
    key: "scanners",
    path: () => "/scanners",
    check: (body, e) => {
      const rows = countOf(body, 'data-testid="scanner-row"');
      return rows === e.activeScanners ? null : `${rows} scanner rows, expected ${e.activeScanners}`;
    },
  },
  { key: "contracts", path: () => "/contracts" },
  {
    key: "projects",
    path: () => "/projects",
    check: (body, e) => {
      const rows = countOf(body, 'data-testid="project-row"');
      return rows === e.overview.projects ? null : `${rows} project rows, expected ${e.overview.projects}`;
    },
  },
  {
    key: "audit",
    path: () => "/audit",
    check: (body, e) => {
      const rows = countOf(body, 'data-testid="audit-row"');
      // React separates adjacent text with <!-- --> in the HTML.
      const text = body.replaceAll("<!-- -->", "");
      return rows === 50 && text.includes(`of ${e.overview.auditRows.toLocaleString("en-US")} changes`) ? null : `${rows} audit rows on page 1 of ${e.overview.auditRows}`;
    },
  },
];

function targetOf(key: string): number {
  return OVERVIEW_TABS.has(key) ? OVERVIEW_TARGET_P50_MS : TARGET_P50_MS;
}

function countOf(body: string, needle: string): number {
  return body.split(needle).length - 1;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&#x27;").replace(/"/g, "&quot;");
}

/** The 24 months ending with the current UTC month, oldest first. */
function lastMonths(now: Date, count: number): string[] {
  const months: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    months.push(d.toISOString().slice(0, 7));
  }
  return months;
}

/** A Date as @prisma/adapter-better-sqlite3 stores it (prisma/seed/sqlite-writer.ts). */
const sqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

/** Tops the customer up to the figures the suite measures; rows already there are kept. */
function ensureCustomerData(dbFile: string, months: string[]): Expected {
  const db = new Database(dbFile, { fileMustExist: true, timeout: 5_000 });
  try {
    const customer = db.prepare(`SELECT "name" FROM "Customer" WHERE "id" = ?`).get(CUSTOMER_ID) as { name: string } | undefined;
    if (!customer) throw new Error(`${dbFile} has no customer ${CUSTOMER_ID}`);
    const now = new Date();
    db.transaction(() => {
      const usage = db.prepare(
        `INSERT OR IGNORE INTO "MonthlyUsage" ("customerId", "month", "studies", "instances", "cines", "transactions", "storageBytes") VALUES (?, ?, ?, ?, ?, ?, ?)`,
      );
      months.forEach((month, i) => usage.run(CUSTOMER_ID, month, 250 + i, 2500 + i * 10, 120 + i, 700 + i, BigInt(250 + i) * 25n * 1_048_576n));

      const scanners = db.prepare(`SELECT COUNT(*) FROM "Scanner" WHERE "customerId" = ?`).pluck().get(CUSTOMER_ID) as number;
      const scanner = db.prepare(
        `INSERT INTO "Scanner" ("customerId", "uplink", "uplinkId", "internalIp", "manufacturer", "manufacturerModelName", "firstSeenAt", "lastSeenAt", "archivedAt", "concurrentCount") VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
      );
      for (let n = scanners + 1; n <= SCANNERS; n++) {
        const lastSeen = new Date(now.getTime() - n * 3_600_000);
        scanner.run(CUSTOMER_ID, n % 4 === 0 ? "pacs_client" : "ultrasound", `BENCH-${CUSTOMER_ID}-${n}`, `10.1.0.${n}`, "GE Healthcare", "Voluson E8", sqliteDate(new Date("2018-01-01T00:00:00Z")), sqliteDate(lastSeen), 1 + (n % 4));
      }

      const contracts = db.prepare(`SELECT COUNT(*) FROM "Contract" WHERE "customerId" = ?`).pluck().get(CUSTOMER_ID) as number;
      const contract = db.prepare(
        `INSERT INTO "Contract" ("customerId", "type", "startDate", "endDate", "currency", "unitPriceMinor", "includedUnits", "billingPeriod", "sendInvoicesAutomatically", "autoRenew", "endedAt", "createdAt", "updatedAt") VALUES (?, ?, ?, NULL, 'USD', ?, 0, 'monthly', 1, 1, NULL, ?, ?)`,
      );
      for (let n = contracts + 1; n <= CONTRACTS; n++) {
        const start = sqliteDate(new Date(Date.UTC(2018 + n, 0, 1)));
        contract.run(CUSTOMER_ID, ["per_study", "per_scanner", "per_transaction"][n % 3], start, 100 * n, start, start);
      }
    })();
    const overview = ensureOverviewData(db, CUSTOMER_ID);
    const activeScanners = db.prepare(`SELECT COUNT(*) FROM "Scanner" WHERE "customerId" = ? AND "archivedAt" IS NULL`).pluck().get(CUSTOMER_ID) as number;
    const totals = db
      .prepare(
        `SELECT (SELECT COUNT(*) FROM "Scanner" WHERE "customerId" = ?) AS scanners, (SELECT COUNT(*) FROM "Contract" WHERE "customerId" = ?) AS contracts, (SELECT COUNT(*) FROM "MonthlyUsage" WHERE "customerId" = ? AND "month" BETWEEN ? AND ?) AS months`,
      )
      .get(CUSTOMER_ID, CUSTOMER_ID, CUSTOMER_ID, months[0], months[months.length - 1]) as { scanners: number; contracts: number; months: number };
    console.log(`Customer ${CUSTOMER_ID} (${customer.name}): ${totals.months} months of stats in range, ${totals.scanners} scanners (${activeScanners} active), ${totals.contracts} contracts.`);
    console.log(`Customer ${CUSTOMER_ID}: ${overview.locations} locations, ${overview.assetsOnLocation} assets at them, ${overview.projects} projects, ${overview.auditRows} audit rows.`);
    return { months, activeScanners, name: customer.name, overview };
  } finally {
    db.close();
  }
}

type TabResult = { key: string; path: string; http: Summary; bodyBytes: number } | { key: string; path: string; skipped: string };

export async function measureTab(url: string, jar: CookieJar, check: (body: string) => string | null): Promise<{ http: Summary; bodyBytes: number }> {
  for (let i = 0; i < UNTIMED_WARMUPS; i++) await request(url, { jar, timeoutMs: REQUEST_TIMEOUT_MS });
  let bodyBytes = 0;
  for (let i = 0; i < WARMUPS; i++) {
    const response = await request(url, { jar, timeoutMs: REQUEST_TIMEOUT_MS });
    if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
    const problem = check(response.body);
    if (problem) throw new Error(`GET ${url}: ${problem}`);
    bodyBytes = Buffer.byteLength(response.body);
  }
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const response = await request(url, { jar, timeoutMs: REQUEST_TIMEOUT_MS });
    if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status} in run ${i + 1}`);
    samples.push(response.ms);
  }
  return { http: summarize(samples), bodyBytes };
}

async function run({ baseUrl, jar, dbFile }: SuiteContext): Promise<string> {
  const months = lastMonths(new Date(), MONTHS);
  const expected = ensureCustomerData(dbFile, months);
  const results: TabResult[] = [];
  for (const tab of TAB_PATHS) {
    const path = `/customers/${CUSTOMER_ID}${tab.path(months)}`;
    const probe = await request(`${baseUrl}${path}`, { jar, timeoutMs: REQUEST_TIMEOUT_MS });
    if (probe.status === 404) {
      console.log(`GET ${path}: 404, not built on this branch yet; skipped.`);
      results.push({ key: tab.key, path, skipped: "404: the page is not on this branch yet" });
      continue;
    }
    const { http, bodyBytes } = await measureTab(`${baseUrl}${path}`, jar, (body) => tab.check?.(body, expected) ?? null);
    console.log(`GET ${path}: p50 ${ms(http.p50)} ms, p95 ${ms(http.p95)} ms (min ${ms(http.min)}, max ${ms(http.max)})`);
    results.push({ key: tab.key, path, http, bodyBytes });
  }

  const out: string[] = [];
  out.push(`### Customer page tabs (suite customer-page), ${new Date().toISOString()}`);
  out.push("");
  out.push(
    `Customer ${CUSTOMER_ID} with ${MONTHS} months of stats, ${SCANNERS} scanners, ${CONTRACTS} contracts, ${expected.overview.locations} locations, ${expected.overview.assetsOnLocation} assets at them, ${expected.overview.projects} projects and ${expected.overview.auditRows} audit rows, among 100,003 customers. Per tab: ${UNTIMED_WARMUPS} untimed requests, ${WARMUPS} checked warm-ups (status 200 and the expected rows), ${RUNS} timed sequential requests, each on a new connection.`,
  );
  out.push("");
  out.push(`| tab | p50 ms | p95 ms | min / max ms | body KiB | p50 <= ${TARGET_P50_MS} ms |`);
  out.push("| --- | ---: | ---: | ---: | ---: | :---: |");
  for (const result of results) {
    if ("skipped" in result) {
      out.push(`| ${result.key} \`${result.path}\` | | | | | skipped (${result.skipped}) |`);
    } else {
      const { http } = result;
      out.push(
        `| ${result.key} \`${result.path}\` | ${ms(http.p50)} | ${ms(http.p95)} | ${ms(http.min)} / ${ms(http.max)} | ${(result.bodyBytes / 1024).toFixed(0)} | ${http.p50 <= targetOf(result.key) ? "yes" : "**no**"}${OVERVIEW_TABS.has(result.key) ? ` (target ${OVERVIEW_TARGET_P50_MS})` : ""} |`,
      );
    }
  }
  return out.join("\n");
}

export const customerPageSuite: Suite = { name: "customer-page", run };
