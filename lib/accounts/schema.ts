// A customer's product accounts (usually one clinic or office each): the input the forms send.
import { z } from "zod";
import { customerIdSchema } from "../customers/schema";

export const DATA_RETENTIONS = ["30d", "1y", "7y", "forever"] as const;
export type DataRetention = (typeof DATA_RETENTIONS)[number];

export const DATA_RETENTION_LABELS: Record<DataRetention, string> = {
  "30d": "30 days",
  "1y": "1 year",
  "7y": "7 years",
  forever: "Forever",
};

/** The label of a stored value; an unknown value (written by hand in the database) as it is. */
export function formatDataRetention(value: string): string {
  return DATA_RETENTION_LABELS[value as DataRetention] ?? value;
}

export const accountIdSchema = customerIdSchema;

export const accountInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter the account's name")
    .max(200, "Keep the name under 200 characters"),
  dataRetention: z.enum(DATA_RETENTIONS, { error: "Choose a data retention from the list" }),
});
export type AccountInput = z.infer<typeof accountInputSchema>;
