// A customer's settings: invoice language, currency (the one its MRR and ARR are summed in),
// payment terms (when an open order becomes overdue) and default data retention.
import { z } from "zod";
import { DEFAULT_PAYMENT_TERMS_DAYS } from "../orders/overdue";
import { currencySchema } from "../subscriptions/schema";
import { DEFAULT_CURRENCY } from "./default-currency";

export { DEFAULT_CURRENCY };

export const INVOICE_LANGUAGES = ["en", "nb", "sv", "da", "de", "fr"] as const;
export const INVOICE_LANGUAGE_LABELS: Record<(typeof INVOICE_LANGUAGES)[number], string> = {
  en: "English", nb: "Norwegian", sv: "Swedish", da: "Danish", de: "German", fr: "French",
};
export const DATA_RETENTIONS = ["90d", "1y", "3y", "7y", "forever"] as const;
export const DATA_RETENTION_LABELS: Record<(typeof DATA_RETENTIONS)[number], string> = {
  "90d": "90 days", "1y": "1 year", "3y": "3 years", "7y": "7 years", forever: "Until deleted",
};

/** What a customer without a settings row has (the columns' defaults). */
export const DEFAULT_SETTINGS = { invoiceLanguage: "en", currency: DEFAULT_CURRENCY, paymentTermsDays: DEFAULT_PAYMENT_TERMS_DAYS, defaultDataRetention: "1y" };

const paymentTerms = z.union([z.string(), z.number()], { error: "Enter the payment terms in days" }).transform((raw, context) => {
  const value = String(raw).trim();
  if (!/^-?\d{1,6}$/.test(value) || Number(value) < 0 || Number(value) > 365) {
    context.addIssue({ code: "custom", message: "Enter the payment terms as whole days from 0 to 365" });
    return z.NEVER;
  }
  return Number(value);
});

export const customerSettingsInputSchema = z.object({
  invoiceLanguage: z.enum(INVOICE_LANGUAGES, { error: "Choose an invoice language from the list" }),
  currency: currencySchema,
  paymentTermsDays: paymentTerms,
  defaultDataRetention: z.enum(DATA_RETENTIONS, { error: "Choose a data retention from the list" }),
});
export type CustomerSettingsInput = z.output<typeof customerSettingsInputSchema>;
