// The registry's verdict on a customer in words: the audit log's "registry: bankrupt since
// 2026-11-20" and the customer page's registry panel say it the same way.

export type StoredStatus = {
  outcome: string | null;
  bankrupt: boolean;
  underLiquidation: boolean;
  forcedLiquidation: boolean;
  removed: boolean;
  bankruptSince: string | null;
  liquidationSince: string | null;
  forcedSince: string | null;
  removedOn: string | null;
};

const since = (text: string, date: string | null) => (date ? `${text} since ${date}` : text);

/** "active", "bankrupt since 2026-11-20", "being dissolved, bankrupt", "deleted on 2023-11-30",
 * "not found", or "not checked" before any answer. */
export function registryStatusLabel(status: StoredStatus | null | undefined): string {
  if (!status || status.outcome === null) return "not checked";
  if (status.outcome === "not_found") return "not found";
  const parts: string[] = [];
  if (status.removed) parts.push(status.removedOn ? `deleted on ${status.removedOn}` : "deleted");
  if (status.bankrupt) parts.push(since("bankrupt", status.bankruptSince));
  if (status.underLiquidation) parts.push(since("being dissolved", status.liquidationSince));
  if (status.forcedLiquidation) parts.push(since("under forced liquidation", status.forcedSince));
  return parts.length > 0 ? parts.join(", ") : "active";
}

/** True when the status carries something a warning rule reads. */
export function hasRegistryFinding(status: StoredStatus | null | undefined): boolean {
  return Boolean(status && (status.bankrupt || status.underLiquidation || status.forcedLiquidation || status.removed));
}
