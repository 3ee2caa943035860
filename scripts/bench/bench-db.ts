// The benchmark database, tmp/bench.db: migrated and seeded with 100,000 customers, then marked
// with the seed version so later runs reuse it instead of seeding again. The version is a hash
// of everything that decides its contents (migrations, seed, generator, search text, warning
// rules); any change there, a different customer count or a missing marker (an interrupted
// seed) rebuilds it.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { BENCH_CUSTOMERS, BENCH_DB_FILE, BENCH_DB_URL, BENCH_EXPECTED_ROWS } from "./config";
import { run } from "./processes";
import { nowMs } from "./stats";

const MARKER_TABLE = "_bench_seed";
const VERSION_SOURCES = [
  "prisma/migrations",
  "prisma/seed.ts",
  "prisma/seed",
  "lib/customers/search-text.ts",
  "lib/warnings",
  "lib/risk",
];

function filesUnder(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)));
}

/** A hash of the sources that decide the seeded rows. */
export function seedVersion(): string {
  const hash = createHash("sha256");
  for (const file of VERSION_SOURCES.flatMap(filesUnder)) {
    hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

type Marker = { version: string; customers: number; seededAt: string; seedSeconds: string };

function readMarker(): (Marker & { rows: number }) | null {
  if (!existsSync(BENCH_DB_FILE)) return null;
  const db = new Database(BENCH_DB_FILE, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(MARKER_TABLE);
    if (!table) return null;
    const entries = db.prepare(`SELECT key, value FROM "${MARKER_TABLE}"`).all() as Array<{ key: string; value: string }>;
    const marker = Object.fromEntries(entries.map(({ key, value }) => [key, value]));
    const rows = db.prepare(`SELECT COUNT(*) FROM "Customer"`).pluck().get() as number;
    return { version: marker.version, customers: Number(marker.customers), seededAt: marker.seededAt, seedSeconds: marker.seedSeconds, rows };
  } catch {
    return null; // not a database we can read: rebuild it
  } finally {
    db.close();
  }
}

function writeMarker(marker: Marker): void {
  const db = new Database(BENCH_DB_FILE, { fileMustExist: true, timeout: 5_000 });
  try {
    db.exec(`CREATE TABLE IF NOT EXISTS "${MARKER_TABLE}" ("key" TEXT PRIMARY KEY, "value" TEXT NOT NULL)`);
    const put = db.prepare(`INSERT OR REPLACE INTO "${MARKER_TABLE}" ("key", "value") VALUES (?, ?)`);
    db.transaction(() => {
      for (const [key, value] of Object.entries(marker)) put.run(key, String(value));
    })();
  } finally {
    db.close();
  }
}

export type BenchDbInfo = { reused: boolean; seededAt: string; seedSeconds: string; version: string; commands: string[] };

export async function ensureBenchDb(options: { rebuild: boolean }): Promise<BenchDbInfo> {
  const version = seedVersion();
  const marker = options.rebuild ? null : readMarker();
  if (marker && marker.version === version && marker.customers === BENCH_CUSTOMERS && marker.rows === BENCH_EXPECTED_ROWS) {
    console.log(`Reusing ${BENCH_DB_FILE}: ${marker.rows} customers, seed version ${version}, seeded ${marker.seededAt} in ${marker.seedSeconds} s.`);
    return { reused: true, seededAt: marker.seededAt, seedSeconds: marker.seedSeconds, version, commands: [] };
  }
  console.log(
    marker
      ? `Rebuilding ${BENCH_DB_FILE}: it holds ${marker.rows} customers of seed version ${marker.version}, expected ${BENCH_EXPECTED_ROWS} of ${version}.`
      : `Building ${BENCH_DB_FILE} (${options.rebuild ? "--rebuild-db" : "missing, or without a seed marker"}).`,
  );
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${BENCH_DB_FILE}${suffix}`, { force: true });

  const env = { DATABASE_URL: BENCH_DB_URL };
  const migrate = ["npx", "prisma", "migrate", "deploy"];
  const backfill = ["npx", "tsx", "scripts/backfill-normalized.ts"];
  const seed = ["npx", "tsx", "prisma/seed.ts", "--customers", String(BENCH_CUSTOMERS)];
  const started = nowMs();
  await run(migrate, env, 5 * 60_000);
  await run(backfill, env, 5 * 60_000);
  await run(seed, env, 45 * 60_000);
  const seedSeconds = ((nowMs() - started) / 1000).toFixed(1);
  const seededAt = new Date().toISOString();
  writeMarker({ version, customers: BENCH_CUSTOMERS, seededAt, seedSeconds });
  const written = readMarker();
  if (written?.rows !== BENCH_EXPECTED_ROWS) {
    throw new Error(`${BENCH_DB_FILE} holds ${written?.rows ?? "no"} customers after seeding, expected ${BENCH_EXPECTED_ROWS}`);
  }
  console.log(`Seeded ${BENCH_DB_FILE} in ${seedSeconds} s (migrate + seed).`);
  return {
    reused: false,
    seededAt,
    seedSeconds,
    version,
    commands: [`DATABASE_URL=${BENCH_DB_URL} ${migrate.join(" ")}`, `DATABASE_URL=${BENCH_DB_URL} ${seed.join(" ")}`],
  };
}
