// A customer's settings, with the columns' defaults for a customer that has never saved any.
import { getDb } from "../db/client";
import { DEFAULT_SETTINGS } from "./schema";

export type CustomerSettingsView = typeof DEFAULT_SETTINGS;

export async function getCustomerSettings(customerId: number): Promise<CustomerSettingsView> {
  const stored = await getDb().customerSettings.findUnique({
    where: { customerId },
    select: { invoiceLanguage: true, currency: true, paymentTermsDays: true, defaultDataRetention: true },
  });
  return stored ?? { ...DEFAULT_SETTINGS };
}

/** The settings' version a form loads (decision 029): the defaults of settings never saved are 1. */
export async function getCustomerSettingsVersion(customerId: number): Promise<number> {
  const stored = await getDb().customerSettings.findUnique({ where: { customerId }, select: { version: true } });
  return stored?.version ?? 1;
}
