// The end-of-run summary `npm run registry:check` prints: the counts first, then each failure and
// skip with its reason, so whoever reads the cron mail knows what to fix.
import { MAX_LISTED_PROBLEMS, type CheckProblem, type CheckSummary } from "./run-check";

function listProblems(title: string, problems: CheckProblem[], count: number): string[] {
  if (count === 0) return [];
  const lines = [`${title}:`];
  for (const problem of problems) {
    lines.push(`  customer ${problem.customerId}${problem.organisationNumber ? ` (${problem.organisationNumber})` : ""}: ${problem.reason}`);
  }
  if (count > problems.length) lines.push(`  … and ${count - problems.length} more (only the first ${MAX_LISTED_PROBLEMS} are listed)`);
  return lines;
}

export function formatCheckSummary(summary: CheckSummary, rate: number): string {
  const perSecond = summary.seconds > 0 ? summary.requests / summary.seconds : 0;
  const lines = [
    `Registry check: ${summary.checked} checked, ${summary.changed} changed, ${summary.failed} failed, ${summary.skipped} skipped ` +
      `in ${summary.seconds.toFixed(1)} s (${summary.requests} requests, ${perSecond.toFixed(1)}/s, limit ${Number.isFinite(rate) ? `${rate}/s` : "off"}).`,
  ];
  if (summary.changedIds.length > 0) {
    lines.push(`Changed: customers ${summary.changedIds.slice(0, MAX_LISTED_PROBLEMS).join(", ")}${summary.changedIds.length > MAX_LISTED_PROBLEMS ? ", …" : ""}`);
  }
  lines.push(...listProblems("Failed (the earlier answer is kept)", summary.failures, summary.failed));
  lines.push(...listProblems("Skipped", summary.skips, summary.skipped - summary.overLimit));
  if (summary.overLimit > 0) lines.push(`Left for the next run by the per-run limit: ${summary.overLimit} customers (stalest checks go first).`);
  return lines.join("\n");
}
