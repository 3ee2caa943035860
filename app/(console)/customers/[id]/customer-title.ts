// The browser tab's title on every tab of a customer's page is the customer's name. Only for a
// reader allowed to see the customer: anyone else gets a neutral title (the page itself then
// redirects to sign-in or answers 403/404).
import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/app-error";
import { loadCustomer } from "./load-customer";

export async function customerName(rawId: string): Promise<string | null> {
  const user = await getCurrentUser();
  if (!can(user, "customers.read")) return null;
  try {
    return (await loadCustomer(rawId)).name;
  } catch (error) {
    // notFound() from loadCustomer: the page renders the 404; the title stays neutral.
    if (isAppError(error) || (error as { digest?: string })?.digest?.startsWith("NEXT_HTTP_ERROR_FALLBACK")) return null;
    throw error;
  }
}

/** The layout's title: the name alone on the first tab, "Name · Tab" on the others. */
export async function customerTitle(rawId: string): Promise<Metadata["title"]> {
  const name = await customerName(rawId);
  if (name === null) return "Customer";
  // "%" is the template's placeholder marker; a name never contains "%s", but escape it anyway.
  return { default: name, template: `${name.replaceAll("%s", "% s")} · %s` };
}
