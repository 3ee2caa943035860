// The customer's own people (not staff): name, email and role within the customer.
import { z } from "zod";
import { emailMeta } from "../customers/field-rules";

export const CUSTOMER_USER_ROLES = ["owner", "admin", "member"] as const;
export type CustomerUserRole = (typeof CUSTOMER_USER_ROLES)[number];
export const CUSTOMER_USER_ROLE_LABELS: Record<CustomerUserRole, string> = { owner: "Owner", admin: "Admin", member: "Member" };

export const customerUserInputSchema = z.object({
  name: z.string({ error: "Enter the name" }).trim().min(1, "Enter the name").max(200, "Keep the name under 200 characters").meta({ pattern: "\\S" }),
  // Stored lower-cased, so "Ann@x.com" and "ann@x.com" are the same person (unique per customer).
  email: z
    .string({ error: "Enter the email address" })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Enter an email address such as ann@example.com" }).max(254, "Keep the email under 254 characters"))
    .meta({ ...emailMeta("An email address, unique within the customer (stored lower case)", false), maxLength: 254 }),
  role: z.enum(CUSTOMER_USER_ROLES, { error: "Choose a role: owner, admin or member" }),
});
export type CustomerUserInput = z.output<typeof customerUserInputSchema>;
