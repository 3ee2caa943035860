// `tsx scripts/db-preflight.ts [--connect-only]`: checks DATABASE_URL before a command that uses
// it (npm run db:migrate runs it with --connect-only before prisma migrate deploy): one line
// naming the problem, exit 1. See lib/db/preflight.ts.
import { checkDatabaseOrExit } from "../lib/db/preflight";

checkDatabaseOrExit({ migrations: !process.argv.includes("--connect-only") }).then(() => process.exit(0));
