// The create input of a customer made from a registry company. Its origin is "registry", so the
// organisation number it came from is required and must be a real one (check digit); the other
// prefilled fields stay editable like any create.
import { z } from "zod";
import { customerInputSchema } from "../customers/schema";
import { normalizeOrganisationNumber } from "./organisation-number";

export const registryCustomerInputSchema = customerInputSchema.extend({
  organisationNumber: z
    .string({ error: "A customer from the registry needs its organisation number" })
    .trim()
    .min(1, "A customer from the registry needs its organisation number")
    .transform((value, context) => {
      const normalized = normalizeOrganisationNumber(value);
      if (!normalized) {
        context.addIssue({ code: "custom", message: "Enter a valid Norwegian organisation number (nine digits, correct check digit)" });
        return z.NEVER;
      }
      return normalized;
    }),
});
export type RegistryCustomerInput = z.output<typeof registryCustomerInputSchema>;
