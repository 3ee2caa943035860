// GET /api/v1/customers/{id}/subscriptions (lines, MRR, ARR) and POST (add a line).
import { apiHandler } from "@/lib/api/handler";
import { createSubscriptionFromApi, listSubscriptionsJson } from "@/lib/api/customer-records";
import { parseCustomerId } from "@/lib/api/customer-writes";
import { readJsonBody } from "@/lib/api/request-body";

export const GET = apiHandler<{ id: string }>("read", async ({ params }) => Response.json(await listSubscriptionsJson(parseCustomerId(params.id))));

export const POST = apiHandler<{ id: string }>("write", async ({ request, principal, params }) => {
  const line = await createSubscriptionFromApi(principal.actor, parseCustomerId(params.id), await readJsonBody(request));
  return Response.json(line, { status: 201 });
});
