// The start of a page below /customers/[id]: the signed-in user, who must hold `permission`
// (else sign-in, returning to this page, or 403), and the customer (else 404).
//
// Usage: const { customer } = await customerPage(params, "customers.write", () => "/accounts/new");
//        const { customer, record } = await customerRecordPage(params, ACCOUNT_EDIT);
import type { z } from "zod";
import { requirePagePermission } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/permissions";
import { getCustomerAccountOrThrow } from "@/lib/accounts/queries";
import { accountIdSchema } from "@/lib/accounts/schema";
import { getCustomerLocationOrThrow } from "@/lib/locations/queries";
import { locationIdSchema } from "@/lib/locations/schema";
import { getCustomerProjectOrThrow } from "@/lib/projects/queries";
import { projectIdSchema } from "@/lib/projects/schema";
import { loadCustomer } from "./load-customer";
import { loadOr404 } from "./load-or-404";

export async function customerPage<P extends { id: string }>(params: Promise<P>, permission: Permission, below: (params: P) => string) {
  const resolved = await params;
  const user = await requirePagePermission(permission, `/customers/${resolved.id}${below(resolved)}`);
  return { user, params: resolved, customer: await loadCustomer(resolved.id) };
}

/** A page of one record of the customer, named by `param` in the URL. */
type RecordPage<K extends string, T> = {
  permission: Permission;
  param: K;
  below: (recordId: string) => string;
  idSchema: z.ZodType<number, unknown>;
  load: (customerId: number, id: number) => Promise<T>;
};

const recordPage = <K extends string, T>(page: RecordPage<K, T>) => page;

export const ACCOUNT_EDIT = recordPage({
  permission: "customers.write", param: "accountId", below: (id) => `/accounts/${id}/edit`, idSchema: accountIdSchema, load: getCustomerAccountOrThrow,
});
export const LOCATION_EDIT = recordPage({
  permission: "customers.write", param: "locationId", below: (id) => `/locations/${id}/edit`, idSchema: locationIdSchema, load: getCustomerLocationOrThrow,
});
export const PROJECT_EDIT = recordPage({
  permission: "customers.write", param: "projectId", below: (id) => `/projects/${id}`, idSchema: projectIdSchema, load: getCustomerProjectOrThrow,
});

/** customerPage plus the record: the record of another customer, or no record at all, is a 404. */
export async function customerRecordPage<K extends string, T>(params: Promise<{ id: string } & { [key in K]: string }>, page: RecordPage<K, T>) {
  const found = await customerPage(params, page.permission, (resolved) => page.below(resolved[page.param]));
  const record = await loadOr404(page.idSchema, found.params[page.param], (id) => page.load(found.customer.id, id));
  return { ...found, record };
}
