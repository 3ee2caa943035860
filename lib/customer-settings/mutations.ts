// Saves a customer's settings in one transaction with its audit row (old -> new). A new currency
// changes which lines the MRR sums, and new payment terms which orders are overdue, so the stored
// revenue and warnings are refreshed in the same transaction.
import { diffFields } from "../audit/diff";
import { writeAuditLog, type AuditActor } from "../audit/write-audit-log";
import { refuseStaleVersion } from "../versions/stale-version";
import { claimRecordVersion, runCustomerWrite } from "../subscriptions/customer-write";
import { DEFAULT_SETTINGS, type CustomerSettingsInput } from "./schema";

/** The version of settings never saved: the defaults. Their first save stores version 2, so a
 * form opened on the defaults before that save is refused like any other stale one. */
export const UNSAVED_SETTINGS_VERSION = 1;

/** Saves the fields given (a form sends only those its user changed; the others keep their stored
 * value). `version`: the one the form loaded, refused when the stored settings are newer
 * (decision 029). A save that changes nothing writes nothing: no version, no audit row. */
export async function saveCustomerSettings(actor: AuditActor, customerId: number, input: Partial<CustomerSettingsInput>, options: { version?: number } = {}) {
  return runCustomerWrite(customerId, async (tx) => {
    const stored = await tx.customerSettings.findUnique({ where: { customerId } });
    const pick = (s: typeof DEFAULT_SETTINGS) => ({
      invoiceLanguage: s.invoiceLanguage, currency: s.currency, paymentTermsDays: s.paymentTermsDays, defaultDataRetention: s.defaultDataRetention,
    });
    const before = pick({ ...DEFAULT_SETTINGS, ...(stored ?? {}) });
    const merged = { ...before, ...input };
    const changes = diffFields(before, merged);
    const current = stored?.version ?? UNSAVED_SETTINGS_VERSION;
    if (Object.keys(changes).length === 0) {
      await refuseStaleVersion(tx, "customer_settings", customerId, options.version, current);
      return stored ?? { customerId, ...merged, version: current };
    }
    const version = stored
      ? await claimRecordVersion(tx, "customer_settings", { key: customerId, version: stored.version }, options.version)
      : (await refuseStaleVersion(tx, "customer_settings", customerId, options.version, current), current + 1);
    const after = stored
      ? await tx.customerSettings.update({ where: { customerId }, data: input })
      : await tx.customerSettings.create({ data: { customerId, ...merged, version } });
    await writeAuditLog(tx, { event: "customer_settings.updated", actor, entityType: "customer_settings", entityId: customerId, customerId, changes, version });
    return after;
  });
}
