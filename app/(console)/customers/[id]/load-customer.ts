// The customer behind a /customers/[id] URL, loaded once per request for the layout and page.
import { cache } from "react";
import { getCustomerOrThrow } from "@/lib/customers/queries";
import { customerIdSchema } from "@/lib/customers/schema";
import { loadOr404 } from "./load-or-404";

export const loadCustomer = cache((rawId: string) => loadOr404(customerIdSchema, rawId, getCustomerOrThrow));
