// The overview's project figures, computed from the customer's project rows: counts by status
// (lib/projects/status.ts) and billing per currency. Amounts in two currencies are never added:
// each currency is its own line, and there is no grand total.
import { PROJECT_STATUSES, projectStatus, type ProjectStatus } from "../projects/status";

export type ProjectFigures = { startDate: Date; endDate: Date | null; billedMinor: bigint; paidMinor: bigint; currency: string };

export type CurrencyBilling = {
  currency: string;
  projects: number;
  billedMinor: bigint;
  paidMinor: bigint;
  /** Billed but not yet paid, summed per project: a project paid in advance (paid more than
   * billed so far) does not hide another project's unpaid bill. */
  unpaidMinor: bigint;
};

export type ProjectSummary = { counts: Record<ProjectStatus, number>; billing: CurrencyBilling[] };

export function summarizeProjects(projects: readonly ProjectFigures[], now: Date): ProjectSummary {
  const counts = Object.fromEntries(PROJECT_STATUSES.map((status) => [status, 0])) as Record<ProjectStatus, number>;
  const byCurrency = new Map<string, CurrencyBilling>();
  for (const project of projects) {
    counts[projectStatus(project, now)] += 1;
    let line = byCurrency.get(project.currency);
    if (!line) {
      line = { currency: project.currency, projects: 0, billedMinor: 0n, paidMinor: 0n, unpaidMinor: 0n };
      byCurrency.set(project.currency, line);
    }
    line.projects += 1;
    line.billedMinor += project.billedMinor;
    line.paidMinor += project.paidMinor;
    if (project.billedMinor > project.paidMinor) line.unpaidMinor += project.billedMinor - project.paidMinor;
  }
  // The currency with the most billed first, so the customer's main currency leads the card.
  const billing = [...byCurrency.values()].sort((a, b) => (b.billedMinor > a.billedMinor ? 1 : b.billedMinor < a.billedMinor ? -1 : a.currency.localeCompare(b.currency)));
  return { counts, billing };
}
