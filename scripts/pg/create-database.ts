// `tsx scripts/pg/create-database.ts <server URL> <name>`: drops and creates database <name> on
// the PostgreSQL server the URL names, and prints the new database's URL (for scripts/start-pg.sh
// and scripts/e2e-server.sh, which need no psql).
import { recreateDatabase } from "../../tests/setup/pg-databases";

const [server, name] = process.argv.slice(2);
if (!server || !name || !/^[a-z_][a-z0-9_]*$/.test(name)) {
  console.error("usage: tsx scripts/pg/create-database.ts <postgresql://server URL> <database name>");
  process.exit(2);
}
recreateDatabase(server, name).then(
  (url) => console.log(url),
  (error: unknown) => {
    console.error(`Cannot create database ${name}: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
