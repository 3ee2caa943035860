// A customer's locations (sites where assets stand): the input the forms send and the tab's URL.
import { z } from "zod";
import { customerIdSchema } from "../customers/schema";
import { isCountryCode } from "../customers/countries";

export const LOCATION_STATUSES = ["active", "inactive"] as const;
export type LocationStatus = (typeof LOCATION_STATUSES)[number];
export const LOCATION_STATUS_LABELS: Record<LocationStatus, string> = { active: "Active", inactive: "Inactive" };

export function formatLocationStatus(value: string): string {
  return LOCATION_STATUS_LABELS[value as LocationStatus] ?? value;
}

export const locationIdSchema = customerIdSchema;

/** An optional text field: blank means "none", stored as null. */
const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `Keep the ${label} under ${max} characters`)
    .optional()
    .transform((value) => (value ? value : null));

// The location's customer is not an input: it comes from the URL and never changes (seed 001:
// "A single location can belong to only one customer").
export const locationInputSchema = z.object({
  name: z.string().trim().min(1, "Enter the location's name").max(200, "Keep the name under 200 characters"),
  addressLine1: optionalText(200, "address"),
  postalCode: optionalText(20, "postal code"),
  city: optionalText(100, "city"),
  region: optionalText(100, "region"),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || isCountryCode(value), "Enter a two-letter country code, such as US or NO"),
  status: z.enum(LOCATION_STATUSES, { error: "Choose a status from the list" }),
});
export type LocationInput = z.output<typeof locationInputSchema>;

/** `?archived=1` shows archived locations too; anything else hides them. */
export function parseShowArchived(params: Record<string, string | string[] | undefined>): boolean {
  const value = Array.isArray(params.archived) ? params.archived[0] : params.archived;
  return value === "1";
}
