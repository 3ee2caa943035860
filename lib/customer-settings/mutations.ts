// Saves a customer's settings in one transaction with its audit row (old -> new). A new currency
// changes which lines the MRR sums, and new payment terms which orders are overdue, so the stored
// revenue and warnings are refreshed in the same transaction.
import { diffFields } from "../audit/diff";
import { writeAuditLog, type AuditActor } from "../audit/write-audit-log";
import { claimRecordVersion, runCustomerWrite } from "../subscriptions/customer-write";
import { DEFAULT_SETTINGS, type CustomerSettingsInput } from "./schema";

/** `version`: the one the form loaded (1 for settings never saved), refused when the stored
 * settings are newer (decision 029). */
export async function saveCustomerSettings(actor: AuditActor, customerId: number, input: CustomerSettingsInput, options: { version?: number } = {}) {
  return runCustomerWrite(customerId, async (tx) => {
    const stored = await tx.customerSettings.findUnique({ where: { customerId } });
    const version = stored
      ? await claimRecordVersion(tx, "customer_settings", { key: customerId, version: stored.version }, options.version)
      : 1;
    const before = { ...DEFAULT_SETTINGS, ...(stored ?? {}) };
    const after = await tx.customerSettings.upsert({ where: { customerId }, create: { customerId, ...input }, update: input });
    const pick = (s: typeof before) => ({
      invoiceLanguage: s.invoiceLanguage, currency: s.currency, paymentTermsDays: s.paymentTermsDays, defaultDataRetention: s.defaultDataRetention,
    });
    const changes = diffFields(pick(before), pick(after));
    if (Object.keys(changes).length > 0) {
      await writeAuditLog(tx, { event: "customer_settings.updated", actor, entityType: "customer_settings", entityId: customerId, customerId, changes, version });
    }
    return after;
  });
}
