// The customer behind a /customers/[id] URL, loaded once per request for the layout and page.
import { notFound } from "next/navigation";
import { cache } from "react";
import { isAppError } from "@/lib/app-error";
import { getCustomerOrThrow } from "@/lib/customers/queries";
import { customerIdSchema } from "@/lib/customers/schema";

export const loadCustomer = cache(async (rawId: string) => {
  const id = customerIdSchema.safeParse(rawId);
  if (!id.success) notFound();
  try {
    return await getCustomerOrThrow(id.data);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});
