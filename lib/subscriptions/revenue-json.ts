// Money in the REST API (decision 020): minor units as a decimal string (64-bit, exact in every
// JSON parser) with the currency, e.g. { "amountMinor": "123450", "currency": "EUR" }.
import { z } from "zod";
import { DEFAULT_CURRENCY } from "../customer-settings/default-currency";

export const moneyJsonSchema = z.object({
  amountMinor: z.string().regex(/^-?\d+$/).describe("Minor units (cents) as a decimal string: 64-bit, exact"),
  currency: z.string(),
});

export const moneyJson = (amountMinor: bigint, currency: string) => ({ amountMinor: amountMinor.toString(), currency });

/** A stored customer amount in the customer's currency (its settings, USD without any). */
export const customerMoneyJson = (amountMinor: bigint | undefined, settings: { currency: string } | null | undefined) =>
  moneyJson(amountMinor ?? 0n, settings?.currency ?? DEFAULT_CURRENCY);
