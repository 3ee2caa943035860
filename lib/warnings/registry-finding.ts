// The stored registry answer as the rules see it, shared by the single and the batch recompute.
import type { WarningRegistry, WarningSubject } from "./types";

/** Registry findings matter for customers we still deal with; a churned customer's bankruptcy is
 * nobody's task (and archived ones carry no warnings at all, evaluate.ts). */
export function registryFindingApplies(subject: WarningSubject): WarningRegistry | null {
  if (subject.status === "churned") return null;
  return subject.registry ?? null;
}

/** The registry check row (or its flag columns from SQL, where booleans may come back as 0/1) as
 * the subject's registry part. */
export function toWarningRegistry(row: Record<keyof WarningRegistry, unknown> | null | undefined): WarningRegistry | null {
  if (!row) return null;
  return {
    bankrupt: Boolean(row.bankrupt),
    underLiquidation: Boolean(row.underLiquidation),
    forcedLiquidation: Boolean(row.forcedLiquidation),
    removed: Boolean(row.removed),
  };
}
