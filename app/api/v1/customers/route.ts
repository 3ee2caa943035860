// GET /api/v1/customers (list, cursor pages) and POST /api/v1/customers (create).
import { apiHandler } from "@/lib/api/handler";
import { listCustomersPage } from "@/lib/api/customer-page";
import { createCustomerFromApi } from "@/lib/api/customer-writes";
import { readJsonBody } from "@/lib/api/request-body";

export const GET = apiHandler("read", async ({ request }) => {
  return Response.json(await listCustomersPage(new URL(request.url).searchParams));
});

export const POST = apiHandler("write", async ({ request, principal }) => {
  const customer = await createCustomerFromApi(principal.actor, await readJsonBody(request));
  return Response.json(customer, { status: 201, headers: { Location: `/api/v1/customers/${customer.id}` } });
});
