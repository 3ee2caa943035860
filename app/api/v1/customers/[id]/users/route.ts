// GET /api/v1/customers/{id}/users (the customer's own people) and POST (add one).
import { apiHandler } from "@/lib/api/handler";
import { createCustomerUserFromApi, listCustomerUsersJson } from "@/lib/api/customer-records";
import { parseCustomerId } from "@/lib/api/customer-writes";
import { readJsonBody } from "@/lib/api/request-body";

export const GET = apiHandler<{ id: string }>("read", async ({ params }) => Response.json(await listCustomerUsersJson(parseCustomerId(params.id))));

export const POST = apiHandler<{ id: string }>("write", async ({ request, principal, params }) => {
  const user = await createCustomerUserFromApi(principal.actor, parseCustomerId(params.id), await readJsonBody(request));
  return Response.json(user, { status: 201 });
});
