// The create input of a customer made from a registry company. Its origin is "registry", so the
// organisation number it came from is required and must be a real one (check digit); the other
// prefilled fields stay editable like any create. Derived from lib/customers/fields.ts.
import { z } from "zod";
import { inputShape } from "../customers/fields";

export const registryCustomerInputSchema = z.object(inputShape("registry"));
export type RegistryCustomerInput = z.output<typeof registryCustomerInputSchema>;
