// Runs once when the server starts (Next's instrumentation hook): refuse to serve on a database the
// console cannot use (a bad DATABASE_URL, an unreachable server, wrong credentials, migrations not
// applied), with one line saying which and what to run, instead of a stack trace on the first
// request; answer unsupported methods with 405; and resume abandoned import jobs.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installMethodGuard } = await import("./lib/http/refuse-unsupported-methods");
  installMethodGuard();
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { checkDatabaseOrExit } = await import("./lib/db/preflight");
  await checkDatabaseOrExit();
  // Import jobs left validating or running by a stopped instance are picked up again (decision 032).
  const { startImportJobSweeper } = await import("./lib/import/resume");
  startImportJobSweeper();
}
