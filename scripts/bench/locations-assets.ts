// Suite "locations-assets": the Locations, Assets on location and Assets owned tabs of one
// customer with 50 locations and 500 assets at 100,000 customers, measured like the
// customer-page suite (its measureTab). Target: p50 at most 30 ms per tab (issue 11). The
// customer (165, not customer-page's 164) is topped up in tmp/bench.db if short, so the suite is
// idempotent: 50 sites, 500 assets standing there (one in ten owned by customer 166: hardware as
// a service) and 50 of its own at 166's site (returned for repair), so it owns 500 too.
//
//   BENCH_PORT=3220 npm run bench -- --suite locations-assets
import { ASSET_PAGE_SIZE } from "../../lib/assets/schema";
import Database from "better-sqlite3";
import { REQUEST_TIMEOUT_MS, RUNS, WARMUPS } from "./config";
import { measureTab } from "./customer-page";
import { request } from "./http";
import { ms, type Summary } from "./stats";
import type { Suite, SuiteContext } from "./suites";

const CUSTOMER_ID = 165;
const OTHER_ID = 166;
const LOCATIONS = 50;
const ASSETS_AT = 500;
const OWNED_ELSEWHERE = 50;
const TARGET_P50_MS = 30;
/** Rows on one page of an asset tab. */
const ASSET_PAGE = ASSET_PAGE_SIZE;

type Totals = { name: string; locations: number; activeLocations: number; assetsAt: number; owned: number };

const sqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

function ensureCustomerData(dbFile: string): Totals {
  const db = new Database(dbFile, { fileMustExist: true, timeout: 5_000 });
  try {
    const customer = db.prepare(`SELECT "name" FROM "Customer" WHERE "id" = ?`).get(CUSTOMER_ID) as { name: string } | undefined;
    if (!customer) throw new Error(`${dbFile} has no customer ${CUSTOMER_ID}`);
    const now = sqliteDate(new Date());
    const count = (sql: string, ...params: unknown[]) => db.prepare(sql).pluck().get(...params) as number;
    const insertLocation = db.prepare(`INSERT INTO "Location" ("customerId", "name", "city", "country", "status", "createdAt") VALUES (?, ?, 'Why', 'US', 'active', ?)`);
    const insertAsset = db.prepare(`INSERT INTO "Asset" ("serial", "model", "type", "status", "ownerCustomerId", "locationId", "createdAt") VALUES (?, 'Voluson E10', ?, ?, ?, ?, ?)`);
    const activeSites = (customerId: number) =>
      db.prepare(`SELECT "id" FROM "Location" WHERE "customerId" = ? AND "archivedAt" IS NULL ORDER BY "id"`).pluck().all(customerId) as number[];
    db.transaction(() => {
      for (let n = count(`SELECT COUNT(*) FROM "Location" WHERE "customerId" = ?`, CUSTOMER_ID) + 1; n <= LOCATIONS; n++) {
        insertLocation.run(CUSTOMER_ID, `Bench site ${String(n).padStart(2, "0")}`, now);
      }
      const sites = activeSites(CUSTOMER_ID);
      const at = count(`SELECT COUNT(*) FROM "Asset" a JOIN "Location" l ON l."id" = a."locationId" WHERE l."customerId" = ?`, CUSTOMER_ID);
      for (let n = at + 1; n <= ASSETS_AT; n++) {
        const owner = n % 10 === 0 ? OTHER_ID : CUSTOMER_ID;
        insertAsset.run(`BENCH-${CUSTOMER_ID}-AT-${n}`, n % 2 ? "probe" : "ultrasound_scanner", n % 13 === 0 ? "in_repair" : "in_service", owner, sites[n % sites.length], now);
      }
      const elsewhere = count(
        `SELECT COUNT(*) FROM "Asset" a JOIN "Location" l ON l."id" = a."locationId" WHERE a."ownerCustomerId" = ? AND l."customerId" <> ?`,
        CUSTOMER_ID,
        CUSTOMER_ID,
      );
      const otherSite = activeSites(OTHER_ID)[0];
      for (let n = elsewhere + 1; n <= OWNED_ELSEWHERE; n++) insertAsset.run(`BENCH-${CUSTOMER_ID}-REPAIR-${n}`, "probe", "in_repair", CUSTOMER_ID, otherSite, now);
    })();
    const totals: Totals = {
      name: customer.name,
      locations: count(`SELECT COUNT(*) FROM "Location" WHERE "customerId" = ?`, CUSTOMER_ID),
      activeLocations: activeSites(CUSTOMER_ID).length,
      assetsAt: count(`SELECT COUNT(*) FROM "Asset" a JOIN "Location" l ON l."id" = a."locationId" WHERE l."customerId" = ?`, CUSTOMER_ID),
      owned: count(`SELECT COUNT(*) FROM "Asset" WHERE "ownerCustomerId" = ?`, CUSTOMER_ID),
    };
    console.log(`Customer ${CUSTOMER_ID} (${totals.name}): ${totals.locations} locations (${totals.activeLocations} active), ${totals.assetsAt} assets on location, ${totals.owned} owned.`);
    return totals;
  } finally {
    db.close();
  }
}

const countOf = (body: string, needle: string) => body.split(needle).length - 1;

const TABS: ReadonlyArray<{ key: string; path: string; rows: (t: Totals) => number; testId: string }> = [
  { key: "locations", path: "/locations", rows: (t) => t.activeLocations, testId: "location-row" },
  { key: "assets on location", path: "/assets", rows: (t) => Math.min(ASSET_PAGE, t.assetsAt), testId: "asset-row" },
  { key: "assets owned", path: "/assets-owned", rows: (t) => Math.min(ASSET_PAGE, t.owned), testId: "asset-row" },
];

async function run({ baseUrl, jar, dbFile }: SuiteContext): Promise<string> {
  const totals = ensureCustomerData(dbFile);
  const results: Array<{ key: string; path: string; http: Summary; bodyBytes: number }> = [];
  for (const tab of TABS) {
    const path = `/customers/${CUSTOMER_ID}${tab.path}`;
    const probe = await request(`${baseUrl}${path}`, { jar, timeoutMs: REQUEST_TIMEOUT_MS });
    if (probe.status !== 200) throw new Error(`GET ${path} answered ${probe.status}`);
    const expected = tab.rows(totals);
    const { http, bodyBytes } = await measureTab(`${baseUrl}${path}`, jar, (body) => {
      const rows = countOf(body, `data-testid="${tab.testId}"`);
      return rows === expected ? null : `${rows} rows, expected ${expected}`;
    });
    console.log(`GET ${path}: p50 ${ms(http.p50)} ms, p95 ${ms(http.p95)} ms (min ${ms(http.min)}, max ${ms(http.max)})`);
    results.push({ key: tab.key, path, http, bodyBytes });
  }
  const out = [
    `### Locations and assets tabs (suite locations-assets), ${new Date().toISOString()}`,
    "",
    `Customer ${CUSTOMER_ID} with ${totals.locations} locations, ${totals.assetsAt} assets on location and ${totals.owned} owned (asset tabs show ${ASSET_PAGE} a page), among 100,003 customers with about 2 locations and 6 assets each. Per tab: checked warm-ups, ${WARMUPS} checked requests (status 200 and the expected rows), ${RUNS} timed sequential requests, as the customer-page suite.`,
    "",
    `| tab | p50 ms | p95 ms | min / max ms | body KiB | p50 <= ${TARGET_P50_MS} ms |`,
    "| --- | ---: | ---: | ---: | ---: | :---: |",
    ...results.map(
      ({ key, path, http, bodyBytes }) =>
        `| ${key} \`${path}\` | ${ms(http.p50)} | ${ms(http.p95)} | ${ms(http.min)} / ${ms(http.max)} | ${(bodyBytes / 1024).toFixed(0)} | ${http.p50 <= TARGET_P50_MS ? "yes" : "**no**"} |`,
    ),
  ];
  return out.join("\n");
}

export const locationsAssetsSuite: Suite = { name: "locations-assets", run };
