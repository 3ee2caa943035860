// Benchmark suites beyond the list views. Each runs while the benchmark's server is up, gets what
// it needs to reach the server and the database, and returns a markdown section for the report.
//
//   npm run bench                          every suite
//   npm run bench -- --suite lists         only the list views (repeat --suite to pick several)
import { apiBulkSuite } from "./api-bulk";
import type { CookieJar } from "./http";
import { importSuite } from "./import";
import type { Server } from "./processes";
import { recomputeSuite } from "./recompute";
import { customerPageSuite } from "./customer-page";
import { exportSuite } from "./export";
import { browserSuite } from "./browser";
import { locationsAssetsSuite } from "./locations-assets";
import { bulkActionSuite } from "./bulk";
import { listColumnsSuite } from "./list-columns";

export type SuiteContext = {
  baseUrl: string;
  /** Signed in as the benchmark user (support; a suite that needs another role signs in itself). */
  jar: CookieJar;
  /** tmp/bench.db: 100,003 customers. A suite that writes must work on its own copy. */
  dbFile: string;
  dbUrl: string;
  /** The running server (its pid, for memory figures). */
  server: Server;
};

export type Suite = {
  name: string;
  run(context: SuiteContext): Promise<string>;
};

/** Registered suites, in the order they run after the list views. */
export const SUITES: readonly Suite[] = [customerPageSuite, recomputeSuite, exportSuite, importSuite, apiBulkSuite, locationsAssetsSuite, browserSuite, bulkActionSuite, listColumnsSuite];
