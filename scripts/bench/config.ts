// What the benchmark measures and what it compares against. The peer and floor figures are
// copied from /work/shared/PERFORMANCE.md (measured 2026-11-24 on the same kind of 2-core machine).

/** `npm run bench -- --customers 1000000`: the generated customers (default 100,000). Read from
 * the command line here, not in bench.ts, because every module takes its figures from this one. */
function customersArg(): number {
  const index = process.argv.findIndex((arg) => arg === "--customers" || arg.startsWith("--customers="));
  if (index === -1) return 100_000;
  const raw = process.argv[index].includes("=") ? process.argv[index].split("=")[1] : process.argv[index + 1];
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1000) throw new Error(`--customers must be a whole number of at least 1000, got ${raw}`);
  return value;
}
export const BENCH_CUSTOMERS = customersArg();
/** seed 000's three customers come on top of the generated ones (prisma/seed.ts). */
export const BENCH_EXPECTED_ROWS = BENCH_CUSTOMERS + 3;

/** tmp/bench.db at the default size (the file every earlier figure used), tmp/bench-<n>.db otherwise. */
export const BENCH_DB_FILE = process.env.BENCH_DB_FILE ?? (BENCH_CUSTOMERS === 100_000 ? "tmp/bench.db" : `tmp/bench-${BENCH_CUSTOMERS}.db`);
export const BENCH_DB_URL = `file:./${BENCH_DB_FILE}`;
export const BENCH_DIST_DIR = ".next-bench";

export const HOST = "127.0.0.1";
/** BENCH_PORT lets two checkouts benchmark at the same time without sharing a server. */
export const PORT = Number(process.env.BENCH_PORT ?? 3200);
export const BASE_URL = `http://${HOST}:${PORT}`;
export const NEXTAUTH_SECRET = "bench-secret-not-for-production";
export const SIGN_IN = { email: "support@example.com", password: "demo-password" };

/** Untimed requests per view right after the server starts, before any view is measured: a
 * fresh Node process needs a few hundred requests before V8 has optimized the render path, and
 * a production server is measured warm (about 24 ms instead of 19 ms p50 for the default list
 * with only 5 per view). */
export const SERVER_WARMUPS_PER_VIEW = 60;
export const WARMUPS = 3;
export const RUNS = 30;
/** Upper bound for one request; a slower answer fails the run rather than hanging it. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** The target of every list view at 100,000 customers. */
export const TARGET_P50_MS = 50;

/** A bare Next.js 16 page with a 50-row table and no data access (PERFORMANCE.md, "The floor"). */
export const FLOOR_BARE_PAGE_MS = 8;

export type ViewSql = {
  /** The WHERE clause of both queries, as Prisma writes it for this filter. */
  where: string;
  params: unknown[];
  /** The count's WHERE and parameters where lib/customers/list-sql.ts writes the filter otherwise. */
  count?: { where: string; params: unknown[] };
  orderBy: string;
  offset: number;
};

export type View = {
  key: string;
  label: string;
  path: string;
  /** The peer's p50 at 100,000 customers (Django admin, PERFORMANCE.md). */
  peerP50Ms: number;
  /** The peer's p50 at 1,000,000 customers (PERFORMANCE.md), where it was measured. */
  peer1MP50Ms?: number;
  sql: ViewSql;
};

const PAGE_SIZE = 50;
export const ACTIVE = `"archivedAt" IS NULL`;
const NEWEST_FIRST = `"createdAt" DESC, "id" DESC`;

export const VIEWS: View[] = [
  {
    key: "default",
    label: "default list, newest first",
    path: "/customers",
    peerP50Ms: 17.5,
    peer1MP50Ms: 42.2,
    sql: { where: ACTIVE, params: [], orderBy: NEWEST_FIRST, offset: 0 },
  },
  {
    key: "warnings",
    label: "warnings only",
    path: "/customers?warnings=1",
    peerP50Ms: 25.8,
    peer1MP50Ms: 76.3,
    sql: { where: `(${ACTIVE} AND "hasWarnings" = ?)`, params: [1], orderBy: NEWEST_FIRST, offset: 0 },
  },
  {
    // The peer has no filter by rule; its "warnings only" view is the nearest to compare with.
    key: "warning-rule",
    label: "one warning rule (trial past its end date)",
    path: "/customers?warning=trial_past_end",
    peerP50Ms: 25.8,
    peer1MP50Ms: 76.3,
    sql: {
      where: `(${ACTIVE} AND "hasWarnings" = ? AND EXISTS(SELECT "t0"."customerId" FROM "CustomerWarning" AS "t0" WHERE ("t0"."rule" = ? AND ("Customer"."id") = ("t0"."customerId") AND "t0"."customerId" IS NOT NULL)))`,
      params: [1, "trial_past_end"],
      count: { where: `(${ACTIVE} AND "id" IN (SELECT "customerId" FROM "CustomerWarning" WHERE "rule" = ?))`, params: ["trial_past_end"] },
      orderBy: NEWEST_FIRST,
      offset: 0,
    },
  },
  {
    key: "search",
    label: 'search "parker"',
    path: "/customers?q=parker",
    peerP50Ms: 55.6,
    peer1MP50Ms: 427.5,
    sql: { where: `(${ACTIVE} AND "searchText" LIKE ?)`, params: ["%parker%"], orderBy: NEWEST_FIRST, offset: 0 },
  },
  {
    key: "status-origin-name",
    label: "status paying + origin manage, sorted by name",
    path: "/customers?status=paying&origin=manage&sort=name",
    peerP50Ms: 41.4,
    peer1MP50Ms: 452.4,
    sql: {
      where: `(${ACTIVE} AND "status" = ? AND "origin" = ?)`,
      params: ["paying", "manage"],
      orderBy: `"nameSort" ASC, "id" ASC`,
      offset: 0,
    },
  },
  {
    key: "page-500",
    label: "page 500",
    path: "/customers?page=500",
    peerP50Ms: 45.7,
    peer1MP50Ms: 134.5,
    sql: { where: ACTIVE, params: [], orderBy: NEWEST_FIRST, offset: 499 * PAGE_SIZE },
  },
];

export { PAGE_SIZE };

/** The last page of the default list: its offset depends on the number of active customers, so
 * the view is made once that is known (bench.ts counts them before timing anything). */
export function lastPageView(activeCustomers: number): View {
  const lastPage = Math.max(1, Math.ceil(activeCustomers / PAGE_SIZE));
  return {
    key: "last-page",
    label: `last page (${lastPage})`,
    path: `/customers?page=${lastPage}`,
    peerP50Ms: Number.NaN, // not in PERFORMANCE.md
    sql: { where: ACTIVE, params: [], orderBy: NEWEST_FIRST, offset: (lastPage - 1) * PAGE_SIZE },
  };
}
